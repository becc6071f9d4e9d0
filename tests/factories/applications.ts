// Test helpers for objections and repair requests: evidence bytes, and counts of what is stored
// (rows and files) to prove that a refused submission stores nothing.
import fs from 'node:fs';
import path from 'node:path';
import { getSql } from '../../lib/db/client';
import { dataDir } from '../../lib/env';

/** A small but real PDF (file-type recognises it by its `%PDF-` magic). */
export function pdfBytes(text = 'evidence'): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

/** A 1×1 PNG. */
export function pngBytes(): Buffer {
  return Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
}

/** A Windows executable's header: what a renamed .exe posing as a PDF really is. */
export function exeBytes(): Buffer {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

/** Rows in the applications tables and files under <DATA_DIR>/evidence (including `.part` files). */
export async function storedCounts(): Promise<{ applications: number; events: number; files: number; evidenceFiles: number; audit: number }> {
  const [row] = await getSql()<{ applications: number; events: number; files: number; audit: number }[]>`
    select (select count(*) from applications)::int as applications, (select count(*) from application_events)::int as events,
           (select count(*) from application_files)::int as files, (select count(*) from audit_log)::int as audit`;
  return { ...row!, evidenceFiles: listFiles(path.join(dataDir(), 'evidence')).length };
}

export function evidenceFilesOnDisk(): string[] {
  return listFiles(path.join(dataDir(), 'evidence'));
}
