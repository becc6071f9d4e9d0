// Measures of the catalogue for tests: each with a unique code, removed again by deleteMeasures.
import crypto from 'node:crypto';
import { getSql } from '../../lib/db/client';
import type { MeasureKind } from '../../lib/domain/measures';
import type { CreditLevel, ListingKind } from '../../lib/domain/vocabulary';

export interface MeasureSpec {
  kind?: MeasureKind;
  levels?: CreditLevel[];
  listKinds?: ListingKind[];
  effectiveFrom?: string;
  effectiveTo?: string | null;
  excludesSupport?: boolean;
}

/** Inserts a measure with a unique code and returns the code. */
export async function createMeasure(spec: MeasureSpec = {}): Promise<string> {
  const code = `test-${crypto.randomBytes(5).toString('hex')}`;
  await getSql()`
    insert into credit_measures (code, kind, levels, list_kinds, title_zh_cn, title_zh_tw, title_en, description_zh_cn, description_zh_tw,
      description_en, legal_basis_zh, legal_basis_en, effective_from, effective_to, excludes_support)
    values (${code}, ${spec.kind ?? 'punitive'}, ${spec.levels ?? []}::credit_level[], ${spec.listKinds ?? []}::record_kind[],
      ${`测试措施${code}`}, ${`測試措施${code}`}, ${`Test measure ${code}`}, '测试', '測試', 'Test', '测试依据', 'Test basis',
      ${spec.effectiveFrom ?? '2020-01-01'}, ${spec.effectiveTo ?? null}, ${spec.excludesSupport ?? false})`;
  return code;
}

/** Removes measures made by createMeasure. */
export async function deleteMeasures(codes: readonly string[]): Promise<void> {
  if (codes.length > 0) await getSql()`delete from credit_measures where code = any(${[...codes]}::text[])`;
}
