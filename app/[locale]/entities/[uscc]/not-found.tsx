import { getTranslations } from 'next-intl/server';
import { NotFoundMessage } from '@/components/ui/not-found-message';

// A code that is malformed or names no published firm (the profile, its objection and repair forms).
export default async function EntityNotFound() {
  const t = await getTranslations('NotFound');
  return <NotFoundMessage title={t('metaTitle')} heading={t('entityHeading')} body={t('entityBody')} links={[{ href: '/', label: t('backHome') }]} />;
}
