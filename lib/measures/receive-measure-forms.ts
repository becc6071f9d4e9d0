import 'server-only';
// The staff measure forms behind the staff checks (lib/forms/staff-action.ts): create/edit and end.
import { z } from 'zod';
import { staffAction } from '../forms/staff-action';
import { measureFormToInput } from './measure-schema';
import { endMeasure, saveMeasure } from './save-measure';

/** A measure id as the forms post it; anything else is a measure that does not exist. */
export const measureIdSchema = z
  .string({ error: 'notFound' })
  .regex(/^[1-9]\d{0,8}$/, 'notFound')
  .transform(Number);

/** The create (no measureId) and edit form. */
export const receiveMeasureForm = staffAction(z.object({ measureId: measureIdSchema.optional() }), ({ measureId }, { user, form }) =>
  saveMeasure(user, measureFormToInput(form), measureId),
);

/** The end form: the last day in force and a reason. */
export const receiveMeasureEnd = staffAction(
  z.object({ measureId: measureIdSchema, lastDay: z.string().default(''), reason: z.string().default('') }),
  ({ measureId, lastDay, reason }, { user }) => endMeasure(user, measureId, lastDay, reason),
);
