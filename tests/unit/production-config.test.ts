// Production start checks (issue 15, finding 6): a production site process refuses to start without
// APP_SECRET or with a non-https SITE_URL (ALLOW_INSECURE_LOCAL=1 lets loopback runs through), and
// no secret is derived from another.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isLoopbackUrl, productionConfigProblems } from '../../lib/security/production-config.mjs';

const SECRET = 'a'.repeat(40);
/** A report signing key of the right kind (Ed25519, PKCS#8 PEM). */
const SIGNING_KEY = crypto.generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('productionConfigProblems', () => {
  it('asks nothing outside production', () => {
    expect(productionConfigProblems({ NODE_ENV: 'development' })).toEqual([]);
    expect(productionConfigProblems({ NODE_ENV: 'test', SITE_URL: 'http://example.org' })).toEqual([]);
  });

  it('accepts an https origin with its own APP_SECRET and report signing key', () => {
    expect(
      productionConfigProblems({ NODE_ENV: 'production', SITE_URL: 'https://credit.jinan.example', APP_SECRET: SECRET, REPORT_SIGNING_KEY: SIGNING_KEY }),
    ).toEqual([]);
  });

  it('refuses a missing APP_SECRET, naming the variable', () => {
    const problems = productionConfigProblems({ NODE_ENV: 'production', SITE_URL: 'https://credit.jinan.example', REPORT_SIGNING_KEY: SIGNING_KEY });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^APP_SECRET is not set/);
  });

  it('refuses a missing or unusable REPORT_SIGNING_KEY, naming the variable', () => {
    const base = { NODE_ENV: 'production', SITE_URL: 'https://credit.jinan.example', APP_SECRET: SECRET };
    expect(productionConfigProblems(base)).toEqual([expect.stringMatching(/^REPORT_SIGNING_KEY is not set: production needs its own Ed25519 private key/)]);
    expect(productionConfigProblems({ ...base, REPORT_SIGNING_KEY: 'not a key' })).toEqual([expect.stringMatching(/^REPORT_SIGNING_KEY cannot be read/)]);
    const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(productionConfigProblems({ ...base, REPORT_SIGNING_KEY: rsa })).toEqual([expect.stringMatching(/^REPORT_SIGNING_KEY is a rsa key/)]);
    const der = crypto.createPrivateKey(SIGNING_KEY).export({ type: 'pkcs8', format: 'der' }).toString('base64');
    expect(productionConfigProblems({ ...base, REPORT_SIGNING_KEY: der })).toEqual([]);
  });

  it('refuses an http SITE_URL, and the default one, naming the variable', () => {
    const http = productionConfigProblems({
      NODE_ENV: 'production',
      SITE_URL: 'http://credit.jinan.example',
      APP_SECRET: SECRET,
      REPORT_SIGNING_KEY: SIGNING_KEY,
    });
    expect(http).toEqual([expect.stringMatching(/^SITE_URL must be an https:\/\/ origin in production \(it is "http:\/\/credit\.jinan\.example"\)/)]);
    const unset = productionConfigProblems({ NODE_ENV: 'production', APP_SECRET: SECRET, REPORT_SIGNING_KEY: SIGNING_KEY });
    expect(unset).toEqual([expect.stringContaining('the default')]);
    expect(productionConfigProblems({ NODE_ENV: 'production', SITE_URL: 'not a url', APP_SECRET: SECRET, REPORT_SIGNING_KEY: SIGNING_KEY })).toEqual([
      expect.stringMatching(/^SITE_URL is not a valid URL/),
    ]);
  });

  it('lists every problem at once', () => {
    expect(productionConfigProblems({ NODE_ENV: 'production', SITE_URL: 'http://credit.jinan.example' })).toHaveLength(3);
  });

  it('ALLOW_INSECURE_LOCAL=1 lets a loopback http run through without APP_SECRET, and nothing else', () => {
    for (const url of ['http://127.0.0.1:3100', 'http://localhost:3000', 'http://[::1]:3000', 'https://127.0.0.1']) {
      expect(productionConfigProblems({ NODE_ENV: 'production', SITE_URL: url, ALLOW_INSECURE_LOCAL: '1' })).toEqual([]);
    }
    expect(productionConfigProblems({ NODE_ENV: 'production', ALLOW_INSECURE_LOCAL: '1' })).toEqual([]); // the default http://localhost:3000
    const remote = productionConfigProblems({ NODE_ENV: 'production', SITE_URL: 'http://credit.jinan.example', ALLOW_INSECURE_LOCAL: '1' });
    expect(remote).toEqual([expect.stringMatching(/^ALLOW_INSECURE_LOCAL=1 is only for local runs: SITE_URL must then be a loopback origin/)]);
    const https = productionConfigProblems({ NODE_ENV: 'production', SITE_URL: 'https://credit.jinan.example', ALLOW_INSECURE_LOCAL: '1', APP_SECRET: SECRET });
    expect(https).toHaveLength(1);
    expect(productionConfigProblems({ NODE_ENV: 'production', SITE_URL: 'http://127.0.0.1', ALLOW_INSECURE_LOCAL: 'yes' })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^ALLOW_INSECURE_LOCAL must be 1/), expect.stringMatching(/^APP_SECRET is not set/)]),
    );
  });

  it('refuses one value used for two secrets', () => {
    expect(
      productionConfigProblems({
        NODE_ENV: 'production',
        SITE_URL: 'https://x.example',
        APP_SECRET: SECRET,
        REVALIDATE_SECRET: SECRET,
        REPORT_SIGNING_KEY: SIGNING_KEY,
      }),
    ).toEqual([expect.stringMatching(/APP_SECRET and REVALIDATE_SECRET are the same value/)]);
  });

  it('tells loopback hosts from others', () => {
    expect(isLoopbackUrl('http://127.8.0.1:1')).toBe(true);
    expect(isLoopbackUrl('http://127.0.0.1.example.org')).toBe(false);
    expect(isLoopbackUrl('http://10.0.0.1')).toBe(false);
    expect(isLoopbackUrl('http://localhost.example.org')).toBe(false);
    expect(isLoopbackUrl('::')).toBe(false);
  });
});

describe('scripts/serve.mjs', () => {
  const serve = (env: Record<string, string>) => {
    const base: NodeJS.ProcessEnv = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !['APP_SECRET', 'SITE_URL', 'ALLOW_INSECURE_LOCAL', 'REVALIDATE_SECRET', 'REPORT_SIGNING_KEY', 'NODE_ENV'].includes(k),
      ),
    ) as NodeJS.ProcessEnv;
    // Port 1 is never bound: were the checks to pass, the process would fail otherwise, not hang.
    return spawnSync(process.execPath, ['scripts/serve.mjs', '-p', '1', '-H', '127.0.0.1'], { encoding: 'utf8', env: { ...base, ...env }, timeout: 60_000 });
  };

  it('refuses to start in production without APP_SECRET or with an http SITE_URL, saying which', () => {
    const result = serve({ NODE_ENV: 'production', SITE_URL: 'http://credit.jinan.example' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Refusing to start with NODE_ENV=production');
    expect(result.stderr).toContain('APP_SECRET is not set');
    expect(result.stderr).toContain('SITE_URL must be an https:// origin');
    expect(result.stderr).toContain('REPORT_SIGNING_KEY is not set');
  });

  it('refuses a heap growing percentage that is not a whole number from 0 to 300, naming the variable', () => {
    for (const value of ['abc', '-5', '2.5', '301']) {
      const result = serve({ NODE_ENV: 'production', SITE_HEAP_GROWING_PERCENT: value });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`SITE_HEAP_GROWING_PERCENT must be a whole number from 0 to 300 (0 = V8's default), not "${value}"`);
    }
  });
});

/** lib/env loaded afresh under `env` (undefined: unset); each test puts the environment back. */
const savedEnv = { ...process.env };
async function envModuleWith(env: Record<string, string | undefined>): Promise<typeof import('../../lib/env')> {
  vi.resetModules();
  process.env = { ...savedEnv, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  return import('../../lib/env');
}
afterEach(() => {
  process.env = { ...savedEnv };
  vi.resetModules();
});

describe('appSecret', () => {
  const appSecretWith = async (env: Record<string, string | undefined>) => (await envModuleWith(env)).appSecret();

  it('is never derived from the revalidation secret: a random value kept in the data directory', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'app-secret-'));
    try {
      const common = { DATA_DIR: dir, APP_SECRET: undefined, NODE_ENV: 'test' };
      const first = await appSecretWith({ ...common, REVALIDATE_SECRET: 'r'.repeat(32) });
      const second = await appSecretWith({ ...common, REVALIDATE_SECRET: 's'.repeat(32) });
      expect(first).toBe(second);
      expect(first.length).toBeGreaterThanOrEqual(32);
      expect(fs.readFileSync(path.join(dir, 'app-secret'), 'utf8').trim()).toBe(first);
      expect(fs.statSync(path.join(dir, 'app-secret')).mode & 0o077).toBe(0);
      const other = fs.mkdtempSync(path.join(os.tmpdir(), 'app-secret-'));
      expect(await appSecretWith({ ...common, DATA_DIR: other, REVALIDATE_SECRET: 'r'.repeat(32) })).not.toBe(first);
      fs.rmSync(other, { recursive: true, force: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is APP_SECRET when set, and required in production unless ALLOW_INSECURE_LOCAL=1', async () => {
    expect(await appSecretWith({ APP_SECRET: SECRET, NODE_ENV: 'production' })).toBe(SECRET);
    await expect(appSecretWith({ APP_SECRET: undefined, NODE_ENV: 'production', ALLOW_INSECURE_LOCAL: undefined })).rejects.toThrow(/APP_SECRET is not set/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'app-secret-'));
    try {
      expect(await appSecretWith({ APP_SECRET: undefined, NODE_ENV: 'production', ALLOW_INSECURE_LOCAL: '1', DATA_DIR: dir })).toHaveLength(64);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('reportSigningKeyText', () => {
  const keyWith = async (env: Record<string, string | undefined>) => (await envModuleWith(env)).reportSigningKeyText();

  it('outside production: an Ed25519 key generated once in the data directory, never derived from another secret', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-key-'));
    try {
      const common = { DATA_DIR: dir, REPORT_SIGNING_KEY: undefined, NODE_ENV: 'test' };
      const first = await keyWith({ ...common, APP_SECRET: 'x'.repeat(40) });
      const second = await keyWith({ ...common, APP_SECRET: 'y'.repeat(40) });
      expect(second).toBe(first);
      expect(crypto.createPrivateKey(first).asymmetricKeyType).toBe('ed25519');
      const file = path.join(dir, 'report-signing-key.pem');
      expect(fs.readFileSync(file, 'utf8').trim()).toBe(first);
      expect(fs.statSync(file).mode & 0o077).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is REPORT_SIGNING_KEY when set, and required in production unless ALLOW_INSECURE_LOCAL=1', async () => {
    expect(await keyWith({ REPORT_SIGNING_KEY: SIGNING_KEY, NODE_ENV: 'production' })).toBe(SIGNING_KEY);
    await expect(keyWith({ REPORT_SIGNING_KEY: undefined, NODE_ENV: 'production', ALLOW_INSECURE_LOCAL: undefined })).rejects.toThrow(
      /REPORT_SIGNING_KEY is not set/,
    );
  });
});
