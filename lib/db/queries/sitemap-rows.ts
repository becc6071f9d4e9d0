import 'server-only';
import { getReadSql } from '../client';

/** Entities per sitemap chunk: 10,000 × 3 locales = 30,000 URLs, under the 50,000 limit. */
export const SITEMAP_CHUNK = 10_000;

/** How many entity chunks there are (chunk n covers ids n*CHUNK+1 … (n+1)*CHUNK). */
export async function countSitemapChunks(): Promise<number> {
  const [row] = await getReadSql()<{ max: number | null }[]>`select max(id)::int as max from entities`;
  return Math.ceil((row?.max ?? 0) / SITEMAP_CHUNK);
}

/** The entities of one chunk: an id range read by primary key, never the whole table. */
export async function getSitemapChunk(chunk: number): Promise<{ uscc: string; updatedAt: Date }[]> {
  const from = chunk * SITEMAP_CHUNK;
  return getReadSql()<{ uscc: string; updatedAt: Date }[]>`
    select uscc, updated_at as "updatedAt" from entities where id > ${from} and id <= ${from + SITEMAP_CHUNK} order by id`;
}
