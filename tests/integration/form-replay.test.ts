// Replaying an objection or repair form's token (issue 15, finding 8) against real PostgreSQL: the
// earlier receipt (tracking number and access code) comes back only for the same content from the
// same browser; any other replay is refused with a specific message and reveals nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb } from '../../lib/db/client';
import { appSecret } from '../../lib/env';
import { receiveApplication, type SubmissionOutcome } from '../../lib/objections/submit-application';
import { issueChallenge, solveChallenge } from '../../lib/objections/proof-of-work';
import { publicCsrfToken } from '../../lib/security/csrf';
import { pdfBytes, storedCounts } from '../factories/applications';
import { createEntity, daysAgo } from '../factories/entities';

let addressCounter = 0;
const address = () => `10.8.${process.pid % 250}.${(addressCounter += 1)}`;
const BROWSER = 'browser-one-0123456789abcdef';
const OTHER_BROWSER = 'browser-two-0123456789abcdef';

afterAll(async () => {
  await closeDb();
});

function form(csrf: string, record: number | string, fields: Record<string, string> = {}, evidence = pdfBytes('replay')): FormData {
  const data = new FormData();
  const challenge = issueChallenge(appSecret());
  const values: Record<string, string> = {
    csrf,
    challenge,
    pow: solveChallenge(challenge),
    record: String(record),
    applicantType: 'person',
    applicantName: '张测试',
    phone: '13812345678',
    reason: 'wrong',
    description: '处罚决定书文号与原件不一致。',
    declaration: 'yes',
    ...fields,
  };
  for (const [k, v] of Object.entries(values)) data.append(k, v);
  data.append('evidence', new File([new Uint8Array(evidence)], 'proof.pdf', { type: 'application/pdf' }));
  return data;
}

function expectRefused(outcome: SubmissionOutcome, first: { trackingNo: string; accessCode: string }) {
  expect(outcome).toEqual({ ok: false, errors: [{ field: 'form', code: 'alreadySubmitted' }] });
  const json = JSON.stringify(outcome);
  expect(json).not.toContain(first.trackingNo);
  expect(json).not.toContain(first.accessCode);
}

describe('replaying a form token', () => {
  it('with other content is refused and reveals neither the tracking number nor the access code', async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(30), severity: 'general' }] });
    const csrf = publicCsrfToken();
    const first = await receiveApplication('objection', firm.uscc, form(csrf, firm.recordIds[0]!), address(), BROWSER);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const before = await storedCounts();

    // Another person (or the same browser) posts other content with the same token.
    const other = await receiveApplication(
      'objection',
      firm.uscc,
      form(csrf, firm.recordIds[0]!, { applicantName: '李冒用', description: '另一份内容。' }),
      address(),
      OTHER_BROWSER,
    );
    expectRefused(other, first.receipt);
    const sameBrowser = await receiveApplication('objection', firm.uscc, form(csrf, firm.recordIds[0]!, { description: '改过的内容。' }), address(), BROWSER);
    expectRefused(sameBrowser, first.receipt);
    // The same fields with another evidence file are other content too.
    const otherFile = await receiveApplication('objection', firm.uscc, form(csrf, firm.recordIds[0]!, {}, pdfBytes('another file')), address(), BROWSER);
    expectRefused(otherFile, first.receipt);
    // Nothing was stored by the refused replays.
    expect(await storedCounts()).toEqual(before);
  });

  it('with the same content from another browser, or from no known browser, is refused', async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(30), severity: 'general' }] });
    const csrf = publicCsrfToken();
    const first = await receiveApplication('objection', firm.uscc, form(csrf, firm.recordIds[0]!), address(), BROWSER);
    if (!first.ok) throw new Error('first submission refused');
    expectRefused(await receiveApplication('objection', firm.uscc, form(csrf, firm.recordIds[0]!), address(), OTHER_BROWSER), first.receipt);
    expectRefused(await receiveApplication('objection', firm.uscc, form(csrf, firm.recordIds[0]!), address(), null), first.receipt);
  });

  it('with the same content from the same browser returns the earlier receipt', async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(30), severity: 'general' }] });
    const csrf = publicCsrfToken();
    const before = await storedCounts();
    const first = await receiveApplication('objection', firm.uscc, form(csrf, firm.recordIds[0]!), address(), BROWSER);
    const again = await receiveApplication('objection', firm.uscc, form(csrf, firm.recordIds[0]!), address(), BROWSER);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.receipt).toEqual({ ...first.receipt, duplicate: true });
    expect(first.receipt.duplicate).toBe(false);
    expect((await storedCounts()).applications).toBe(before.applications + 1);
  });

  it('two forms from one browser are two applications with different access codes', async () => {
    const firm = await createEntity({ records: [{ kind: 'penalty', decisionDate: daysAgo(30), severity: 'general' }] });
    const a = await receiveApplication('objection', firm.uscc, form(publicCsrfToken(), firm.recordIds[0]!), address(), BROWSER);
    const b = await receiveApplication('objection', firm.uscc, form(publicCsrfToken(), firm.recordIds[0]!), address(), BROWSER);
    if (!a.ok || !b.ok) throw new Error('a submission was refused');
    expect(b.receipt.duplicate).toBe(false);
    expect(b.receipt.trackingNo).not.toBe(a.receipt.trackingNo);
    expect(b.receipt.accessCode).not.toBe(a.receipt.accessCode);
  });
});
