'use client';
// The back office's error page (Simplified Chinese, like the rest of /admin). The admin layout
// has no next-intl client provider, so the few strings are read from the errors message area.
import Link from 'next/link';
import { createTranslator } from 'next-intl';
import messages from '@/lib/i18n/messages/errors/zh-CN.json';

const t = createTranslator({ locale: 'zh-CN', messages, namespace: 'AdminError' });

export default function AdminError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : undefined;
  return (
    <div className="mx-auto max-w-2xl rounded bg-white p-6 shadow" data-testid="error-page">
      <h1 className="text-2xl font-bold">{t('heading')}</h1>
      <p className="mt-3 text-slate-800">{t('lead')}</p>
      <div className="mt-6 flex flex-wrap items-center gap-4">
        <button type="button" onClick={() => retry()} className="min-h-11 rounded bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-700">
          {t('retry')}
        </button>
        <Link href="/admin" className="inline-flex min-h-11 items-center text-slate-900 underline underline-offset-2">
          {t('home')}
        </Link>
      </div>
      {digest ? <p className="mt-6 text-sm text-slate-600">{t('reference', { digest })}</p> : null}
    </div>
  );
}
