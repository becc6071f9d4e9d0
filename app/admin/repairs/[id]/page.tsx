import { applicationsMetadata, detailRoute } from '../../objections/application-routes';

export const dynamic = 'force-dynamic';

export const generateMetadata = applicationsMetadata('repair');

export default detailRoute('repair');
