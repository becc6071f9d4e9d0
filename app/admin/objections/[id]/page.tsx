import { applicationsMetadata, detailRoute } from '../application-routes';

export const dynamic = 'force-dynamic';

export const generateMetadata = applicationsMetadata('objection');

export default detailRoute('objection');
