// The staff checks of every back-office Server Action (lib/forms/staff-action.ts), in their order:
// signed in, anti-forgery token, the zod schema; each failure an ActionResult error, never a throw.
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { StaffUser } from '../../lib/staff/types';

const signedIn = vi.hoisted(() => {
  // A fixed secret: the tokens below are signed without touching any DATA_DIR.
  process.env.APP_SECRET = 'staff-action-unit-test-secret-0123456789';
  return { user: null as StaffUser | null };
});
vi.mock('../../lib/staff/session', () => ({ getCurrentStaff: async () => signedIn.user }));

const { isSignedOut, staffAction } = await import('../../lib/forms/staff-action');
const { staffCsrfToken } = await import('../../lib/security/csrf');

const user: StaffUser = {
  id: 7,
  username: 'u',
  displayName: 'U',
  role: 'reviewer',
  departmentId: 1,
  departmentCode: 'jnamr',
  departmentName: '市场监管局',
  sessionId: 's'.repeat(32),
};
const schema = z.object({
  id: z.coerce.number().int().positive(),
  reply: z.string().trim().min(1, 'replyRequired'),
  kind: z.enum(['objection', 'repair']),
});
const handler = vi.fn(async (input: z.output<typeof schema>, context: { user: StaffUser }) => ({ ok: true as const, echoed: input, by: context.user.id }));
const action = staffAction(schema, handler, { fallback: 'wrongState' });

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

describe('staffAction', () => {
  it('refuses a signed-out person before anything else', async () => {
    signedIn.user = null;
    const result = await action(form({ csrf: await staffCsrfToken(user), id: '1', reply: 'x', kind: 'objection' }));
    expect(result).toEqual({ ok: false, errors: [{ field: 'form', code: 'signedOut' }] });
    expect(isSignedOut(result)).toBe(true);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a body that is not a form', async () => {
    signedIn.user = user;
    expect(await action('not a form')).toEqual({ ok: false, errors: [{ field: 'form', code: 'invalidForm' }] });
  });

  it("refuses a missing, forged or other session's anti-forgery token", async () => {
    signedIn.user = user;
    const other = await staffCsrfToken({ ...user, sessionId: 'o'.repeat(32) });
    for (const fields of [{}, { csrf: 'forged' }, { csrf: other }] as Record<string, string>[]) {
      expect(await action(form({ ...fields, id: '1', reply: 'x', kind: 'objection' }))).toEqual({ ok: false, errors: [{ field: 'form', code: 'csrf' }] });
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("maps zod issues to one FieldIssue per field: the schema's message, else the fallback", async () => {
    signedIn.user = user;
    const result = await action(form({ csrf: await staffCsrfToken(user), id: 'x', reply: '  ', kind: 'evil' }));
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'id', code: 'wrongState' },
        { field: 'reply', code: 'replyRequired' },
        { field: 'kind', code: 'wrongState' },
      ],
    });
    expect(isSignedOut(result)).toBe(false);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a natural person’s ID number in any text field, naming the field, schema or not', async () => {
    signedIn.user = user;
    const csrf = await staffCsrfToken(user);
    const reply = '经核实，当事人王某（身份证号 370102198506150013）已改正。';
    expect(await action(form({ csrf, id: '12', reply, kind: 'repair' }))).toEqual({
      ok: false,
      errors: [{ field: 'reply', code: 'personalIdNumber', params: { field: 'reply' } }],
    });
    // A field the schema does not model (a policy's own fields are parsed by the handler) is scanned too.
    expect(await action(form({ csrf, id: 'x', reply: 'ok', kind: 'repair', summary: '联系人身份证11010519491231002x' }))).toEqual({
      ok: false,
      errors: [
        { field: 'summary', code: 'personalIdNumber', params: { field: 'summary' } },
        { field: 'id', code: 'wrongState' },
      ],
    });
    // A document number whose check digit is wrong, a phone number: no ID number.
    expect(await action(form({ csrf, id: '12', reply: '文号370102199001011235，电话13805311234', kind: 'repair' }))).toMatchObject({ ok: true });
    expect(handler).toHaveBeenCalledTimes(1);
    handler.mockClear();
  });

  it('hands the parsed input and the staff member to the handler and answers with its result', async () => {
    signedIn.user = user;
    const result = await action(form({ csrf: await staffCsrfToken(user), id: '12', reply: ' ok ', kind: 'repair', extra: 'ignored' }));
    expect(result).toEqual({ ok: true, echoed: { id: 12, reply: 'ok', kind: 'repair' }, by: 7 });
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
