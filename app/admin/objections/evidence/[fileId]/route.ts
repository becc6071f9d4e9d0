import { notFound, redirect } from 'next/navigation';
import { getEvidenceDownload } from '@/lib/objections/get-evidence-download';
import { getCurrentStaff } from '@/lib/staff/session';

export const dynamic = 'force-dynamic';

/** Evidence of an objection or repair request: staff of the answering department (or admins) only. */
export async function GET(_request: Request, { params }: { params: Promise<{ fileId: string }> }) {
  const user = await getCurrentStaff();
  if (!user) redirect('/admin/sign-in');
  const { fileId } = await params;
  const file = await getEvidenceDownload(user, fileId);
  if (!file) notFound();
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(file.bytes.length),
      // Always a download, never rendered in the back office's origin.
      'Content-Disposition': `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  });
}
