import { jsonError } from '@/lib/api/respond';
import { AppError } from '@/lib/errors';
import { csvTemplate, parseTemplateFile, xlsxTemplate } from '@/lib/intake/templates';
import { csvSupportTemplate, xlsxSupportTemplate } from '@/lib/policies/import-support';

export const dynamic = 'force-dynamic';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** GET /api/v1/intake/templates/<kind>.csv|.xlsx (a record kind) or support.csv|.xlsx (support received): an import template (public). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = (await params).file;
  const support = /^support\.(csv|xlsx)$/.exec(file);
  const parsed = support ? { kind: 'support' as const, format: support[1] as 'csv' | 'xlsx' } : parseTemplateFile(file);
  if (!parsed) return jsonError(new AppError('not_found', { subject: 'template' }), request);
  const headers = { 'Cache-Control': 'public, max-age=3600', 'Content-Disposition': `attachment; filename="intake-${parsed.kind}.${parsed.format}"` };
  if (parsed.format === 'csv') {
    const body = parsed.kind === 'support' ? csvSupportTemplate() : csvTemplate(parsed.kind);
    return new Response(body, { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  }
  const body = parsed.kind === 'support' ? await xlsxSupportTemplate() : await xlsxTemplate(parsed.kind);
  return new Response(new Uint8Array(body), { headers: { ...headers, 'Content-Type': XLSX_TYPE } });
}
