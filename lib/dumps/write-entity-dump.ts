// The nightly full dump: every entity's public profile summary as gzipped JSON Lines, written to
// a temporary name and renamed when complete, so a reader never sees half a file.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import zlib from 'node:zlib';
import { dataDir, ratingDate } from '../env';
import { streamDumpRows } from '../db/queries/stream-dump-rows';

export const DUMP_FILE = /^entities-(\d{4}-\d{2}-\d{2})\.jsonl\.gz$/;

/** The folder dumps are written to and served from. */
export function dumpDir(): string {
  return path.join(dataDir(), 'dumps');
}

/** Writes today's dump; keeps the newest `keep` dumps. Returns the file and its counts. */
export async function writeEntityDump(opts: { dir?: string; today?: string; keep?: number } = {}): Promise<{ file: string; entities: number; bytes: number }> {
  const dir = opts.dir ?? dumpDir();
  const today = opts.today ?? ratingDate();
  fs.mkdirSync(dir, { recursive: true });
  const final = path.join(dir, `entities-${today}.jsonl.gz`);
  const temp = `${final}.partial`;
  const gzip = zlib.createGzip({ level: 6 });
  const out = fs.createWriteStream(temp);
  gzip.pipe(out);
  let entities = 0;
  try {
    for await (const batch of streamDumpRows(today)) {
      const chunk = batch.map((e) => JSON.stringify(e)).join('\n') + '\n';
      entities += batch.length;
      if (!gzip.write(chunk)) await once(gzip, 'drain');
    }
    gzip.end();
    await once(out, 'finish');
  } catch (error) {
    gzip.destroy();
    out.destroy();
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fs.renameSync(temp, final);
  const dumps = fs
    .readdirSync(dir)
    .filter((f) => DUMP_FILE.test(f))
    .sort();
  for (const old of dumps.slice(0, Math.max(0, dumps.length - (opts.keep ?? 7)))) fs.rmSync(path.join(dir, old));
  return { file: final, entities, bytes: fs.statSync(final).size };
}

/** The newest complete dump, if any. */
export function latestDump(dir = dumpDir()): { file: string; date: string; bytes: number } | null {
  if (!fs.existsSync(dir)) return null;
  const newest = fs
    .readdirSync(dir)
    .filter((f) => DUMP_FILE.test(f))
    .sort()
    .at(-1);
  if (!newest) return null;
  return { file: newest, date: DUMP_FILE.exec(newest)![1]!, bytes: fs.statSync(path.join(dir, newest)).size };
}
