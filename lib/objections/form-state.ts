// The state the objection and repair forms round-trip through their Server Action (lib/forms).
import type { FormState } from '../forms/action-result';
import type { FormField } from './application-schema';

export interface SubmissionReceiptView {
  trackingNo: string;
  accessCode: string;
  deadline: string;
  duplicate: boolean;
}

/** The answers kept, the issues (ApplicationErrors.*), and the receipt once the application is received. */
export interface ApplicationFormState extends FormState<Record<string, string>, FormField> {
  receipt?: SubmissionReceiptView;
}

export const INITIAL_APPLICATION_FORM_STATE: ApplicationFormState = { version: 0, values: {}, errors: [] };
