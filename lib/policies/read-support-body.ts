import 'server-only';
// The envelope of POST /api/v1/intake/support: a JSON object holding one array `support` of at
// most INTAKE_MAX_ITEMS items, as the other intake calls (their messages, IntakeErrors.*, reused).
import { INTAKE_MAX_ITEMS } from '../domain/intake';
import type { Locale } from '../domain/vocabulary';
import { AppError } from '../errors';
import { translator } from '../i18n/messages';

const MAX_BODY_BYTES = 8 * 1024 * 1024;

/** The `support` array of the request body, or AppError('bad_parameter') with a translated detail. */
export async function readSupportBody(request: Request, locale: Locale): Promise<unknown[]> {
  const key = 'support';
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
  return items;
}
