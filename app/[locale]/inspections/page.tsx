import { InspectionsPage, generateMetadata } from './inspections-page';

// Static with incremental regeneration (README, "Caching"): the default view, generated on first
// request and expired by tag (inspections); filtered views are served from q/[view].
export const revalidate = 3600;

export { generateMetadata };

export default function Page({ params }: { params: Promise<{ locale: string }> }) {
  return InspectionsPage({ params, searchParams: Promise.resolve({}) });
}
