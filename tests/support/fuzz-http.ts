// The fuzz cases of tests/support/fuzz-arbitraries.ts sent to a running site over HTTP, as a
// client would: shared by `npm run bench:fuzz` and tests/e2e/fuzz-forms.spec.ts.
//
// The public forms are posted the way a browser without JavaScript posts them: the form page is
// fetched, its hidden inputs (anti-forgery token, proof-of-work challenge, the record, and the
// Server Action's own `$ACTION_…` fields that carry its id and bound arguments) are kept, the
// case's fields and files are added, and the multipart body goes to the page's URL. Next runs the
// Server Action and answers with the page, errors listed or the receipt shown.
import { solveChallenge } from '../../lib/objections/proof-of-work';
import type { Locale } from '../../lib/domain/vocabulary';
import { translator } from './messages';
import {
  encodeWire,
  expectedFieldErrors,
  INTAKE_ROUTES,
  intakeAuthorization,
  judgeIntake,
  judgePublicApi,
  publicApiPath,
  type FormCase,
  type IntakeCase,
  type LookupCase,
  type PublicApiCase,
  type Verdict,
} from './fuzz-arbitraries';

export interface HttpAnswer {
  status: number;
  verdict: Verdict;
}

/** GET of the public API. */
export async function sendPublicApiCase(base: string, c: PublicApiCase, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  const h: Record<string, string> = { ...headers };
  if (c.acceptLanguage !== null) h['accept-language'] = c.acceptLanguage;
  const res = await fetch(`${base}${publicApiPath(c)}`, { headers: h, redirect: 'manual' });
  const body = await res.text();
  return { status: res.status, verdict: judgePublicApi(res.status, res.headers.get('content-type'), body) };
}

/** One intake call; `token` is the fuzz registrar's, `otherToken` a department that is no registrar. */
export async function sendIntakeCase(
  base: string,
  c: IntakeCase,
  token: string,
  otherToken: string,
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const route = INTAKE_ROUTES[c.endpoint];
  const h: Record<string, string> = { ...headers };
  const authorization = intakeAuthorization(c, token, otherToken);
  if (authorization) h.authorization = authorization;
  if (c.contentType) h['content-type'] = c.contentType;
  if (c.acceptLanguage !== null) h['accept-language'] = c.acceptLanguage;
  const res = await fetch(`${base}${route.path}`, { method: route.method, headers: h, body: c.body, redirect: 'manual' });
  const body = await res.text();
  return { status: res.status, verdict: judgeIntake(c, res.status, body) };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'" };
const unescapeHtml = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (m) => ENTITIES[m]!);
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/** The hidden inputs of the first form on a page that holds `marker` (a field name), in order. */
export function hiddenInputs(html: string, marker: string): [string, string][] {
  const forms = html.match(/<form[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => f.includes(`name="${marker}"`));
  if (!form) return [];
  const inputs: [string, string][] = [];
  for (const tag of form.match(/<input\b[^>]*>/g) ?? []) {
    const attrs = Object.fromEntries([...tag.matchAll(/([\w$:-]+)="([^"]*)"/g)].map((m) => [m[1]!, unescapeHtml(m[2]!)]));
    if (attrs.type === 'hidden' && attrs.name !== undefined) inputs.push([attrs.name, attrs.value ?? '']);
  }
  return inputs;
}

const FILE_BYTES: Record<FormCase['files'][number]['content'], () => Uint8Array> = {
  pdf: () => new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  png: () => Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')),
  exe: () => Uint8Array.from(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300)])),
  empty: () => new Uint8Array(0),
  text: () => new TextEncoder().encode('just text'),
};

export interface FormTarget {
  uscc: string;
  recordId: string;
}

export interface FormAnswer extends HttpAnswer {
  /** The receipt's tracking number and access code when the application was received. */
  receipt?: { trackingNo: string; accessCode: string };
}

/**
 * Fetches the objection or repair form of `target`, fills it in as the case says and posts it
 * without JavaScript. The verdict: never ≥ 500; a receipt, or an error summary in which every
 * field the shared schema refuses has its own translated error (once the anti-forgery token is
 * valid; before that the form is refused as a whole).
 */
export async function sendFormCase(
  base: string,
  target: FormTarget,
  c: FormCase,
  headers: Record<string, string> = {},
  locale: Locale = 'zh-CN',
): Promise<FormAnswer> {
  const pagePath = `/${locale}/entities/${target.uscc}/${c.kind}?record=${target.recordId}`;
  const page = await fetch(`${base}${pagePath}`, { headers, redirect: 'manual' });
  const html = await page.text();
  if (page.status >= 500) return { status: page.status, verdict: { ok: false, problem: `the form page answered ${page.status}` } };
  const hidden = hiddenInputs(html, 'csrf');
  // A repair form for a record not yet eligible shows a refusal instead of a form: nothing to post.
  if (hidden.length === 0) return { status: page.status, verdict: { ok: true, refused: true } };
  const form = new FormData();
  const challenge = hidden.find(([k]) => k === 'challenge')?.[1] ?? '';
  for (const [name, value] of hidden) {
    if (name === 'csrf' && c.csrf !== 'valid') {
      if (c.csrf === 'junk') form.append(name, `${value.slice(0, -3)}abc`);
      continue;
    }
    if (name === 'record' && c.record !== 'target') {
      if (c.record !== 'missing') form.append(name, c.record);
      continue;
    }
    // The bound arguments (kind, firm) travel as form data: a hostile client edits them too.
    if (c.tamper && name.startsWith('$ACTION_') && /"(objection|repair)"/.test(value)) {
      form.append(name, value.replace(/"(objection|repair)"/, '"evil"'));
      continue;
    }
    form.append(name, value);
  }
  if (c.pow !== 'missing') form.append('pow', c.pow === 'solved' ? solveChallenge(challenge) : '12345');
  for (const [k, v] of Object.entries(c.fields)) if (v !== undefined) form.append(k, v);
  for (const f of c.files) form.append('evidence', new File([FILE_BYTES[f.content]() as Uint8Array<ArrayBuffer>], f.name, { type: f.type }));
  // A repair request carries the applicant's proof of role (a valid PDF: the fuzz varies the evidence).
  if (c.kind === 'repair')
    form.append('authorisation', new File([FILE_BYTES.pdf() as Uint8Array<ArrayBuffer>], 'authorisation.pdf', { type: 'application/pdf' }));
  const res = await fetch(`${base}${pagePath}`, { method: 'POST', body: form, headers: { ...headers, origin: base }, redirect: 'manual' });
  const answer = await res.text();
  if (res.status >= 500) return { status: res.status, verdict: { ok: false, problem: `${res.status} from the ${c.kind} action` } };
  if (res.status === 429) return { status: res.status, verdict: { ok: false, problem: `429 from the ${c.kind} action`, rateLimited: true } };
  const trackingNo = /data-testid="tracking-no"[^>]*>([^<]+)</.exec(answer)?.[1];
  const accessCode = /data-testid="access-code"[^>]*>([^<]+)</.exec(answer)?.[1];
  if (trackingNo && accessCode)
    return { status: res.status, verdict: { ok: true, refused: false }, receipt: { trackingNo: trackingNo.trim(), accessCode: accessCode.trim() } };
  if (res.status >= 400) return { status: res.status, verdict: { ok: true, refused: true } };
  if (!/role="alert"/.test(answer)) return { status: res.status, verdict: { ok: false, problem: `${res.status} with neither a receipt nor an error` } };
  if (c.csrf === 'valid' && !c.tamper) {
    const te = translator(locale, 'ApplicationErrors');
    for (const e of expectedFieldErrors(c.kind, c.fields)) {
      if (!answer.includes(`id="${e.field}-error"`))
        return { status: res.status, verdict: { ok: false, problem: `no error shown for ${e.field} (${e.code})` } };
      if (!answer.includes(escapeHtml(te(e.code))))
        return { status: res.status, verdict: { ok: false, problem: `the ${e.field} error is not the translated ${e.code}` } };
    }
  }
  return { status: res.status, verdict: { ok: true, refused: true } };
}

/** Opens the status page of a tracking number and, when it has the look-up form, posts the code. */
export async function sendLookupCase(base: string, c: LookupCase, headers: Record<string, string> = {}, locale: Locale = 'zh-CN'): Promise<HttpAnswer> {
  const pagePath = `/${locale}/objections/${encodeWire(c.trackingNo)}`;
  const page = await fetch(`${base}${pagePath}`, { headers, redirect: 'manual' });
  const html = await page.text();
  if (page.status >= 500) return { status: page.status, verdict: { ok: false, problem: `the status page answered ${page.status}` } };
  const hidden = hiddenInputs(html, 'accessCode');
  if (hidden.length === 0) return { status: page.status, verdict: { ok: true, refused: true } };
  const form = new FormData();
  for (const [name, value] of hidden) form.append(name, value);
  if (c.accessCode !== undefined) form.append('accessCode', c.accessCode);
  const res = await fetch(`${base}${pagePath}`, { method: 'POST', body: form, headers: { ...headers, origin: base }, redirect: 'manual' });
  await res.arrayBuffer();
  if (res.status >= 500) return { status: res.status, verdict: { ok: false, problem: `${res.status} from the status look-up` } };
  return { status: res.status, verdict: { ok: true, refused: true } };
}
