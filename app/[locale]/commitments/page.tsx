import { CommitmentsPage, generateMetadata } from './commitments-page';

// Static with incremental regeneration (README, "Caching"): the default view, generated on first
// request and expired by tag; filtered views and later pages are served from q/[view].
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export { generateMetadata };

export default function Page({ params }: { params: Promise<{ locale: string }> }) {
  return CommitmentsPage({ params, searchParams: Promise.resolve({}) });
}
