// Small process helpers shared by the demo and test entry points.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/** Runs a command, inheriting stdio; resolves with its exit code. */
export function runCommand(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command and throws if it fails. */
export async function mustRun(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const code = await runCommand(cmd, args, env);
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${code}`);
}

/** Starts a long-running child in its own process group (so it can be stopped with its children). */
export function startChild(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(cmd, args, { stdio: 'inherit', env, detached: true });
}

/** Stops a child started with startChild, and its process group. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {}
  }, 5000);
  await exited;
  clearTimeout(timer);
}

/** A free TCP port on loopback, preferring `preferred`. */
export async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const srv = net.createServer();
      srv.once('error', () => resolve(null));
      srv.listen(port, '127.0.0.1', () => {
        const addr = srv.address();
        srv.close(() => resolve(addr && typeof addr === 'object' ? addr.port : null));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0)) ?? preferred;
}

/** Polls a URL until it answers 2xx or the deadline passes. */
export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

export const tsx = ['node_modules/.bin/tsx'];

/**
 * The command that serves the built site on `port` (loopback): the one place the demo, the tests,
 * the cluster and the benchmarks start a site process from.
 */
export function siteCommand(port: number, host = '127.0.0.1', nodeFlags: string[] = []): [string, string[]] {
  return [process.execPath, [...nodeFlags, 'scripts/serve.mjs', '-p', String(port), '-H', host]];
}
