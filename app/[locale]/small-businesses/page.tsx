import { SmallBusinessesPage, generateMetadata } from './directory-page';

// Static with incremental regeneration (README, "Caching"): the default view, generated on first
// request and expired by tag; filtered views are served from q/[view] (lib/cache/query-view.ts).
export const revalidate = 3600;

export { generateMetadata };

export default function Page({ params }: { params: Promise<{ locale: string }> }) {
  return SmallBusinessesPage({ params, searchParams: Promise.resolve({}) });
}
