import { jsonError } from '@/lib/api/respond';
import { AppError } from '@/lib/errors';
import { csvTemplate, parseTemplateFile, xlsxTemplate } from '@/lib/intake/templates';

export const dynamic = 'force-dynamic';

/** GET /api/v1/intake/templates/<kind>.csv|.xlsx: the import template of a record kind (public). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const parsed = parseTemplateFile((await params).file);
  if (!parsed) return jsonError(new AppError('not_found'), request);
  const headers = { 'Cache-Control': 'public, max-age=3600', 'Content-Disposition': `attachment; filename="intake-${parsed.kind}.${parsed.format}"` };
  if (parsed.format === 'csv') return new Response(csvTemplate(parsed.kind), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } });
  const body = await xlsxTemplate(parsed.kind);
  return new Response(new Uint8Array(body), { headers: { ...headers, 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
}
