// Department API tokens: 32 random bytes, shown once; the database keeps only their SHA-256 and
// a short prefix that lets a person tell tokens apart in a listing.
import { createHash, randomBytes } from 'node:crypto';

const TOKEN_PREFIX = 'cdi_';

/** A new token with its display prefix and hash. */
export function generateDepartmentToken(): { token: string; prefix: string; hash: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, TOKEN_PREFIX.length + 8), hash: hashDepartmentToken(token) };
}

/** The stored form of a token. */
export function hashDepartmentToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
