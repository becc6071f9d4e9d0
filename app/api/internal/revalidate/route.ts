import crypto from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { revalidateSecret } from '@/lib/env';

export const dynamic = 'force-dynamic';

const bodySchema = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(20_000) });

/** A per-process key: the comparison is of two MACs of equal length, whatever was sent. */
const COMPARE_KEY = crypto.randomBytes(32);
const mac = (value: string) => crypto.createHmac('sha256', COMPARE_KEY).update(value, 'utf8').digest();

/** Constant time, and nothing about the secret's length leaks: both sides are MACed first. */
function authorised(request: Request): boolean {
  const secret = revalidateSecret();
  const given = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  if (!secret) return false;
  return crypto.timingSafeEqual(mac(given), mac(secret));
}

/**
 * POST /api/internal/revalidate {tags}: the one way pages are expired. Called by the worker with
 * the shared secret after it re-rated and re-indexed the entities behind the tags.
 */
export async function POST(request: Request) {
  if (!authorised(request)) return NextResponse.json({ error: { code: 'unauthorised' } }, { status: 401 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: { code: 'bad_parameter' } }, { status: 400 });
  // Immediate expiry: the next request renders from PostgreSQL (the change is already committed).
  for (const tag of new Set(parsed.data.tags)) revalidateTag(tag, { expire: 0 });
  return NextResponse.json({ revalidated: parsed.data.tags.length }, { headers: { 'Cache-Control': 'no-store' } });
}
