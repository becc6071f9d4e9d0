// The one schema of the back-office decision forms (objections and credit repair); the server
// always re-parses, hidden fields too. Messages are codes, translated as AdminApplications.errors.*;
// a field without a message of its own is `wrongState` (lib/objections/decide-application.ts).
import { z } from 'zod';
import { APPLICATION_KINDS } from '../domain/objections';
import { SEVERITIES } from '../domain/vocabulary';

const trimmed = z
  .string()
  .default('')
  .transform((s) => s.replace(/\r\n/g, '\n').trim());
const reply = trimmed.pipe(z.string().min(1, 'replyRequired').max(4000, 'replyRequired'));
const note = trimmed.pipe(z.string().max(4000));
const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/** Which application a decision form is about (its hidden fields): the page it answers on. */
export const decisionTargetSchema = z.object({ kind: z.enum(APPLICATION_KINDS), applicationId: id });
const target = decisionTargetSchema.shape;

export const decisionSchema = z.discriminatedUnion('action', [
  z.object({ ...target, action: z.literal('suspend'), note }),
  z.object({ ...target, action: z.literal('resume'), note }),
  z.object({ ...target, action: z.literal('revoke'), reply }),
  z.object({ ...target, action: z.literal('uphold'), reply }),
  // Approving a repair request needs the reviewer's confirmation that the applicant may act for the firm.
  z.object({ ...target, action: z.literal('approve'), reply, authorityVerified: z.literal('yes', { error: 'authorityUnverified' }) }),
  z.object({ ...target, action: z.literal('refuse'), reply }),
  z.object({ ...target, action: z.literal('reassign'), departmentId: id, note }),
  z.object({
    ...target,
    action: z.literal('correct'),
    reply,
    title: trimmed.pipe(z.string().min(1, 'invalidCorrection').max(300, 'invalidCorrection')),
    content: trimmed.pipe(z.string().max(4000, 'invalidCorrection')),
    docNo: trimmed.pipe(z.string().max(100, 'invalidCorrection')),
    decisionDate: trimmed.pipe(z.iso.date('invalidCorrection')),
    severity: z.union([z.enum(SEVERITIES), z.literal('')]).default(''),
  }),
]);

export type Decision = z.infer<typeof decisionSchema>;
