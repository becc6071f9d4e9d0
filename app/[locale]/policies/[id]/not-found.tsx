import { getTranslations } from 'next-intl/server';
import { NotFoundMessage } from '@/components/ui/not-found-message';

// A policy number that is malformed or names no published policy.
export default async function PolicyNotFound() {
  const t = await getTranslations('NotFound');
  return (
    <NotFoundMessage
      title={t('metaTitle')}
      heading={t('policyHeading')}
      body={t('policyBody')}
      links={[{ href: '/policies', label: t('policyBack') }, { href: '/', label: t('backHome') }]}
    />
  );
}
