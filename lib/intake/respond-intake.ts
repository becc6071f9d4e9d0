import 'server-only';
// Responses of the intake API: results are never cached; a 401 names the Bearer scheme.
import { NextResponse } from 'next/server';
import { jsonError } from '../api/respond';
import { AppError } from '../errors';

/** 200 with the per-item outcome (no caching: the body is about this call). */
export function intakeOk(body: unknown): NextResponse {
  return NextResponse.json(body, { headers: { 'Cache-Control': 'no-store' } });
}

/** The shared error mapping, plus `WWW-Authenticate: Bearer` on 401 (RFC 6750). */
export function intakeError(error: unknown, request: Request): NextResponse {
  const response = jsonError(error, request);
  if (error instanceof AppError && error.code === 'unauthorized') response.headers.set('WWW-Authenticate', 'Bearer realm="intake"');
  return response;
}
