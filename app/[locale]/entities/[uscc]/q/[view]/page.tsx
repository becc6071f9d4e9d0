import { notFound } from 'next/navigation';
import { decodeQueryView } from '@/lib/cache/query-view.mjs';
import { noStaticParams } from '@/app/[locale]/query-view-route';
import { ProfileBody, generateProfileMetadata } from '../../profile-page';

// The profile with second-degree related firms (?depth=2, rewritten here by scripts/serve.mjs;
// lib/cache/query-view.mjs), cached and tagged like the profile. No other view exists.
export const revalidate = 3600;

export const generateStaticParams = noStaticParams;

type Params = Promise<{ locale: string; uscc: string; view: string }>;

export async function generateMetadata({ params }: { params: Params }) {
  const { locale, uscc } = await params;
  return generateProfileMetadata({ params: Promise.resolve({ locale, uscc }) });
}

export default async function Page({ params }: { params: Params }) {
  const { locale, uscc, view } = await params;
  if (decodeQueryView(view).depth !== '2') notFound();
  return ProfileBody({ locale, uscc, depth: 2 });
}
