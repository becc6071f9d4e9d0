// Renders deploy/nginx/nginx.conf.template and runs Debian's nginx under a private prefix (its own
// pid, logs, temp files and cache), for `npm run cluster`, bench:pages and the e2e suite.
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { startChild, stopChild } from './run';

export const NGINX_TEMPLATE = 'deploy/nginx/nginx.conf.template';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so';

export interface NginxOptions {
  /** Directory for the rendered config, pid, logs, temp files and cache (created if missing). */
  prefix: string;
  /** Port, or address:port, nginx listens on. */
  listen: number | string;
  /** The site processes, as host:port. */
  upstreams: string[];
  /** Requests per second per client address at the edge (default 20), and the burst above it (default 200). */
  ratePerSecond?: number;
  rateBurst?: number;
  /** Addresses or CIDR ranges (besides 127.0.0.1) that may refresh a cached page with `X-Edge-Refresh: 1`. */
  edgeRefreshFrom?: string[];
  /** Benchmarks: do not rate-limit 127.0.0.1. */
  rateLimitExemptLoopback?: boolean;
  /** Cap of the micro-cache on disk, in nginx size syntax (default 1g). */
  cacheMaxSize?: string;
  /** Benchmarks: serve <prefix>/bench-static/ at /__bench-static/. */
  benchStatic?: boolean;
  accessLog?: boolean;
  workerProcesses?: number | 'auto';
}

/** The nginx binary: Debian puts it in /usr/sbin, which is not on every user's PATH. */
export function nginxBinary(): string {
  return fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
}

/** Whether nginx is installed. */
export function hasNginx(): boolean {
  return spawnSync(nginxBinary(), ['-v'], { stdio: 'ignore' }).status === 0;
}

export const NGINX_MISSING = 'nginx is not installed: run `apt-get install -y nginx` (as root).';

/** Fills double-brace placeholders; keeps a `#name` section when sections[name] is on, a `^name` section when it is off. */
export function renderTemplate(text: string, values: Record<string, string>, sections: Record<string, boolean>): string {
  const withSections = text.replace(/^\{\{([#^])(\w+)\}\}\n([\s\S]*?)^\{\{\/\2\}\}\n/gm, (_, kind: string, name: string, body: string) =>
    (kind === '#') === Boolean(sections[name]) ? body : '',
  );
  return withSections.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${NGINX_TEMPLATE}: no value for {{${name}}}`);
    return value;
  });
}

/** The nginx configuration for `opts`, from the template in deploy/nginx. */
export function renderNginxConf(opts: NginxOptions): string {
  if (opts.upstreams.length === 0) throw new Error('nginx needs at least one upstream');
  const template = fs.readFileSync(path.resolve(NGINX_TEMPLATE), 'utf8');
  const brotli = fs.existsSync(BROTLI_MODULE);
  return renderTemplate(
    template,
    {
      user: os.userInfo().username,
      worker_processes: String(opts.workerProcesses ?? 'auto'),
      prefix: path.resolve(opts.prefix),
      brotli_module: BROTLI_MODULE,
      listen: String(opts.listen),
      upstream_servers: opts.upstreams.map((u) => `    server ${u} max_fails=2 fail_timeout=5s;`).join('\n'),
      rate_per_second: String(opts.ratePerSecond ?? 20),
      rate_burst: String(opts.rateBurst ?? 200),
      cache_max_size: opts.cacheMaxSize ?? '1g',
      edge_refresh_from: (opts.edgeRefreshFrom ?? []).map((a) => `    ${a} 1;`).join('\n'),
    },
    {
      brotli,
      access_log: opts.accessLog ?? false,
      rate_limit_exempt_loopback: opts.rateLimitExemptLoopback ?? false,
      bench_static: opts.benchStatic ?? false,
    },
  );
}

export interface RunningNginx {
  readonly url: string;
  readonly prefix: string;
  readonly confPath: string;
  readonly process: ChildProcess;
  /** Stops nginx and waits for it to exit. */
  stop(): Promise<void>;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Writes the config under `opts.prefix`, checks it (`nginx -t`) and runs nginx in the foreground; resolves once it accepts connections. */
export async function startNginx(opts: NginxOptions): Promise<RunningNginx> {
  if (!hasNginx()) throw new Error(NGINX_MISSING);
  const prefix = path.resolve(opts.prefix);
  for (const dir of ['logs', 'temp', 'cache', 'bench-static']) fs.mkdirSync(path.join(prefix, dir), { recursive: true });
  const confPath = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(confPath, renderNginxConf(opts));
  const args = ['-p', prefix, '-c', confPath, '-g', 'daemon off;'];
  const check = spawnSync(nginxBinary(), ['-t', '-q', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejected ${confPath}:\n${check.stderr}`);
  const child = startChild(nginxBinary(), args);
  const port = Number(String(opts.listen).split(':').pop());
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stopChild(child);
      throw new Error(`nginx did not start on port ${port}; see ${path.join(prefix, 'logs/error.log')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://127.0.0.1:${port}`, prefix, confPath, process: child, stop: () => stopChild(child) };
}
