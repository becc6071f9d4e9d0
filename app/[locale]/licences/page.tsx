import { dualListPage, dualMetadata } from '@/components/dual-publicity/dual-list-page';

// Static with incremental regeneration (README, "Caching"): the default view, generated on first
// request and expired by tag (dual-publicity); filtered views and later pages are served from
// q/[view] (lib/cache/query-view.mjs).
export const revalidate = 3600;

export const generateMetadata = dualMetadata('licences');

const Body = dualListPage('licences');

export default function Page({ params }: { params: Promise<{ locale: string }> }) {
  return Body({ params, searchParams: Promise.resolve({}) });
}
