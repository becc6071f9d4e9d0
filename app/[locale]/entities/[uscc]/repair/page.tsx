import { applicationMetadata, applicationRoute } from '../application-route';

// Each rendering carries a fresh anti-forgery token and proof-of-work challenge: never cached.
export const dynamic = 'force-dynamic';

export const generateMetadata = applicationMetadata('repair');

export default applicationRoute('repair');
