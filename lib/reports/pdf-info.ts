// Keys of a report PDF's document information that carry its seal (written by
// render-report-pdf.ts, read back from uploads by read-report-upload.ts).
export const REPORT_INFO_KEYS = {
  reportNo: 'CreditReportNo',
  sha256: 'CreditReportSha256',
  signature: 'CreditReportSignature',
  keyId: 'CreditReportKeyId',
} as const;
