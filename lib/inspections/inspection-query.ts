// The public query of the inspections list (page, API and exports): a department code and a
// keyset position. Anything else is a 400 (API) or a 404 (page).
import { AppError } from '../errors';

export interface InspectionQuery {
  department: string | null;
  /** Keyset: plans with a smaller id than this (the last id of the previous page). */
  before: number | null;
}

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function first(params: Params, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Parses `department` (a department code) and `before` (a plan id). */
export function parseInspectionQuery(params: Params): InspectionQuery {
  const department = first(params, 'department')?.trim() || null;
  if (department !== null && !/^[a-z0-9_-]{1,40}$/.test(department)) throw new AppError('bad_parameter', { param: 'department', detail: 'a department code' });
  const rawBefore = first(params, 'before')?.trim() || null;
  if (rawBefore !== null && !/^[1-9]\d{0,8}$/.test(rawBefore)) throw new AppError('bad_parameter', { param: 'before', detail: 'a plan id' });
  return { department, before: rawBefore === null ? null : Number(rawBefore) };
}

/** The query string of a list view (empty for the default view). */
export function inspectionQueryString(q: InspectionQuery): string {
  const p = new URLSearchParams();
  if (q.department) p.set('department', q.department);
  if (q.before) p.set('before', String(q.before));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** A plan id path segment, or null when it is not one. */
export function parsePlanId(raw: string): number | null {
  return /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
}
