// Each 404 of the JSON API says what was not found (issue 15, finding 9b): a policy, a list, a
// dump or a template, not "no market entity has this code" for all of them. (The pages' 404 texts
// are covered by tests/e2e/not-found.spec.ts.)
import { afterAll, describe, expect, it } from 'vitest';
import { GET as getDumpFile } from '../../app/api/v1/dumps/[file]/route';
import { GET as getTemplate } from '../../app/api/v1/intake/templates/[file]/route';
import { GET as getList } from '../../app/api/v1/lists/[slug]/route';
import { GET as getPolicy } from '../../app/api/v1/policies/[id]/route';
import { jsonError } from '../../lib/api/respond';
import { closeDb } from '../../lib/db/client';
import { AppError } from '../../lib/errors';

afterAll(async () => {
  await closeDb();
});

let addressCounter = 0;
function request(path: string, locale: string): Request {
  addressCounter += 1;
  return new Request(`http://localhost${path}`, { headers: { 'accept-language': locale, 'x-forwarded-for': `10.11.${process.pid % 250}.${addressCounter}` } });
}

async function notFound(response: Response): Promise<string> {
  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toContain('application/json');
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('not_found');
  return body.error.message;
}

const params = <T>(value: T) => ({ params: Promise.resolve(value) });

describe('API 404 messages name what was not found', () => {
  it('a policy', async () => {
    // A malformed number (an unknown well-formed one goes through Next's data cache: tests/e2e/not-found.spec.ts).
    expect(await notFound(await getPolicy(request('/api/v1/policies/abc', 'en'), params({ id: 'abc' })))).toBe('No published support policy has this number.');
    expect(await notFound(await getPolicy(request('/api/v1/policies/0', 'zh-CN'), params({ id: '0' })))).toBe('没有找到该扶持政策。');
  });

  it('a list', async () => {
    expect(await notFound(await getList(request('/api/v1/lists/no-such-list', 'en'), params({ slug: 'no-such-list' })))).toBe(
      'There is no list with this name.',
    );
    expect(await notFound(await getList(request('/api/v1/lists/no-such-list', 'zh-TW'), params({ slug: 'no-such-list' })))).toBe('沒有這個名單。');
  });

  it('a dump file, as JSON', async () => {
    const missing = await notFound(
      await getDumpFile(request('/api/v1/dumps/entities-1999-01-01.jsonl.gz', 'en'), params({ file: 'entities-1999-01-01.jsonl.gz' })),
    );
    expect(missing).toMatch(/^No such dump/);
    const traversal = await notFound(await getDumpFile(request('/api/v1/dumps/..%2Fservices.json', 'zh-CN'), params({ file: '../services.json' })));
    expect(traversal).toMatch(/^没有找到该数据包/);
  });

  it('a template', async () => {
    expect(await notFound(await getTemplate(request('/api/v1/intake/templates/gossip.csv', 'en'), params({ file: 'gossip.csv' })))).toMatch(
      /^No such template/,
    );
  });

  it('a market entity keeps its own message', async () => {
    // What GET /api/v1/entities/{uscc} throws for an unknown code (the route itself reads through Next's data cache).
    expect(await notFound(jsonError(new AppError('not_found', { code: '91370102MA3C000000' }), request('/api/v1/entities/91370102MA3C000000', 'zh-CN')))).toBe(
      '没有找到该市场主体。',
    );
    expect(await notFound(jsonError(new AppError('not_found'), request('/api/v1/entities/91370102MA3C000000', 'en')))).toBe('No market entity has this code.');
  });
});
