// A licence or penalty change expires the 双公示 pages, exports' data, feeds and the timeliness
// report: the worker's batch for it asks the site (here a stand-in server that records the call)
// to expire the dual-publicity and timeliness tags along with the firm's.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';

const calls: string[][] = [];
const site = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    if (req.url === '/api/internal/revalidate') calls.push((JSON.parse(body) as { tags: string[] }).tags);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
});
await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
// Before lib/env loads: where the worker reaches "the site".
process.env.SITE_INTERNAL_URL = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

const { closeDb, getSql } = await import('../../lib/db/client');
const { insertRecords } = await import('../../lib/db/mutations/change-records');
const { processOutboxBatch } = await import('../../lib/worker/process-outbox-batch');
const { tags } = await import('../../lib/cache/tags');
const { createEntity, daysAgo, TEST_DEPARTMENT } = await import('../factories/entities');

let firm: Awaited<ReturnType<typeof createEntity>>;

beforeAll(async () => {
  firm = await createEntity();
});

afterAll(async () => {
  await closeDb();
  site.close();
});

it('expires the 双公示 and timeliness tags in the batch that handles a new penalty', async () => {
  const [dept] = await getSql()<{ id: number }[]>`select id from departments where code = ${TEST_DEPARTMENT.code}`;
  calls.length = 0;
  await insertRecords([
    {
      entityId: firm.id,
      departmentId: dept!.id,
      sourceRef: `dual-expiry-${firm.uscc}`,
      kind: 'penalty',
      title: '过期标签测试处罚',
      decisionDate: daysAgo(2),
      collectedOn: daysAgo(0),
      severity: 'minor',
      publicityEnd: daysAgo(-90),
    },
  ]);
  // Other rows may be waiting too: drain the outbox until the firm's batch has run.
  for (let i = 0; i < 50 && !calls.some((c) => c.includes(tags.entity(firm.uscc))); i += 1) {
    if (!(await processOutboxBatch(500))) break;
  }
  const batch = calls.find((c) => c.includes(tags.entity(firm.uscc)));
  expect(batch).toBeDefined();
  expect(batch).toEqual(expect.arrayContaining([tags.dualPublicity, tags.timeliness]));
});
