// Reads the seal (report number, snapshot hash, signature) from an uploaded report's document
// information with pdf-lib. Anything that is not a readable PDF carrying a seal is answered as
// such, never as an error: the verify form says "not genuine" and why.
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { REPORT_INFO_KEYS } from './pdf-info';

/** The largest upload the verify form reads: far above a report's size (a few hundred KB at most). */
export const MAX_REPORT_UPLOAD_BYTES = 2 * 1024 * 1024;

export interface UploadedSeal {
  reportNo: string;
  snapshotSha256: string | null;
  signature: string;
}

export type UploadReading = { ok: true; seal: UploadedSeal } | { ok: false; reason: 'tooLarge' | 'notPdf' | 'unreadable' | 'noSignature' };

/** Whether the bytes start as a PDF does (`%PDF-`), as every report this site issues does. */
export function hasPdfMagic(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/** The seal in an uploaded file, or why there is none. */
export async function readReportUpload(bytes: Uint8Array): Promise<UploadReading> {
  if (bytes.byteLength > MAX_REPORT_UPLOAD_BYTES) return { ok: false, reason: 'tooLarge' };
  if (!hasPdfMagic(bytes)) return { ok: false, reason: 'notPdf' };
  let info: PDFDict | undefined;
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: false });
    const ref = document.context.trailerInfo.Info;
    info = ref ? document.context.lookupMaybe(ref, PDFDict) : undefined;
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const text = (key: string): string | null => {
    const value = info?.get(PDFName.of(key));
    const resolved = value ? document.context.lookup(value) : undefined;
    return resolved instanceof PDFString || resolved instanceof PDFHexString ? resolved.decodeText() : null;
  };
  const reportNo = text(REPORT_INFO_KEYS.reportNo);
  const signature = text(REPORT_INFO_KEYS.signature);
  if (!reportNo || !signature) return { ok: false, reason: 'noSignature' };
  return { ok: true, seal: { reportNo, signature, snapshotSha256: text(REPORT_INFO_KEYS.sha256) } };
}
