import { InspectionsPage, generateMetadata as metadataOf } from '../../inspections-page';
import { noStaticParams, queryViewRoute } from '@/app/[locale]/query-view-route';

// One filtered view (the query, canonical and base64url-encoded by scripts/serve.mjs), cached like
// any page; the cache's LRU bounds how many views are kept.
export const revalidate = 3600;

export const generateStaticParams = noStaticParams;

const route = queryViewRoute(InspectionsPage, metadataOf);
export const generateMetadata = route.generateMetadata;
export default route.Page;
