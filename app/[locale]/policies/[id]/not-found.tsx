'use client';
import { useTranslations } from 'next-intl';
import { NotFoundMessage } from '@/components/ui/not-found-message';

// A policy number that is malformed or names no published policy.
export default function PolicyNotFound() {
  const t = useTranslations('NotFound');
  return (
    <NotFoundMessage
      title={t('metaTitle')}
      heading={t('policyHeading')}
      body={t('policyBody')}
      links={[
        { href: '/policies', label: t('policyBack') },
        { href: '/', label: t('backHome') },
      ]}
    />
  );
}
