import 'server-only';
// Responses of the intake API: results are never cached; a 401 names the Bearer scheme.
import { NextResponse } from 'next/server';
import { jsonError } from '../api/respond';
import { AppError } from '../errors';
import { metrics } from '../metrics/metrics.mjs';

/** Rejected items are reported one issue per problem: an item with two problems counts once. */
function rejectedItems(rejected: unknown): number {
  if (typeof rejected === 'number') return rejected;
  if (!Array.isArray(rejected)) return 0;
  return new Set(rejected.map((r: { index?: unknown }, i) => (typeof r?.index === 'number' ? r.index : `#${i}`))).size;
}

/**
 * 200 with the per-item outcome (no caching: the body is about this call); the items accepted and
 * rejected are counted per department for the operators' /metrics.
 */
export function intakeOk(body: { accepted?: unknown; rejected?: unknown }, source: { department: string; endpoint: string }): NextResponse {
  const counter = metrics().intakeItems;
  if (typeof body.accepted === 'number' && body.accepted > 0) counter.inc({ ...source, outcome: 'accepted' }, body.accepted);
  const rejected = rejectedItems(body.rejected);
  if (rejected > 0) counter.inc({ ...source, outcome: 'rejected' }, rejected);
  return NextResponse.json(body, { headers: { 'Cache-Control': 'no-store' } });
}

/** The shared error mapping, plus `WWW-Authenticate: Bearer` on 401 (RFC 6750). */
export function intakeError(error: unknown, request: Request): NextResponse {
  const response = jsonError(error, request);
  if (error instanceof AppError && error.code === 'unauthorized') response.headers.set('WWW-Authenticate', 'Bearer realm="intake"');
  return response;
}
