// Credit commitments (信用承诺, Jinan 2019 (一)): what a firm signed under the 告知承诺制 and whether it
// kept it. Pure: the vocabulary, the rules on the intake fields, and the keyset cursor of the list.

/** A commitment's state: `pending` while its term runs, `kept`, or `broken` (违反承诺). */
export const COMMITMENT_STATUSES = ['pending', 'kept', 'broken'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** A procedure code of a commitment template: lowercase letters, digits and dashes (used in URLs and exports). */
export const PROCEDURE_CODE = /^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/;

/** The keyset position after an entry of the list (newest first): its signing date and record id. */
export interface CommitmentCursor {
  signedOn: string;
  id: string;
}

/** Writes a cursor as it travels in a URL: `2026-03-05.1234`. */
export function encodeCommitmentCursor(c: CommitmentCursor): string {
  return `${c.signedOn}.${c.id}`;
}

/** Reads a cursor written by encodeCommitmentCursor, or null when it is not one. */
export function decodeCommitmentCursor(value: string): CommitmentCursor | null {
  const m = /^(\d{4}-\d{2}-\d{2})\.([1-9]\d{0,17})$/.exec(value);
  return m ? { signedOn: m[1]!, id: m[2]! } : null;
}

/** Whether a template is in force on `day` (both ends inclusive). */
export function templateInForce(t: { effectiveFrom: string; effectiveTo: string | null }, day: string): boolean {
  return t.effectiveFrom <= day && (t.effectiveTo === null || t.effectiveTo >= day);
}
