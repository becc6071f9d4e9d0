// Ed25519 signatures of report snapshots (pure, node:crypto). The signature covers the snapshot's
// canonical JSON; anyone with the published public key can check it (GET /api/v1/reports/public-key).
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { readPrivateKey } from '../security/production-config.mjs';

/**
 * An Ed25519 private key from PKCS#8 PEM or its DER in base64 (REPORT_SIGNING_KEY's two forms, as
 * lib/security/production-config.mjs reads them at start). Throws on anything else.
 */
export function parseSigningKey(text: string): KeyObject {
  const key = readPrivateKey(text);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`REPORT_SIGNING_KEY is a ${key.asymmetricKeyType} key, not Ed25519`);
  return key;
}

/** The public half of a private key. */
export function publicKeyOf(privateKey: KeyObject): KeyObject {
  return createPublicKey(privateKey);
}

/** A key's identifier: the first 16 hex digits of the SHA-256 of its public key (SPKI DER). */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** The Ed25519 signature of `canonical` (UTF-8), base64url. */
export function signCanonical(canonical: string, privateKey: KeyObject): string {
  return sign(null, Buffer.from(canonical, 'utf8'), privateKey).toString('base64url');
}

/** Whether `signature` (base64url) is `publicKey`'s signature of `canonical`; false for malformed input. */
export function verifyCanonical(canonical: string, signature: string, publicKey: KeyObject): boolean {
  if (!/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
  try {
    return verify(null, Buffer.from(canonical, 'utf8'), publicKey, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
