'use server';
import { redirect } from 'next/navigation';
import { nextVersion } from '@/lib/forms/action-result';
import { isSignedOut } from '@/lib/forms/staff-action';
import { answerResolveUnmatchedForm } from '@/lib/intake/resolve-unmatched';
import { receiveUpload, type UploadImportState } from '@/lib/intake/upload-import';

/** The template upload form of /admin/intake (works without JavaScript). */
export async function uploadImportAction(previous: UploadImportState, form: FormData): Promise<UploadImportState> {
  const result = await receiveUpload(form);
  if (isSignedOut(result)) redirect('/admin/sign-in');
  const version = nextVersion(previous);
  return result.ok ? { version, values: {}, errors: [], report: result.report } : { version, values: {}, errors: result.errors };
}

/** Matches a queued item to the firm the person picked (/admin/intake/unmatched/[id]). */
export async function resolveUnmatchedAction(form: FormData): Promise<void> {
  redirect(await answerResolveUnmatchedForm(form));
}
