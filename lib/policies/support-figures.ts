import 'server-only';
// Support figures (by year, department, category) for /{locale}/policies/figures and the open data
// API; cached ten minutes, expired early by the policies and stats tags.
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { getSupportFigures, type SupportFigureRow, type SupportFigures } from '../db/queries/policies';

export type { SupportFigureRow, SupportFigures };

/** Total support received, by year, implementing department and policy category. */
export const getCachedSupportFigures: () => Promise<SupportFigures> = unstable_cache(getSupportFigures, ['support-figures'], {
  tags: [tags.policies, tags.stats],
  revalidate: 600,
});
