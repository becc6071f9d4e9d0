import { getTranslations } from 'next-intl/server';

/** Provenance, objection and privacy notes shown on every page. */
export async function SiteFooter() {
  const t = await getTranslations('Common');
  return (
    <footer className="mt-8 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-sm text-slate-600">
        <p>{t('footerSources')}</p>
        <p>{t('footerObjection')}</p>
        <p>{t('footerPrivacy')}</p>
      </div>
    </footer>
  );
}
