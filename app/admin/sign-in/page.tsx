import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { staffMetadata } from '@/lib/i18n/page-metadata';
import { getCurrentStaff } from '@/lib/staff/session';
import { SignInForm } from '@/components/admin/sign-in-form';

export const dynamic = 'force-dynamic';

export const generateMetadata = staffMetadata('AdminSignIn', 'metaTitle');

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await getCurrentStaff()) redirect('/admin');
  const { next } = await searchParams;
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminSignIn' });
  const labels = {
    username: t('username'),
    password: t('password'),
    submit: t('submit'),
    errorSummary: t('errorSummary'),
    errorPrefix: t('errorPrefix'),
    invalid: t('invalid'),
    rateLimited: t('rateLimited'),
    missing: t('missing'),
    expired: t('expired'),
    serviceUnavailable: t('serviceUnavailable'),
    locked: t.raw('locked') as string,
  };
  return (
    <div className="mx-auto max-w-md rounded bg-white p-6 shadow">
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <p className="mt-2 text-slate-700">{t('intro')}</p>
      <SignInForm labels={labels} next={typeof next === 'string' ? next : ''} />
    </div>
  );
}
