import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ApplicationDetail, type DetailSearchParams } from '@/components/objections/admin-detail';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminApplications' });
  return { title: t('objectionsTitle') };
}

export default async function ObjectionDetailPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<DetailSearchParams> }) {
  const { id } = await params;
  return <ApplicationDetail kind="objection" id={id} searchParams={await searchParams} />;
}
