import { ListPage, generateMetadata } from './list-page';

// Static with incremental regeneration (README, "Caching"): the default view, generated on first
// request and expired by tag; filtered views are served from q/[view] (lib/cache/query-view.ts).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export { generateMetadata };

export default function Page({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  return ListPage({ params, searchParams: Promise.resolve({}) });
}
