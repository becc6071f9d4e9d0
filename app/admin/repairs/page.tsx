import { applicationsMetadata, queueRoute } from '../objections/application-routes';

export const dynamic = 'force-dynamic';

export const generateMetadata = applicationsMetadata('repair');

export default queueRoute('repair');
