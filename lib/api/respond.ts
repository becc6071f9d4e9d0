import 'server-only';
import { NextResponse } from 'next/server';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../domain/vocabulary';
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

/** The one mapping from errors to HTTP responses: `{error: {code, message}}` in the caller's language. */
export function jsonError(error: unknown, request: Request): NextResponse {
  const appError = error instanceof AppError ? error : new AppError('internal');
  if (!(error instanceof AppError)) logger.error({ err: error, url: new URL(request.url).pathname }, 'unhandled API error');
  const t = translator(localeFromRequest(request), 'Errors');
  const message = t(appError.code, { param: '', detail: '', ...appError.params });
  return NextResponse.json(
    { error: { code: appError.code, message, ...(appError.params.param ? { param: appError.params.param } : {}) } },
    { status: appError.status, headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' } },
  );
}
