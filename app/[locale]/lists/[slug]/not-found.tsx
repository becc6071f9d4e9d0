'use client';
import { useTranslations } from 'next-intl';
import { NotFoundMessage } from '@/components/ui/not-found-message';

// A list name that is not one of the published lists.
export default function ListNotFound() {
  const t = useTranslations('NotFound');
  return (
    <NotFoundMessage
      title={t('metaTitle')}
      heading={t('listHeading')}
      body={t('listBody')}
      links={[
        { href: '/lists', label: t('listBack') },
        { href: '/', label: t('backHome') },
      ]}
    />
  );
}
