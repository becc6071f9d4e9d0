import 'server-only';
// GET /{locale}/entities/{uscc}/report.pdf as a response: per client address rate limit (the
// shared limiter, lib/security/rate-limits.ts), a fresh report per request (private, never
// stored by a cache), and errors as short texts in the page's language: unknown or malformed
// code 404 like the profile, 429 with Retry-After, PostgreSQL down 503 with Retry-After.
import type { Locale } from '../domain/vocabulary';
import { ratingDate } from '../env';
import { toAppError } from '../api/respond';
import { DATABASE_RETRY_AFTER_SECONDS } from '../db/is-unavailable';
import { translator } from '../i18n/messages';
import { logger } from '../log';
import { getReportMeasures } from '../measures/get-report-measures';
import { requestClientAddress } from '../security/request-address';
import { takeRateLimit } from '../security/rate-limits';
import { issueReport } from './issue-report';

const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };

function textResponse(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { ...PRIVATE, 'Content-Type': 'text/plain; charset=utf-8', ...headers } });
}

/** Issues the report of `rawUscc` (as in the URL) in `locale` for `request`'s client. */
export async function reportPdfResponse(request: Request, locale: Locale, rawUscc: string | null): Promise<Response> {
  const errors = translator(locale, 'Errors');
  if (rawUscc === null) return textResponse(404, errors('not_found', { subject: 'entity' }));
  const limit = await takeRateLimit('report', requestClientAddress(request.headers));
  if (!limit.ok) {
    return textResponse(429, translator(locale, 'Report')('rateLimited', { seconds: limit.resetSeconds }), { 'Retry-After': String(limit.resetSeconds) });
  }
  try {
    const today = ratingDate();
    const measures = await getReportMeasures(rawUscc, locale, today);
    const report = await issueReport({ uscc: rawUscc, locale, today, measures });
    return new Response(new Uint8Array(report.pdf), {
      status: 200,
      headers: {
        ...PRIVATE,
        'Content-Type': 'application/pdf',
        'Content-Length': String(report.pdf.byteLength),
        'Content-Disposition': `attachment; filename="credit-report-${report.uscc}-${report.reportNo}.pdf"`,
        'X-Report-No': report.reportNo,
      },
    });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === 'not_found' || appError.code === 'invalid_uscc') return textResponse(404, errors('not_found', { subject: 'entity' }));
    if (appError.code === 'service_unavailable') {
      return textResponse(503, errors('service_unavailable'), { 'Retry-After': appError.params.seconds ?? String(DATABASE_RETRY_AFTER_SECONDS) });
    }
    logger.error({ err: error, url: new URL(request.url).pathname }, 'credit report failed');
    return textResponse(500, errors('internal'));
  }
}
