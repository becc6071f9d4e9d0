import { PolicyPage, generateMetadata } from './policy-page';

// Static with incremental regeneration (README, "Caching"): generated on first request, kept in
// the shared page cache, expired by tag (policy:{id}); later pages of beneficiaries (?page=) are
// served from q/[view] (lib/cache/query-view.ts).
export const revalidate = 3600;

/** No page is generated at build; each is generated on its first request. */
export function generateStaticParams() {
  return [];
}

export { generateMetadata };

export default function Page({ params }: { params: Promise<{ locale: string; id: string }> }) {
  return PolicyPage({ params, searchParams: Promise.resolve({}) });
}
