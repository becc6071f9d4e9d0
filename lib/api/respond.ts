import 'server-only';
import { NextResponse } from 'next/server';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../domain/vocabulary';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../db/is-unavailable';
import { AppError } from '../errors';
import { logger } from '../log';
import { translator } from '../i18n/messages';

/** Picks the response language from Accept-Language (zh-CN by default). */
export function localeFromRequest(request: Request): Locale {
  const header = request.headers.get('accept-language') ?? '';
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!tag) continue;
    if (tag.startsWith('en')) return 'en';
    if (/^zh-(tw|hk|mo|hant)/.test(tag)) return 'zh-TW';
    if (tag.startsWith('zh')) return 'zh-CN';
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
  }
  return DEFAULT_LOCALE;
}

/** JSON success response with public caching suited to open data. */
export function jsonOk(body: unknown, init: { maxAge?: number } = {}): NextResponse {
  return NextResponse.json(body, {
    headers: {
      'Cache-Control': `public, max-age=${init.maxAge ?? 30}, stale-while-revalidate=60`,
      'Access-Control-Allow-Origin': '*',
    },
  });
}

/** An error as the one AppError type: a database outage becomes `service_unavailable`, anything unknown `internal`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return new AppError('service_unavailable', { seconds: String(DATABASE_RETRY_AFTER_SECONDS) });
  return new AppError('internal');
}

/** The one mapping from errors to HTTP responses: `{error: {code, message}}` in the caller's language. */
export function jsonError(error: unknown, request: Request): NextResponse {
  const appError = toAppError(error);
  const url = new URL(request.url).pathname;
  if (appError.code === 'service_unavailable' && !(error instanceof AppError))
    logger.warn({ url, code: (error as { code?: unknown }).code }, 'database unavailable');
  else if (!(error instanceof AppError)) logger.error({ err: error, url }, 'unhandled API error');
  const t = translator(localeFromRequest(request), 'Errors');
  const message = t(appError.code, { param: '', detail: '', seconds: '', subject: '', ...appError.params });
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' };
  if (appError.code === 'service_unavailable') headers['Retry-After'] = appError.params.seconds ?? String(DATABASE_RETRY_AFTER_SECONDS);
  return NextResponse.json(
    { error: { code: appError.code, message, ...(appError.params.param ? { param: appError.params.param } : {}) } },
    { status: appError.status, headers },
  );
}
