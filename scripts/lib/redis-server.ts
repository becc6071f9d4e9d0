// Starts a private Redis for the shared page cache (Debian's `redis-server`): loopback only, no
// persistence (the cache is rebuilt from PostgreSQL), a memory cap with LRU eviction among keys
// that carry a TTL. Every cache entry has a TTL; the tag-revalidation hash has none, so eviction
// can never forget that a tag was expired (lib/cache/redis-cache-handler.cjs).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from './run';

export interface RedisServer {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Whether Debian's redis-server is installed. */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Starts redis-server on a free loopback port with `maxmemoryMb` and volatile-lru; resolves once it answers. */
export async function startRedisServer(opts: { dir: string; maxmemoryMb: number; preferredPort?: number }): Promise<RedisServer> {
  fs.mkdirSync(opts.dir, { recursive: true });
  const port = await freePort(opts.preferredPort ?? 6390);
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      path.resolve(opts.dir),
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory',
      `${opts.maxmemoryMb}mb`,
      '--maxmemory-policy',
      'volatile-lru',
      '--loglevel',
      'warning',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], detached: true },
  );
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ok = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG';
    if (ok) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on port ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    process: child,
    stop: async () => {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {
        return;
      }
      await exited;
    },
  };
}
