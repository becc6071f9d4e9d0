import { describe, expect, it } from 'vitest';
import { decodeQueryView, encodeQueryView, rewriteToQueryView } from '../../lib/cache/query-view.mjs';

describe('filtered views as cacheable paths', () => {
  it('gives one canonical view per query, whatever the order, ignoring empty values and _rsc', () => {
    const a = encodeQueryView(new URLSearchParams('status=removed&district=370102&q=&_rsc=abc'));
    const b = encodeQueryView(new URLSearchParams('district=370102&status=removed'));
    expect(a).toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeQueryView(new URLSearchParams('q=&_rsc=1'))).toBeNull();
  });

  it('decodes to what Next passes as searchParams, repeated keys as arrays, Chinese intact', () => {
    const view = encodeQueryView(new URLSearchParams('q=贷款&level=red&level=black&page=2'))!;
    expect(decodeQueryView(view)).toEqual({ level: ['black', 'red'], page: '2', q: '贷款' });
  });

  it('rewrites only the list, policy and directory routes, and only with a query', () => {
    expect(rewriteToQueryView('/zh-CN/lists/serious-illegal?status=removed')).toMatch(/^\/zh-CN\/lists\/serious-illegal\/q\/[A-Za-z0-9_-]+\?status=removed$/);
    expect(rewriteToQueryView('/en/policies?category=subsidies')).toMatch(/^\/en\/policies\/q\//);
    // A text search is per request (its results may come from the fallback while Meilisearch is down).
    expect(rewriteToQueryView('/en/policies?q=loan&category=subsidies')).toMatch(/^\/en\/policies\/find\//);
    expect(rewriteToQueryView('/en/policies?q=+')).toMatch(/^\/en\/policies\/q\//);
    expect(rewriteToQueryView('/zh-TW/policies/12?page=2')).toMatch(/^\/zh-TW\/policies\/12\/q\//);
    expect(rewriteToQueryView('/zh-CN/small-businesses?size=micro')).toMatch(/^\/zh-CN\/small-businesses\/q\//);
    expect(rewriteToQueryView('/zh-CN/lists/serious-illegal')).toBeNull();
    expect(rewriteToQueryView('/zh-CN/lists/serious-illegal?_rsc=x')).toBeNull();
    expect(rewriteToQueryView('/zh-CN/search?q=华通')).toBeNull();
    expect(rewriteToQueryView('/zh-CN/entities/91370000163044841F?x=1')).toBeNull();
    expect(rewriteToQueryView('/api/v1/lists/serious-illegal?format=csv')).toBeNull();
    expect(rewriteToQueryView(`/zh-CN/policies?q=${'长'.repeat(2000)}`)).toBeNull();
  });
});
