'use client';
import { useTranslations } from 'next-intl';
import { NotFoundMessage } from '@/components/ui/not-found-message';

// A code that is malformed or names no published firm (the profile, its objection and repair forms).
// A client component on purpose: a segment's not-found is rendered with every page of the segment,
// and the server `getTranslations` would read the locale from the request headers there, which turns
// each cached (ISR) page into a per-request one (DYNAMIC_SERVER_USAGE, a 500).
export default function EntityNotFound() {
  const t = useTranslations('NotFound');
  return <NotFoundMessage title={t('metaTitle')} heading={t('entityHeading')} body={t('entityBody')} links={[{ href: '/', label: t('backHome') }]} />;
}
