// The one schema of the back-office decision forms (objections and credit repair); the server
// always re-parses. Messages are codes, translated as AdminApplications.errors.*.
import { z } from 'zod';
import { SEVERITIES } from '../domain/vocabulary';

const trimmed = z.string().default('').transform((s) => s.replace(/\r\n/g, '\n').trim());
const reply = trimmed.pipe(z.string().min(1, 'replyRequired').max(4000, 'replyRequired'));
const note = trimmed.pipe(z.string().max(4000));
const id = z.coerce.number().int().positive();

export const decisionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('suspend'), applicationId: id, note }),
  z.object({ action: z.literal('resume'), applicationId: id, note }),
  z.object({ action: z.literal('revoke'), applicationId: id, reply }),
  z.object({ action: z.literal('uphold'), applicationId: id, reply }),
  z.object({ action: z.literal('approve'), applicationId: id, reply }),
  z.object({ action: z.literal('refuse'), applicationId: id, reply }),
  z.object({ action: z.literal('reassign'), applicationId: id, departmentId: id, note }),
  z.object({
    action: z.literal('correct'),
    applicationId: id,
    reply,
    title: trimmed.pipe(z.string().min(1, 'invalidCorrection').max(300, 'invalidCorrection')),
    content: trimmed.pipe(z.string().max(4000, 'invalidCorrection')),
    docNo: trimmed.pipe(z.string().max(100, 'invalidCorrection')),
    decisionDate: trimmed.pipe(z.iso.date('invalidCorrection')),
    severity: z.union([z.enum(SEVERITIES), z.literal('')]).default(''),
  }),
]);

export type Decision = z.infer<typeof decisionSchema>;
