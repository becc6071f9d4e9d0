import { PoliciesPage, generateMetadata as metadataOf } from '../../policies-page';
import { queryViewRoute } from '@/app/[locale]/query-view-route';

// A policy search with a text query (lib/cache/query-view.ts): rendered per request and never
// cached, like entity search, so a "limited results" page from the PostgreSQL fallback never
// outlives a Meilisearch outage.
export const dynamic = 'force-dynamic';

const route = queryViewRoute(PoliciesPage, metadataOf);
export const generateMetadata = route.generateMetadata;
export default route.Page;
