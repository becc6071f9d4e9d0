// The state the objection and repair forms round-trip through their Server Action.
import type { FieldError } from './application-schema';

export interface SubmissionReceiptView {
  trackingNo: string;
  accessCode: string;
  deadline: string;
  duplicate: boolean;
}

export interface ApplicationFormState {
  /** Bumped on every answer, so the form re-mounts with the answers kept (React resets forms after an action). */
  version: number;
  values: Record<string, string>;
  errors: FieldError[];
  receipt?: SubmissionReceiptView;
}

export const INITIAL_APPLICATION_FORM_STATE: ApplicationFormState = { version: 0, values: {}, errors: [] };
