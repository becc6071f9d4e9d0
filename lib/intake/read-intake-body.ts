import 'server-only';
// The envelope of every intake call: a JSON object holding one array of at most 1,000 items.
// Anything else is a 400 and nothing is committed.
import { INTAKE_MAX_ITEMS } from '../domain/intake';
import { findUnstorableText } from '../domain/storable-text';
import type { Locale } from '../domain/vocabulary';
import { AppError } from '../errors';
import { translator } from '../i18n/messages';

/** Bodies above this size are refused before parsing (1,000 full items fit comfortably). */
const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** The array under `key` of the request's JSON body, or AppError('bad_parameter') (400) with a translated detail. */
export async function readIntakeBody(request: Request, key: 'records' | 'entities' | 'sourceRefs' | 'support', locale: Locale): Promise<unknown[]> {
  const t = translator(locale, 'IntakeErrors');
  const fail = (detail: string, param: string = key) => new AppError('bad_parameter', { param, detail });
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw fail(t('bodyTooLarge'), 'body');
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw fail(t('bodyTooLarge'), 'body');
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
