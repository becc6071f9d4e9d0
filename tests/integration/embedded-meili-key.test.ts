// The embedded Meilisearch's master key (issue 15, finding 9a): a real server started by
// scripts/services gets its key through the environment, so it never appears on the command line
// (`ps` shows every user the arguments), and the key still guards the server.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { meiliEnvironment, startServices, stopServices } from '../../scripts/services/embedded-services';

const dir = path.resolve('.data', `meili-key-${crypto.randomBytes(4).toString('hex')}`);

afterAll(async () => {
  await stopServices(dir, () => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the embedded Meilisearch', () => {
  it('runs with its master key in its environment, not on its command line', async () => {
    // An external database URL: only Meilisearch is started here.
    const manifest = await startServices({ dataDir: dir, databaseUrl: 'postgres://unused@127.0.0.1:1/unused', log: () => undefined });
    const pid = Number(fs.readFileSync(path.join(dir, 'meili.pid'), 'utf8'));
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    expect(args[0]).toMatch(/meilisearch$/);
    expect(args.join(' ')).not.toContain(manifest.meiliKey);
    expect(args.some((a) => a.includes('master-key'))).toBe(false);
    const environment = fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
    expect(environment).toContain(`MEILI_MASTER_KEY=${manifest.meiliKey}`);

    // The key is in force: no key, no access; the key, access.
    expect((await fetch(`${manifest.meiliUrl}/keys`)).status).toBe(401);
    expect((await fetch(`${manifest.meiliUrl}/keys`, { headers: { authorization: `Bearer ${manifest.meiliKey}` } })).status).toBe(200);
  }, 90_000);

  it('passes none of our own MEILI_* settings through', () => {
    const env = meiliEnvironment('k'.repeat(32), {
      PATH: '/usr/bin',
      MEILI_URL: 'http://elsewhere',
      MEILI_HTTP_ADDR: '0.0.0.0:7700',
      MEILI_MASTER_KEY: 'other',
    });
    expect(env).toEqual({ PATH: '/usr/bin', MEILI_MASTER_KEY: 'k'.repeat(32) });
  });
});
