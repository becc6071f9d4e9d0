import 'server-only';
// The staff policy forms behind the staff checks (lib/forms/staff-action.ts): the create/edit form
// and the withdrawal form. The policy's own fields are parsed by the policy schema in savePolicy.
import { z } from 'zod';
import { staffAction } from '../forms/staff-action';
import { policyFormToInput } from './policy-schema';
import { savePolicy, withdrawPolicy } from './save-policy';

/** A policy id as the forms post it; anything else is a policy that does not exist. */
export const policyIdSchema = z
  .string({ error: 'notFound' })
  .regex(/^[1-9]\d{0,8}$/, 'notFound')
  .transform(Number);

/** The create (no policyId) and edit form. */
export const receivePolicyForm = staffAction(z.object({ policyId: policyIdSchema.optional() }), ({ policyId }, { user, form }) =>
  savePolicy(user, policyFormToInput(form), policyId),
);

/** The withdrawal form: the policy and the reason, which withdrawPolicy checks. */
export const receiveWithdrawal = staffAction(z.object({ policyId: policyIdSchema, reason: z.string().default('') }), ({ policyId, reason }, { user }) =>
  withdrawPolicy(user, policyId, reason),
);
