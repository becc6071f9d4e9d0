import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ApplicationQueue, type QueueSearchParams } from '@/components/objections/admin-queue';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: 'zh-CN', namespace: 'AdminApplications' });
  return { title: t('repairsTitle') };
}

export default async function RepairQueuePage({ searchParams }: { searchParams: Promise<QueueSearchParams> }) {
  return <ApplicationQueue kind="repair" searchParams={await searchParams} />;
}
