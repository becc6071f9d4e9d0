import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { jsonError } from '@/lib/api/respond';
import { DUMP_FILE, dumpDir } from '@/lib/dumps/write-entity-dump';
import { AppError } from '@/lib/errors';

export const dynamic = 'force-dynamic';

/** GET /api/v1/dumps/entities-YYYY-MM-DD.jsonl.gz: the file, streamed. Names are matched exactly. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!DUMP_FILE.test(file)) return jsonError(new AppError('not_found', { subject: 'dump' }), request);
  const full = path.join(dumpDir(), file);
  if (!fs.existsSync(full)) return jsonError(new AppError('not_found', { subject: 'dump' }), request);
  const stream = Readable.toWeb(fs.createReadStream(full)) as ReadableStream<Uint8Array>;
  return new Response(stream, {
    headers: {
      'Content-Type': 'application/gzip',
      'Content-Disposition': `attachment; filename="${file}"`,
      'Content-Length': String(fs.statSync(full).size),
      'Cache-Control': 'public, max-age=86400, immutable',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
