// Expires cached pages through the Next.js server's one internal endpoint.
import { env, revalidateSecret } from '../env';

/** The endpoint takes at most 20,000 tags a call; a batch's entity and related-firm tags can exceed that. */
const TAGS_PER_CALL = 10_000;

/** POSTs the tags to /api/internal/revalidate (in calls of at most TAGS_PER_CALL); a no-op when no site URL is configured. */
export async function expirePages(tags: readonly string[]): Promise<boolean> {
  if (!env.SITE_INTERNAL_URL || tags.length === 0) return false;
  for (let start = 0; start < tags.length; start += TAGS_PER_CALL) {
    const res = await fetch(new URL('/api/internal/revalidate', env.SITE_INTERNAL_URL), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${revalidateSecret() ?? ''}` },
      body: JSON.stringify({ tags: tags.slice(start, start + TAGS_PER_CALL) }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`page expiry failed: HTTP ${res.status}`);
  }
  return true;
}
