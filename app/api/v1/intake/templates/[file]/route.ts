import { jsonError } from '@/lib/api/respond';
import type { RecordKind } from '@/lib/domain/vocabulary';
import { AppError } from '@/lib/errors';
import { csvComplaintTemplate, xlsxComplaintTemplate } from '@/lib/intake/import-complaints';
import { csvTemplate, parseTemplateFile, xlsxTemplate } from '@/lib/intake/templates';
import { csvSupportTemplate, xlsxSupportTemplate } from '@/lib/policies/import-support';

export const dynamic = 'force-dynamic';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Templates that are not a record kind's: support received (policies area), 12345 complaint figures. */
const OTHER_TEMPLATES = {
  support: { csv: csvSupportTemplate, xlsx: xlsxSupportTemplate },
  complaints: { csv: csvComplaintTemplate, xlsx: xlsxComplaintTemplate },
} as const;

/**
 * GET /api/v1/intake/templates/<kind>.csv|.xlsx (a record kind), support.csv|.xlsx (support
 * received) or complaints.csv|.xlsx (12345 complaint figures): an import template (public).
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = (await params).file;
  const other = /^(support|complaints)\.(csv|xlsx)$/.exec(file);
  const parsed = other ? { kind: other[1]!, format: other[2] as 'csv' | 'xlsx' } : parseTemplateFile(file);
  if (!parsed) return jsonError(new AppError('not_found', { subject: 'template' }), request);
  const headers = { 'Cache-Control': 'public, max-age=3600', 'Content-Disposition': `attachment; filename="intake-${parsed.kind}.${parsed.format}"` };
  const kind = parsed.kind;
  const builders = other
    ? OTHER_TEMPLATES[kind as keyof typeof OTHER_TEMPLATES]
    : { csv: () => csvTemplate(kind as RecordKind), xlsx: () => xlsxTemplate(kind as RecordKind) };
  if (parsed.format === 'csv') return new Response(builders.csv(), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(new Uint8Array(await builders.xlsx()), { headers: { ...headers, 'Content-Type': XLSX_TYPE } });
}
