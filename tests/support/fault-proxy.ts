// A TCP proxy that puts a real network fault between the site and one of its services:
// `up` forwards bytes, `down` refuses new connections and cuts open ones (the service is
// stopped), `hang` accepts connections and never answers (the service is frozen, as with
// SIGSTOP). Resilience tests start a site process whose DATABASE_URL / MEILI_URL point here,
// so the faults are real socket behaviour, not mocks of our code.
import net from 'node:net';

export type FaultMode = 'up' | 'down' | 'hang';

export interface FaultProxy {
  /** The loopback port the proxy listens on. */
  readonly port: number;
  /** Switches the fault mode; `down` and `hang` also cut every open connection. */
  setMode(mode: FaultMode): void;
  close(): Promise<void>;
}

/** Starts a proxy on a free loopback port forwarding to `target` (host:port). */
export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  let mode: FaultMode = 'up';
  const open = new Set<net.Socket>();
  const server = net.createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => client.destroy());
    if (mode === 'down') {
      client.destroy();
      return;
    }
    if (mode === 'hang') {
      // Swallow everything, answer nothing.
      client.on('data', () => {});
      return;
    }
    const upstream = net.connect(target.port, target.host);
    open.add(upstream);
    upstream.on('close', () => {
      open.delete(upstream);
      client.destroy();
    });
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fault proxy: no port');
  return {
    port: address.port,
    setMode(next) {
      mode = next;
      if (next !== 'up') for (const socket of open) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Rewrites a service URL (postgres://… or http://…) to go through the proxy. */
export function throughProxy(url: string, proxy: FaultProxy): string {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(proxy.port);
  return u.toString();
}
