import 'server-only';
// The on-time rate of collection per department and per kind against the 7 / 20 working-day rules
// (Jinan §5, Jieshou §4), for the timeliness page and GET /api/v1/stats/timeliness.
import { unstable_cache } from 'next/cache';
import { tags } from '../cache/tags';
import { getSql } from '../db/client';
import { ensureWorkCalendar } from '../db/mutations/intake-records';
import { sumTimeliness } from '../db/queries/get-timeliness';
import { TIMELINESS_LONG_LIMIT, TIMELINESS_SHORT_LIMIT, timelinessLimit } from '../domain/intake';
import { RECORD_KINDS, type Locale, type RecordKind } from '../domain/vocabulary';
import { onTimeRate } from '../intake/timeliness';
import { firstMonthOfWindow } from './get-stats';

/** Months covered by default (the current one included). */
export const TIMELINESS_MONTHS = 12;

export interface TimelinessGroup {
  records: number;
  onTime: number;
  /** onTime / records, 0..1; null when nothing was collected. */
  onTimeRate: number | null;
  /** Mean working days from production to collection. */
  averageLag: number | null;
}

export interface TimelinessReport {
  from: string;
  to: string;
  rules: { shortLimit: number; longLimit: number; limits: Record<RecordKind, number> };
  departments: (TimelinessGroup & { code: string; name: Record<Locale, string> })[];
  kinds: (TimelinessGroup & { kind: RecordKind; limit: number })[];
  total: TimelinessGroup;
}

function group(records: number, onTime: number, lagSum: number): TimelinessGroup {
  return { records, onTime, onTimeRate: onTimeRate(onTime, records), averageLag: records > 0 ? Math.round((lagSum / records) * 10) / 10 : null };
}

async function buildReport(fromMonth: string, toMonth: string): Promise<TimelinessReport> {
  // The first reader after a deployment fills the calendar table and measures existing records.
  await ensureWorkCalendar(getSql());
  const rows = await sumTimeliness(fromMonth, toMonth);
  const byDept = new Map<string, { name: Record<Locale, string>; records: number; onTime: number; lag: number }>();
  const byKind = new Map<RecordKind, { records: number; onTime: number; lag: number }>();
  let records = 0;
  let onTime = 0;
  let lag = 0;
  for (const r of rows) {
    const d = byDept.get(r.departmentCode) ?? { name: r.departmentName, records: 0, onTime: 0, lag: 0 };
    d.records += r.records;
    d.onTime += r.onTime;
    d.lag += r.lagSum;
    byDept.set(r.departmentCode, d);
    const k = byKind.get(r.kind) ?? { records: 0, onTime: 0, lag: 0 };
    k.records += r.records;
    k.onTime += r.onTime;
    k.lag += r.lagSum;
    byKind.set(r.kind, k);
    records += r.records;
    onTime += r.onTime;
    lag += r.lagSum;
  }
  const lastDay = new Date(`${toMonth}T00:00:00Z`);
  lastDay.setUTCMonth(lastDay.getUTCMonth() + 1, 0);
  return {
    from: fromMonth,
    to: lastDay.toISOString().slice(0, 10),
    rules: {
      shortLimit: TIMELINESS_SHORT_LIMIT,
      longLimit: TIMELINESS_LONG_LIMIT,
      limits: Object.fromEntries(RECORD_KINDS.map((k) => [k, timelinessLimit(k)])) as Record<RecordKind, number>,
    },
    departments: [...byDept]
      .map(([code, d]) => ({ code, name: d.name, ...group(d.records, d.onTime, d.lag) }))
      .sort((a, b) => b.records - a.records || a.code.localeCompare(b.code)),
    kinds: RECORD_KINDS.filter((k) => byKind.has(k)).map((kind) => {
      const k = byKind.get(kind)!;
      return { kind, limit: timelinessLimit(kind), ...group(k.records, k.onTime, k.lag) };
    }),
    total: group(records, onTime, lag),
  };
}

const cachedReport = unstable_cache(buildReport, ['stats', 'timeliness'], { tags: [tags.stats, tags.timeliness], revalidate: 600 });

/** The report for the `months` months up to `today`'s month (cached per window, ten minutes; expired by the worker with any record change, tag timeliness). */
export function getTimelinessReport(today: string, months: number = TIMELINESS_MONTHS): Promise<TimelinessReport> {
  return cachedReport(firstMonthOfWindow(today, months), `${today.slice(0, 7)}-01`);
}
