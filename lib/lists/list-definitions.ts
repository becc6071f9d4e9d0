// The five public lists (LIST_SLUGS in lib/domain/vocabulary.ts) and the record kinds behind them.
import { BLACKLIST_KINDS, LIST_SLUGS, type ListSlug, type ListingKind } from '../domain/vocabulary';

export const LIST_KINDS: Record<ListSlug, readonly ListingKind[]> = {
  'serious-illegal': ['serious_illegal_listing'],
  'abnormal-operations': ['abnormal_listing'],
  'dishonest-debtors': ['dishonest_debtor'],
  'tax-violations': ['tax_violation'],
  // Joint-punishment targets: every firm currently on one of the three blacklists.
  'joint-punishment': BLACKLIST_KINDS,
};

/** Whether a string is one of the list slugs. */
export function isListSlug(value: string): value is ListSlug {
  return (LIST_SLUGS as readonly string[]).includes(value);
}
