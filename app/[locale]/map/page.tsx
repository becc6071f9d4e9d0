import { MapPage, generateMetadata } from './map-page';

// Static with incremental regeneration (README, "Caching"): the default view (share of red and
// black firms), expired with the stats tags; ?by=list and ?by=new are served from q/[view].
export const revalidate = 3600;

export { generateMetadata };

export default function Page({ params }: { params: Promise<{ locale: string }> }) {
  return MapPage({ params, searchParams: Promise.resolve({}) });
}
