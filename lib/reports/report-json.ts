import 'server-only';
// The reports' open-data shapes (GET /api/v1/reports/…), documented in lib/api/openapi.ts.
import { getReportWithSnapshot } from './verify-report';
import { reportSigningKeys } from './signing-key';

/** How a signature is made, in words, for anyone checking one without this site's code. */
export const SIGNED_DATA =
  'Ed25519 over the UTF-8 bytes of the canonical JSON of `snapshot`: object keys sorted by code unit at every depth, no whitespace, as JSON.stringify writes strings and numbers.';

/** A report as the API returns it, with its snapshot so anyone can check the signature; null when none was issued. */
export async function reportJson(reportNo: string, today: string): Promise<Record<string, unknown> | null> {
  const found = await getReportWithSnapshot(reportNo, today);
  if (!found) return null;
  const { snapshotSha256, signature, keyId, signatureValid, ...stated } = found.report;
  return {
    ...stated,
    signature: { algorithm: 'Ed25519', keyId, snapshotSha256, value: signature, valid: signatureValid, signedData: SIGNED_DATA },
    snapshot: found.snapshot,
  };
}

/** The published public key. */
export function publicKeyJson(): Record<string, string> {
  const keys = reportSigningKeys();
  return {
    algorithm: 'Ed25519',
    keyId: keys.keyId,
    publicKeyPem: keys.publicKeyPem,
    signedData: SIGNED_DATA,
  };
}
