// A proof-of-work challenge against scripted mass submissions, with no third-party service.
// The server signs `<issuedAtMs>.<nonce>`; the browser finds a counter such that
// SHA-256("<challenge>:<counter>") starts with DIFFICULTY_BITS zero bits (about 16,000 hashes,
// well under a second), then submits it. Without JavaScript the form still works, under a
// stricter per-address limit (see submit-application.ts).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { POW_DIFFICULTY_BITS } from '../domain/objections';

export { POW_DIFFICULTY_BITS };

/** How long a challenge may be used after it was issued (a spent one is remembered as long). */
export const POW_TTL_SECONDS = 2 * 3600;
const TTL_MS = POW_TTL_SECONDS * 1000;

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`pow:${body}`).digest('base64url');
}

export function issueChallenge(secret: string, now = Date.now()): string {
  const body = `${now}.${randomBytes(12).toString('base64url')}`;
  return `${body}.${sign(secret, body)}`;
}

function leadingZeroBits(bytes: Buffer): number {
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** True when the challenge is ours, fresh, and `solution` meets the difficulty. */
export function verifySolution(secret: string, challenge: string, solution: string, now = Date.now()): boolean {
  const parts = challenge.split('.');
  if (parts.length !== 3 || !/^\d{1,12}$/.test(solution)) return false;
  const [issued, nonce, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(secret, `${issued}.${nonce}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return false;
  const age = now - Number(issued);
  if (!(age >= -60_000 && age <= TTL_MS)) return false;
  return leadingZeroBits(createHash('sha256').update(`${challenge}:${solution}`).digest()) >= POW_DIFFICULTY_BITS;
}

/** Finds a solution (tests and the benchmark; browsers use the same loop in Web Crypto). */
export function solveChallenge(challenge: string): string {
  for (let i = 0; ; i += 1) {
    if (leadingZeroBits(createHash('sha256').update(`${challenge}:${i}`).digest()) >= POW_DIFFICULTY_BITS) return String(i);
  }
}
