// The nightly dump against real PostgreSQL: every entity once, only public fields, gzip intact.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getSql } from '../../lib/db/client';
import { latestDump, writeEntityDump } from '../../lib/dumps/write-entity-dump';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dump-'));

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await closeDb();
});

const ENTITY_FIELDS = [
  'uscc',
  'name',
  'type',
  'status',
  'districtCode',
  'industryCode',
  'creditLevel',
  'establishedOn',
  'legalRepresentative',
  'records',
].sort();
const RECORD_FIELDS = ['kind', 'title', 'docNo', 'decisionDate', 'authority', 'status', 'removedOn'].sort();

describe('nightly dump', () => {
  it('writes every entity once as gzipped JSON Lines with public fields only', async () => {
    const result = await writeEntityDump({ dir, today: '2026-11-22' });
    const n = (await getSql()<{ n: number }[]>`select count(*)::int as n from entities`)[0]!.n;
    expect(result.entities).toBe(n);
    const lines = zlib.gunzipSync(fs.readFileSync(result.file)).toString('utf8').trim().split('\n');
    expect(lines).toHaveLength(n);
    const usccs = new Set<string>();
    for (const line of lines) {
      const e = JSON.parse(line) as Record<string, unknown> & { records: Record<string, unknown>[]; uscc: string };
      expect(Object.keys(e).sort()).toEqual(ENTITY_FIELDS);
      for (const r of e.records) expect(Object.keys(r).sort()).toEqual(RECORD_FIELDS);
      usccs.add(e.uscc);
    }
    expect(usccs.size).toBe(n);
    expect(fs.readdirSync(dir).some((f) => f.endsWith('.partial'))).toBe(false);
    expect(latestDump(dir)).toMatchObject({ date: '2026-11-22', file: 'entities-2026-11-22.jsonl.gz' });
  });

  it('keeps only the newest dumps', async () => {
    for (const day of ['2026-11-15', '2026-11-16', '2026-11-17']) fs.writeFileSync(path.join(dir, `entities-${day}.jsonl.gz`), zlib.gzipSync(''));
    await writeEntityDump({ dir, today: '2026-11-23', keep: 2 });
    expect(fs.readdirSync(dir).sort()).toEqual(['entities-2026-11-22.jsonl.gz', 'entities-2026-11-23.jsonl.gz']);
  });
});
