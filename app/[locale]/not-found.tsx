import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export default async function LocaleNotFound() {
  const t = await getTranslations('NotFound');
  return (
    <div className="max-w-2xl">
      <title>{t('metaTitle')}</title>
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <p className="mt-3 text-slate-700">{t('body')}</p>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
          {t('backHome')}
        </Link>
      </p>
    </div>
  );
}
