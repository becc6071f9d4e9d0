// The staff measure form's values as strings (echoed after a refused submission so nothing typed is
// lost, and prefilled from a stored measure when editing). Pure.
import type { MeasureRow } from '../db/queries/measures';
import { MEASURE_FIELDS } from './measure-schema';

type ListField = 'levels' | 'listKinds';
export type MeasureFormValues = Record<Exclude<(typeof MEASURE_FIELDS)[number], ListField>, string> & Record<ListField, string[]>;

/** Echo of a submitted form. */
export function measureFormValuesOf(form: FormData): MeasureFormValues {
  const values = emptyMeasureFormValues();
  for (const name of MEASURE_FIELDS) {
    if (name === 'levels' || name === 'listKinds')
      values[name] = form
        .getAll(name)
        .filter((v): v is string => typeof v === 'string')
        .slice(0, 10);
    else {
      const v = form.get(name);
      values[name] = typeof v === 'string' ? v.slice(0, 10_000) : '';
    }
  }
  return values;
}

/** A stored measure as form values (editing). */
export function measureFormValuesOfRow(m: MeasureRow): MeasureFormValues {
  return {
    code: m.code,
    kind: m.kind,
    levels: [...m.levels],
    listKinds: [...m.listKinds],
    titleZhCn: m.title['zh-CN'],
    titleZhTw: m.title['zh-TW'],
    titleEn: m.title.en,
    descriptionZhCn: m.description['zh-CN'],
    descriptionZhTw: m.description['zh-TW'],
    descriptionEn: m.description.en,
    legalBasisZh: m.legalBasis.zh,
    legalBasisEn: m.legalBasis.en,
    department: m.department?.code ?? '',
    effectiveFrom: m.effectiveFrom,
    effectiveTo: m.effectiveTo ?? '',
    excludesSupport: m.excludesSupport ? 'on' : '',
  };
}

/** An empty form (a new measure). */
export function emptyMeasureFormValues(department = ''): MeasureFormValues {
  const values = Object.fromEntries(MEASURE_FIELDS.map((f) => [f, ''])) as unknown as MeasureFormValues;
  return { ...values, kind: 'punitive', levels: [], listKinds: [], department };
}
