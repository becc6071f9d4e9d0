import { ProfileBody, generateProfileMetadata } from './profile-page';

// Static with incremental regeneration (README, "Caching"): generated on first request, kept in
// the shared page cache, expired by tag when the worker sees a change; the profile is tagged
// entity:{uscc}. Unknown or invalid codes are 404s, which the cache handler never stores.
export const revalidate = 3600;

/** No profile is generated at build: a million of them are generated on first request. */
export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; uscc: string }>;

export const generateMetadata = generateProfileMetadata;

export default async function EntityPage({ params }: { params: Params }) {
  const { locale, uscc } = await params;
  return ProfileBody({ locale, uscc, depth: 1 });
}
