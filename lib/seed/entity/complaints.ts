// Complaints from the 12345 hotline, by month, over the last two years.
import type { ComplaintMonth } from '../../credit';
import { addMonthsToDay, isoOf, monthStartOf } from '../days';
import type { Context } from './context';
import { CONSUMER_FACING, P_COMPLAINTS_CONSUMER, P_COMPLAINTS_HEAVY, P_COMPLAINTS_OTHER } from './shares';

export function generateComplaints(ctx: Context): ComplaintMonth[] {
  const { rng } = ctx;
  const p = CONSUMER_FACING.has(ctx.industry.code) ? P_COMPLAINTS_CONSUMER : P_COMPLAINTS_OTHER;
  if (!rng.chance(p) || ctx.today - ctx.established < 60) return [];
  const heavy = rng.chance(P_COMPLAINTS_HEAVY);
  const monthsWanted = heavy ? rng.int(2, 7) : rng.int(1, 3);
  const chosen = new Set<number>();
  const maxMonthsAgo = Math.min(22, Math.floor((ctx.today - ctx.established) / 31));
  while (chosen.size < Math.min(monthsWanted, maxMonthsAgo + 1)) chosen.add(rng.int(0, maxMonthsAgo));
  // Heavy: 4+ complaints with a resolution rate that is mostly good, sometimes middling or poor.
  const mode = rng.next();
  const rate = heavy ? (mode < 0.5 ? 0.85 + rng.next() * 0.15 : mode < 0.75 ? 0.55 + rng.next() * 0.2 : rng.next() * 0.4) : 0.9;
  const months: ComplaintMonth[] = [];
  let total = 0;
  const sorted = [...chosen].sort((a, b) => b - a);
  for (const [i, monthsAgo] of sorted.entries()) {
    const periodStart = isoOf(monthStartOf(addMonthsToDay(ctx.today, -monthsAgo)));
    let count = heavy ? rng.int(1, 3) : 1;
    if (heavy && i === sorted.length - 1 && total + count < 4) count = 4 - total;
    total += count;
    let resolved = 0;
    for (let c = 0; c < count; c += 1) if (rng.next() < rate) resolved += 1;
    months.push({ periodStart, count, resolved });
  }
  return months;
}
