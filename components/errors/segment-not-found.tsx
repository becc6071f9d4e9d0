'use client';
import { useTranslations } from 'next-intl';
import { NotFoundMessage } from '@/components/ui/not-found-message';

/**
 * The localized 404 of one kind of page (list, policy, …): messages `NotFound.<subject>Heading`,
 * `<subject>Body` and, with `back`, `<subject>Back`, then a link home. A client component for the
 * reason given in app/[locale]/entities/[uscc]/not-found.tsx.
 */
export function SegmentNotFound({ subject, back }: { subject: 'list' | 'policy' | 'entity' | 'tracking'; back?: string }) {
  const t = useTranslations('NotFound');
  const home = { href: '/', label: t('backHome') };
  return (
    <NotFoundMessage
      title={t('metaTitle')}
      heading={t(`${subject}Heading`)}
      body={t(`${subject}Body`)}
      links={back ? [{ href: back, label: t(`${subject}Back`) }, home] : [home]}
    />
  );
}
