import { applicationsMetadata, queueRoute } from './application-routes';

export const dynamic = 'force-dynamic';

export const generateMetadata = applicationsMetadata('objection');

export default queueRoute('objection');
