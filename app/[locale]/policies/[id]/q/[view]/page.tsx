import { decodeQueryView } from '@/lib/cache/query-view.mjs';
import { PolicyPage, generateMetadata as metadataOf } from '../../policy-page';

// One page of a policy's beneficiaries, cached like any page (lib/cache/query-view.ts).
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; id: string; view: string }>;

export function generateMetadata({ params }: { params: Params }) {
  return metadataOf({ params, searchParams: Promise.resolve({}) } as never);
}

export default async function Page({ params }: { params: Params }) {
  const { view, ...rest } = await params;
  return PolicyPage({ params: Promise.resolve(rest), searchParams: Promise.resolve(decodeQueryView(view)) });
}
