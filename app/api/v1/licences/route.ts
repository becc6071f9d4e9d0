import { dualApiRoute } from '@/lib/dual-publicity/dual-api-route';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/licences?department=&district=&industry=&kind=&from=&to=&after=&limit=&format=
 * format=json (default): one keyset page (`next` is the cursor of the following page); csv|jsonl: the whole selection, streamed.
 */
const route = dualApiRoute('licences');
export const GET = route.GET;
export const OPTIONS = route.OPTIONS;
