// Timeliness of collection per department and per kind, from the monthly aggregate maintained by
// intake (timeliness_stats: a few rows per department, kind and month, never the records).
import type { RecordKind } from '../../domain/vocabulary';
import { getSql } from '../client';

export interface TimelinessRow {
  departmentCode: string;
  departmentName: { 'zh-CN': string; 'zh-TW': string; en: string };
  kind: RecordKind;
  records: number;
  onTime: number;
  lagSum: number;
}

/** Aggregated counts per department and kind for the months from `fromMonth` to `toMonth` (first days, inclusive). */
export async function sumTimeliness(fromMonth: string, toMonth: string): Promise<TimelinessRow[]> {
  const rows = await getSql()<(Omit<TimelinessRow, 'departmentName'> & { zhCn: string; zhTw: string; en: string })[]>`
    select d.code as "departmentCode", d.name_zh_cn as "zhCn", d.name_zh_tw as "zhTw", d.name_en as en, s.kind,
           sum(s.records)::int as records, sum(s.on_time)::int as "onTime", sum(s.lag_sum)::float8 as "lagSum"
    from timeliness_stats s join departments d on d.id = s.department_id
    where s.month between ${fromMonth} and ${toMonth}
    group by d.code, d.name_zh_cn, d.name_zh_tw, d.name_en, s.kind
    order by d.code, s.kind`;
  return rows.map(({ zhCn, zhTw, en, ...r }) => ({ ...r, departmentName: { 'zh-CN': zhCn, 'zh-TW': zhTw, en } }));
}
