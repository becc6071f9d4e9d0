'use server';
import { ratingDate } from '@/lib/env';
import { answerVerification, type VerifyFormState } from '@/lib/reports/answer-verification';
import { currentClientAddress } from '@/lib/security/request-address';

/** The verify form's check; the previous state and the form are re-parsed in lib/. */
export async function verifyReportAction(prev: VerifyFormState, form: FormData): Promise<VerifyFormState> {
  return answerVerification({ prev, form }, await currentClientAddress(), ratingDate());
}
