import 'server-only';
// The process's report signing key: REPORT_SIGNING_KEY, else the development key generated once
// under DATA_DIR (lib/env.ts; production refuses to start without one). Parsed once per process.
import type { KeyObject } from 'node:crypto';
import { reportSigningKeyText } from '../env';
import { keyIdOf, parseSigningKey, publicKeyOf } from './signature';

export interface ReportSigningKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** lib/reports/signature.ts keyIdOf: stored with each report. */
  keyId: string;
  /** The public key as SPKI PEM, published for anyone to check signatures with. */
  publicKeyPem: string;
}

let keys: ReportSigningKeys | undefined;

/** The signing key pair of this process. */
export function reportSigningKeys(): ReportSigningKeys {
  if (keys) return keys;
  const privateKey = parseSigningKey(reportSigningKeyText());
  const publicKey = publicKeyOf(privateKey);
  keys = { privateKey, publicKey, keyId: keyIdOf(publicKey), publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
  return keys;
}
