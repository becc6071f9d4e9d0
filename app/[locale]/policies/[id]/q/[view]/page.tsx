import { PolicyPage, generateMetadata as metadataOf } from '../../policy-page';
import { noStaticParams, queryViewRoute } from '@/app/[locale]/query-view-route';

// One page of a policy's beneficiaries, cached like any page (lib/cache/query-view.ts).
export const revalidate = 3600;

export const generateStaticParams = noStaticParams;

const route = queryViewRoute(PolicyPage, metadataOf);
export const generateMetadata = route.generateMetadata;
export default route.Page;
