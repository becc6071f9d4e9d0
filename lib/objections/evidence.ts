// Evidence files of objections and repair requests: checked from their bytes, stored outside
// public/ under generated names (<DATA_DIR>/evidence/YYYY/MM/<uuid>.<ext>), never served publicly.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { EVIDENCE_LIMITS } from '../domain/objections';
import { toStorableName } from '../domain/storable-text';
import { dataDir } from '../env';
import type { FieldError } from './application-schema';

/** What an uploaded file is: evidence, or (repair) the applicant's authorisation to act for the firm. */
export type FilePurpose = 'evidence' | 'authorisation';

export interface CheckedFile {
  originalName: string;
  mimeType: (typeof EVIDENCE_LIMITS.mimeTypes)[number];
  ext: string;
  bytes: Buffer;
  sha256: string;
  /** Evidence, or the document showing a repair applicant may act for the firm. */
  purpose: FilePurpose;
}

export interface StoredFile extends Omit<CheckedFile, 'bytes'> {
  storedName: string;
  sizeBytes: number;
}

/**
 * A browser sends one empty, nameless part for an untouched file input; it is not a file. (Decoded
 * from a Server Action call, that part's missing name can arrive as the string "undefined".)
 */
function isRealFile(file: File): boolean {
  return file.size > 0 || (typeof file.name === 'string' && file.name !== '' && file.name !== 'undefined');
}

/**
 * Checks what the form says of the files (count, size, emptiness) without reading a byte of them:
 * cheap enough to run before the rate limit and the proof of work.
 */
export function checkEvidenceShape(
  files: readonly File[],
  field: FilePurpose = 'evidence',
  maxFiles: number = EVIDENCE_LIMITS.maxFiles,
): { files: File[] } | { error: FieldError } {
  const real = files.filter(isRealFile);
  if (real.length > maxFiles) return { error: { field, code: 'tooManyFiles', params: { max: maxFiles, count: real.length } } };
  for (const file of real) {
    const name = toStorableName(file.name, 200, 'file');
    if (file.size > EVIDENCE_LIMITS.maxBytes) return { error: { field, code: 'fileTooLarge', params: { name, max: 10 } } };
    if (file.size === 0) return { error: { field, code: 'fileEmpty', params: { name } } };
  }
  return { files: real };
}

/**
 * Reads and sniffs files that passed checkEvidenceShape: their real type from their bytes. Run
 * only after the anti-forgery token, the rate limit and the proof of work were checked.
 */
export async function readEvidenceFiles(files: readonly File[], purpose: FilePurpose = 'evidence'): Promise<{ files: CheckedFile[] } | { error: FieldError }> {
  const checked: CheckedFile[] = [];
  for (const file of files) {
    const name = toStorableName(file.name, 200, 'file');
    const bytes = Buffer.from(await file.arrayBuffer());
    const type = await fileTypeFromBuffer(bytes);
    const mime = type?.mime as CheckedFile['mimeType'] | undefined;
    if (!mime || !EVIDENCE_LIMITS.mimeTypes.includes(mime)) return { error: { field: purpose, code: 'fileType', params: { name } } };
    checked.push({ originalName: name, mimeType: mime, ext: type!.ext, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), purpose });
  }
  return { files: checked };
}

export function evidenceRoot(): string {
  return path.join(dataDir(), 'evidence');
}

/**
 * Writes the files under temporary names (`.part`). `commit()` renames them into place after the
 * database transaction commits; `discard()` deletes them when it does not. A crash in between
 * leaves only `.part` files, which no row points to.
 */
export async function stageEvidence(files: readonly CheckedFile[], today: string) {
  const dir = path.join(evidenceRoot(), today.slice(0, 4), today.slice(5, 7));
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const stored: (StoredFile & { partPath: string; finalPath: string })[] = [];
  try {
    for (const file of files) {
      const storedName = path.posix.join(today.slice(0, 4), today.slice(5, 7), `${randomUUID()}.${file.ext}`);
      const finalPath = path.join(evidenceRoot(), storedName);
      const partPath = `${finalPath}.part`;
      await fs.writeFile(partPath, file.bytes, { mode: 0o600, flag: 'wx' });
      stored.push({
        originalName: file.originalName,
        mimeType: file.mimeType,
        ext: file.ext,
        sha256: file.sha256,
        purpose: file.purpose,
        storedName,
        sizeBytes: file.bytes.length,
        partPath,
        finalPath,
      });
    }
  } catch (error) {
    await Promise.all(stored.map((f) => fs.rm(f.partPath, { force: true })));
    throw error;
  }
  return {
    files: stored,
    commit: () => Promise.all(stored.map((f) => fs.rename(f.partPath, f.finalPath))),
    discard: () => Promise.all(stored.map((f) => fs.rm(f.partPath, { force: true }))),
  };
}

/** Reads a stored file by its stored name (never a path from the request). */
export async function readEvidence(storedName: string): Promise<Buffer> {
  if (!/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.(pdf|jpg|png)$/.test(storedName)) throw new Error('bad stored name');
  return fs.readFile(path.join(evidenceRoot(), storedName));
}
