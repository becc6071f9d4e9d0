import { hasLocale } from 'next-intl';
import { routing } from '@/lib/i18n/routing';
import { decodePathSegment } from '@/lib/path-segment';
import { reportPdfResponse } from '@/lib/reports/report-pdf-response';

// A new signed report per request (its number is recorded before the PDF is sent): never cached.
export const dynamic = 'force-dynamic';

/** GET /{locale}/entities/{uscc}/report.pdf: the firm's credit report as a PDF in the page's language. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; uscc: string }> }) {
  const { locale, uscc } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  return reportPdfResponse(request, locale, decodePathSegment(uscc));
}
