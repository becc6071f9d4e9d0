import { CommitmentsPage, generateMetadata as metadataOf } from '../../commitments-page';
import { noStaticParams, queryViewRoute } from '@/app/[locale]/query-view-route';

// One filtered view or later page (the query, canonical and base64url-encoded by scripts/serve.mjs),
// cached like any page; the cache's LRU bounds how many views are kept.
export const revalidate = 3600;

export const generateStaticParams = noStaticParams;

const route = queryViewRoute(CommitmentsPage, metadataOf);
export const generateMetadata = route.generateMetadata;
export default route.Page;
