// The page's body, shared by the route without a query and the route of each beneficiaries page
// (q/[view]); see lib/cache/query-view.ts. Not a route file.
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { PolicyRow } from '@/lib/policies/get-policy';
import type { Locale } from '@/lib/domain/vocabulary';
import { orNotFound } from '@/lib/or-not-found';
import { getPublicPolicy, parsePolicyId } from '@/lib/policies/get-policy';
import { PolicyDetail } from '@/components/policies/policy-detail';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function loadOr404(raw: string): Promise<PolicyRow> {
  return orNotFound(() => getPublicPolicy(parsePolicyId(raw)), ['not_found']);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const policy = await loadOr404(id);
  const t = await getTranslations({ locale, namespace: 'Policies' });
  return {
    title: policy.title,
    description: t('detailMetaDescription', { department: policy.department[locale as Locale] }),
    alternates: { languages: { 'zh-CN': `/zh-CN/policies/${policy.id}`, 'zh-TW': `/zh-TW/policies/${policy.id}`, en: `/en/policies/${policy.id}` } },
  };
}

export async function PolicyPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const policy = await loadOr404(id);
  const raw = (await searchParams).page;
  const page = typeof raw === 'string' && /^\d{1,3}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : 1;
  return <PolicyDetail policy={policy} locale={locale as Locale} page={page} />;
}
