// A search page past the last one (issue 15, finding 9c) against the seeded index in real
// Meilisearch: the JSON API refuses it with a 400 naming the last page; the search page shows the
// last page, and says so. Before, page=1000 answered `page: 500` of far fewer pages.
import { afterAll, describe, expect, it } from 'vitest';
import { GET as searchApi } from '../../app/api/v1/search/route';
import { closeDb } from '../../lib/db/client';
import { findEntities } from '../../lib/entities/find-entities';
import { parseSearchParams } from '../../lib/entities/parse-search-params';

afterAll(async () => {
  await closeDb();
});

let addressCounter = 0;
async function api(query: string, locale = 'en') {
  addressCounter += 1;
  const response = await searchApi(
    new Request(`http://localhost/api/v1/search?${query}`, {
      headers: { 'accept-language': locale, 'x-forwarded-for': `10.9.${process.pid % 250}.${addressCounter}` },
    }),
    undefined as never,
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> & { error?: { code: string; message: string; param?: string } } };
}

describe('GET /api/v1/search past the last page', () => {
  it('answers 400 bad_parameter for page, naming the last page', async () => {
    const first = await api('limit=20');
    expect(first.status).toBe(200);
    const totalPages = first.body.totalPages as number;
    expect(totalPages).toBeGreaterThan(1);
    expect(totalPages).toBeLessThan(500);

    const past = await api('page=1000&limit=20');
    expect(past.status).toBe(400);
    expect(past.body.error).toMatchObject({ code: 'bad_parameter', param: 'page' });
    expect(past.body.error!.message).toContain(`last page is ${totalPages}`);
    const justPast = await api(`page=${totalPages + 1}&limit=20`);
    expect(justPast.status).toBe(400);

    const last = await api(`page=${totalPages}&limit=20`);
    expect(last.status).toBe(200);
    expect(last.body).toMatchObject({ page: totalPages, totalPages });
    expect((last.body.hits as unknown[]).length).toBeGreaterThan(0);
  });

  it('a search with no results has one page: page 1 answers, page 2 is refused', async () => {
    const none = await api('q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84zzqqxx%E5%85%AC%E5%8F%B8&level=black&district=999999');
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ total: 0, page: 1 });
    const second = await api('q=%E4%B8%8D%E5%AD%98%E5%9C%A8%E7%9A%84zzqqxx%E5%85%AC%E5%8F%B8&level=black&district=999999&page=2');
    expect(second.status).toBe(400);
  });
});

describe('the search page past the last page', () => {
  it('shows the last page and says which it is', async () => {
    const result = await findEntities(parseSearchParams({ page: '1000', limit: '20' }), { highlight: true, pastLastPage: 'last' });
    expect(result.totalPages).toBeGreaterThan(1);
    expect(result.page).toBe(result.totalPages);
    expect(result.hits.length).toBeGreaterThan(0);
  });
});
