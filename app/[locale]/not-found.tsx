import { getTranslations } from 'next-intl/server';
import { NotFoundMessage } from '@/components/ui/not-found-message';

// Unknown paths under a locale. What could not be found is said by the segment's own not-found
// file where there is one (entities, policies, lists, tracking numbers); this one stays general.
export default async function LocaleNotFound() {
  const t = await getTranslations('NotFound');
  return <NotFoundMessage title={t('metaTitle')} heading={t('heading')} body={t('body')} links={[{ href: '/', label: t('backHome') }]} />;
}
