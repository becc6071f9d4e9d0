// Expires cached pages through the Next.js server's one internal endpoint.
import { env, revalidateSecret } from '../env';

/** POSTs the tags to /api/internal/revalidate; a no-op when no site URL is configured. */
export async function expirePages(tags: readonly string[]): Promise<boolean> {
  if (!env.SITE_INTERNAL_URL || tags.length === 0) return false;
  const res = await fetch(new URL('/api/internal/revalidate', env.SITE_INTERNAL_URL), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${revalidateSecret() ?? ''}` },
    body: JSON.stringify({ tags }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`page expiry failed: HTTP ${res.status}`);
  return true;
}
