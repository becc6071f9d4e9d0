'use server';
import { redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { answerResolveUnmatchedForm } from '@/lib/intake/resolve-unmatched';
import { uploadImport, type UploadImportState } from '@/lib/intake/upload-import';
import { requireStaff } from '@/lib/staff/session';

/** The template upload form of /admin/intake (works without JavaScript). */
export async function uploadImportAction(_previous: UploadImportState, form: FormData): Promise<UploadImportState> {
  const user = await requireStaff();
  try {
    return await uploadImport(user, form);
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') return { status: 'error', code: 'forbidden' };
    if (error instanceof AppError && error.code === 'csrf_failed') return { status: 'error', code: 'csrf' };
    throw error;
  }
}

/** Matches a queued item to the firm the person picked (/admin/intake/unmatched/[id]). */
export async function resolveUnmatchedAction(form: FormData): Promise<void> {
  const user = await requireStaff();
  redirect(await answerResolveUnmatchedForm(user, form));
}
