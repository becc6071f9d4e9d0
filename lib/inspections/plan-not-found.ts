import 'server-only';
// The API's 404 for a plan id that names no public plan (unknown, malformed, or a draft): the
// shared error shape {error:{code, message}}, the message from this area's messages.
import { NextResponse } from 'next/server';
import { localeFromRequest } from '../api/respond';
import { translator } from '../i18n/messages';

export function planNotFound(request: Request): NextResponse {
  const t = translator(localeFromRequest(request), 'Inspections');
  return NextResponse.json(
    { error: { code: 'not_found', message: t('planNotFound') } },
    { status: 404, headers: { 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' } },
  );
}
