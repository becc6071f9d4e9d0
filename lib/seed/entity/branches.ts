// Branches (分支机构) in the synthetic city: about one company in thirty is a branch of a company
// registered a little earlier. Decided by a hash of (seed, index), not by the entity's random
// stream, so every other generated column (and the pinned seed hash, tests/unit/seed.test.ts)
// stays as it was; the loader stores the link in entities.head_office_id.
import type { EntityType } from '../../domain/vocabulary';
import { createEntityRng, hash32 } from '../random';
import { ENTITY_TYPE } from './shares';

/** Share of companies that are a branch of an earlier company (when that one is a company). */
export const P_BRANCH = 1 / 30;
/** How far back (in generation order) a branch's head office may be. */
const HEAD_OFFICE_SPAN = 2_000;
/** Stream number of the branch hash, apart from the entity streams. */
const BRANCH_STREAM = 0x6272;

/** The type of generated firm `index`: the first draw of its stream (lib/seed/generate-entity.ts). */
function seedTypeOf(seed: number, index: number): EntityType {
  return ENTITY_TYPE(createEntityRng(seed, index));
}

/** The generation index of firm `index`'s head office, or null when it is not a branch (only companies have branches). */
export function headOfficeIndexOf(index: number, seed: number, type: EntityType): number | null {
  if (type !== 'company' || index === 0) return null;
  const h = hash32(seed, BRANCH_STREAM, index);
  if (h / 2 ** 32 >= P_BRANCH) return null;
  const candidate = index - 1 - (hash32(seed, BRANCH_STREAM + 1, index) % Math.min(HEAD_OFFICE_SPAN, index));
  return seedTypeOf(seed, candidate) === 'company' ? candidate : null;
}
