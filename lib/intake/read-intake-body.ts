import 'server-only';
// The envelope of every intake call: a JSON object holding one array of at most 1,000 items.
// Anything else is a 400 (413 when too large, 415 when not JSON) and nothing is committed.
import { INTAKE_MAX_ITEMS } from '../domain/intake';
import { findUnstorableText } from '../domain/storable-text';
import type { Locale } from '../domain/vocabulary';
import { AppError } from '../errors';
import { translator } from '../i18n/messages';

/** Bodies above this size are refused (1,000 full items fit comfortably); scripts/serve.mjs holds the same limit. */
export const MAX_INTAKE_BODY_BYTES = 16 * 1024 * 1024;
const MAX_LABEL = '16 MB';

/** The one media type the intake API accepts (lib/api/openapi-intake.ts declares it), parameters aside. */
function isJson(contentType: string | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * The body as text, refused with 413 as soon as it passes the limit: up front when Content-Length
 * says so, else while it streams (a chunked body is never held whole before it is counted).
 */
async function readLimitedText(request: Request): Promise<string> {
  const tooLarge = () => new AppError('payload_too_large', { max: MAX_LABEL });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_INTAKE_BODY_BYTES) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_INTAKE_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * The array under `key` of the request's JSON body. A body that is not JSON by its Content-Type is
 * a 415, one above MAX_INTAKE_BODY_BYTES a 413; anything else wrong is AppError('bad_parameter')
 * (400) with a translated detail.
 */
export async function readIntakeBody(
  request: Request,
  key: 'records' | 'entities' | 'sourceRefs' | 'support' | 'complaints' | 'results',
  locale: Locale,
): Promise<unknown[]> {
  const t = translator(locale, 'IntakeErrors');
  const fail = (detail: string, param: string = key) => new AppError('bad_parameter', { param, detail });
  if (!isJson(request.headers.get('content-type'))) throw new AppError('unsupported_media_type', { expected: 'application/json' });
  const text = await readLimitedText(request);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw fail(t('malformedJson'), 'body');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw fail(t('expectedObject', { key }), 'body');
  const items = (body as Record<string, unknown>)[key];
  if (!Array.isArray(items)) throw fail(t('expectedArray', { key }));
  if (items.length === 0) throw fail(t('emptyBatch'));
  if (items.length > INTAKE_MAX_ITEMS) throw fail(t('batchTooLarge', { max: INTAKE_MAX_ITEMS, count: items.length }));
  // U+0000 or a lone surrogate anywhere would fail in PostgreSQL mid-transaction: refuse the call, naming where.
  const unstorable = findUnstorableText(items, key);
  if (unstorable) throw fail(t('unstorableText', { path: unstorable }), 'body');
  return items;
}
