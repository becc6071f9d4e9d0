import 'server-only';
// An evidence file for a staff member: only an admin or a reviewer of the answering department gets
// it (anyone else gets the same "not found" as for a missing file); each download is audited.
import { auditEvidenceDownload } from '../db/mutations/decide-application';
import { getEvidenceFileForStaff } from '../db/queries/applications';
import { departmentScope } from '../staff/scope';
import type { StaffUser } from '../staff/types';
import { readEvidence } from './evidence';

export async function getEvidenceDownload(user: StaffUser, rawId: string) {
  if (!/^\d{1,15}$/.test(rawId)) return undefined;
  const fileId = Number(rawId);
  const file = await getEvidenceFileForStaff(fileId, departmentScope(user));
  if (!file) return undefined;
  const bytes = await readEvidence(file.storedName);
  await auditEvidenceDownload(user.id, fileId, file.trackingNo);
  const ext = file.storedName.split('.').pop();
  return { bytes, mimeType: file.mimeType, originalName: file.originalName, asciiName: `evidence-${fileId}.${ext}` };
}
