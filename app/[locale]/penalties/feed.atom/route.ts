import { dualFeed } from '@/lib/dual-publicity/dual-feed';

// Static with incremental regeneration: kept in the page cache and expired by tag with the data
// it shows (tag dual-publicity); at most five minutes, like the `max-age=300` readers are told.
export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

/** GET /{locale}/penalties/feed.atom: the most recently published or changed entries first. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  return dualFeed('penalties', (await params).locale);
}
