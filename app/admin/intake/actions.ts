'use server';
import { redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { resolveUnmatched } from '@/lib/intake/resolve-unmatched';
import { uploadImport, type UploadImportState } from '@/lib/intake/upload-import';
import { verifyStaffCsrf } from '@/lib/security/csrf';
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
  await verifyStaffCsrf(user, form.get('csrf')?.toString() ?? null);
  const id = Number(form.get('unmatchedId'));
  const entityId = Number(form.get('entityId'));
  if (!Number.isSafeInteger(id) || id <= 0) redirect('/admin/intake/unmatched');
  if (!Number.isSafeInteger(entityId) || entityId <= 0) redirect(`/admin/intake/unmatched/${id}?error=noEntity`);
  try {
    await resolveUnmatched(user, id, entityId);
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'forbidden')) redirect(`/admin/intake/unmatched?error=${error.code}`);
    throw error;
  }
  redirect(`/admin/intake/unmatched?done=${id}`);
}
