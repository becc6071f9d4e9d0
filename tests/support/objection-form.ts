// A filled-in objection form for integration tests (Vitest), which call the server code directly.
// Not in tests/factories: it imports lib/security/csrf, which is server-only and must stay out of
// the Playwright specs that import the factories.
import { appSecret } from '../../lib/env';
import { issueChallenge, solveChallenge } from '../../lib/objections/proof-of-work';
import { publicCsrfToken } from '../../lib/security/csrf';
import { pdfBytes } from '../factories/applications';

/**
 * An objection (or repair) form about `recordId` as a browser posts it: a valid anti-forgery token,
 * a solved proof of work, a person's answers; `fields` override or add answers, `files` are evidence
 * (one PDF by default: evidence is required).
 */
export function objectionForm(
  recordId: string | number,
  fields: Record<string, string> = {},
  files: { name: string; bytes: Buffer; type?: string }[] = [{ name: '证明.pdf', bytes: pdfBytes('grounds') }],
): FormData {
  const form = new FormData();
  const challenge = issueChallenge(appSecret());
  const answers: Record<string, string> = {
    csrf: publicCsrfToken(),
    challenge,
    pow: solveChallenge(challenge),
    record: String(recordId),
    applicantType: 'person',
    applicantName: '张三',
    phone: '13812345678',
    email: 'a@example.com',
    reason: 'wrong',
    description: '说明',
    declaration: 'yes',
    // A repair request's own answers (an objection ignores them): the applicant's role and a route.
    actingRole: 'legal_representative',
    routes: 'correction',
    ...fields,
  };
  for (const [k, v] of Object.entries(answers)) form.append(k, v);
  for (const f of files) form.append('evidence', new File([new Uint8Array(f.bytes)], f.name, { type: f.type ?? 'application/pdf' }));
  form.append('authorisation', new File([new Uint8Array(pdfBytes('authorisation'))], '授权委托书.pdf', { type: 'application/pdf' }));
  return form;
}
