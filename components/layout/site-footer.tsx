import { getFormatter, getTranslations } from 'next-intl/server';
import { getCachedDataAsOf } from '@/lib/entities/data-as-of';
import { Link } from '@/lib/i18n/navigation';

/** Provenance, objection and privacy notes shown on every page. */
export async function SiteFooter() {
  const t = await getTranslations('Common');
  const tm = await getTranslations('Measures');
  const tc = await getTranslations('Catalogue');
  const tcm = await getTranslations('Commitments');
  const format = await getFormatter();
  // A footer must never take the page down: without a database answer it just omits the date.
  const asOf = await getCachedDataAsOf().catch(() => null);
  return (
    <footer className="mt-8 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-sm text-slate-600">
        {asOf && (
          <p className="font-semibold text-slate-800" data-testid="data-as-of">
            {t('dataAsOf', { date: format.dateTime(new Date(asOf), { dateStyle: 'long', timeStyle: 'short' }) })}
          </p>
        )}
        <p>{t('footerSources')}</p>
        <p>{t('footerObjection')}</p>
        <p>{t('footerPrivacy')}</p>
        <p>
          <a href="/api/v1/openapi.json" className="underline">
            OpenAPI
          </a>{' '}
          ·{' '}
          <Link href="/developers" className="underline">
            {t('navDevelopers')}
          </Link>{' '}
          ·{' '}
          <Link href="/measures" className="underline">
            {tm('navLink')}
          </Link>{' '}
          ·{' '}
          <Link href="/catalogue" className="underline">
            {tc('navLink')}
          </Link>{' '}
          ·{' '}
          <Link href="/commitments" className="underline">
            {tcm('title')}
          </Link>
        </p>
      </div>
    </footer>
  );
}
