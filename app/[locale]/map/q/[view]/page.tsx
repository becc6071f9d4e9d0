import { MapPage, generateMetadata as metadataOf } from '../../map-page';
import { noStaticParams, queryViewRoute } from '@/app/[locale]/query-view-route';

// One view of the map (?by=…, canonical and base64url-encoded by scripts/serve.mjs), cached like any page.
export const revalidate = 3600;

export const generateStaticParams = noStaticParams;

const route = queryViewRoute(MapPage, metadataOf);
export const generateMetadata = route.generateMetadata;
export default route.Page;
