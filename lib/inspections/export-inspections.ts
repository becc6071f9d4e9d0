import 'server-only';
// Streamed exports of the inspections area: every drawn firm of the public plans (CSV with a BOM
// or JSON Lines) and one plan's directory snapshot (one USCC a line, the exact bytes its published
// SHA-256 covers). Read from server-side cursors batch by batch: memory stays flat at any size.
import type { Locale } from '../domain/vocabulary';
import { streamPlanSnapshot, streamPublicTargets } from '../db/queries/inspections';
import { TARGET_CSV_HEADERS, targetCsvLine, targetJson } from './inspection-json';

function streamOf<T>(rows: AsyncIterable<T[]>, head: string, line: (row: T) => string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        if (head) {
          controller.enqueue(encoder.encode(head));
          return;
        }
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(line).join('')));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** Every firm on the public plans (or one plan / one department's), as CSV (BOM, header in `locale`) or JSON Lines. */
export function exportInspectionTargets(filter: { planId?: number | null; department?: string | null }, format: 'csv' | 'jsonl', locale: Locale) {
  const rows = streamPublicTargets(filter);
  if (format === 'csv') return streamOf(rows, `\uFEFF${TARGET_CSV_HEADERS[locale].join(',')}\r\n`, targetCsvLine);
  return streamOf(rows, '', (t) => `${JSON.stringify({ planId: t.planId, planTitle: t.planTitle, department: t.departmentCode, ...targetJson(t) })}\n`);
}

/** A plan's directory snapshot: each USCC in position order followed by "\n" (sha256sum of this equals the published hash). */
export function exportPlanSnapshot(planId: number) {
  return streamOf(streamPlanSnapshot(planId), '', (r) => `${r.uscc}\n`);
}
