'use client';
import { useTranslations } from 'next-intl';
import { NotFoundMessage } from '@/components/ui/not-found-message';

// A malformed tracking number, or one whose check character does not match (a typo). Whether a
// well-formed number exists is only revealed with its access code, on the page itself.
export default function TrackingNumberNotFound() {
  const t = useTranslations('NotFound');
  return <NotFoundMessage title={t('metaTitle')} heading={t('trackingHeading')} body={t('trackingBody')} links={[{ href: '/', label: t('backHome') }]} />;
}
