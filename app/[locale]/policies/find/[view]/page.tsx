import { decodeQueryView } from '@/lib/cache/query-view.mjs';
import { PoliciesPage, generateMetadata as metadataOf } from '../../policies-page';

// A policy search with a text query (lib/cache/query-view.ts): rendered per request and never
// cached, like entity search, so a "limited results" page from the PostgreSQL fallback never
// outlives a Meilisearch outage.
export const dynamic = 'force-dynamic';

type Params = Promise<{ locale: string; view: string }>;

export function generateMetadata({ params }: { params: Params }) {
  return metadataOf({ params, searchParams: Promise.resolve({}) } as never);
}

export default async function Page({ params }: { params: Params }) {
  const { view, ...rest } = await params;
  return PoliciesPage({ params: Promise.resolve(rest), searchParams: Promise.resolve(decodeQueryView(view)) });
}
