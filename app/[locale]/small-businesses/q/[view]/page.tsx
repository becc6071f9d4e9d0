import { decodeQueryView } from '@/lib/cache/query-view.mjs';
import { SmallBusinessesPage, generateMetadata as metadataOf } from '../../directory-page';

// One filtered view (the query, canonical and base64url-encoded by scripts/serve.mjs), cached like
// any page; the cache's LRU bounds how many views are kept.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; view: string }>;

export function generateMetadata({ params }: { params: Params }) {
  return metadataOf({ params, searchParams: Promise.resolve({}) } as never);
}

export default async function Page({ params }: { params: Params }) {
  const { view, ...rest } = await params;
  return SmallBusinessesPage({ params: Promise.resolve(rest), searchParams: Promise.resolve(decodeQueryView(view)) });
}
