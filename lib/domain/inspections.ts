// 双随机一公开 (issue 18 part 2; Dongguan 2017 §25, the Dalian notice (二)): random inspection plans,
// the reproducible draw of firms and inspectors, and the results. Pure: the draw runs the same in
// the site, in scripts/redraw.ts and in anyone's own re-implementation of the algorithm below.
import { createHash } from 'node:crypto';

export const INSPECTION_PLAN_STATUSES = ['draft', 'drawn', 'completed'] as const;
export type InspectionPlanStatus = (typeof INSPECTION_PLAN_STATUSES)[number];

/** 合格 / 不合格 / 限期整改 / 未发现 (the firm was not found at its address) / 已关闭 (closed down). */
export const INSPECTION_RESULTS = ['passed', 'failed', 'correction_ordered', 'not_found', 'closed'] as const;
export type InspectionResult = (typeof INSPECTION_RESULTS)[number];

/** Why a firm is on a plan: drawn at random, or a follow-up of an earlier 限期整改 result. */
export const INSPECTION_TARGET_REASONS = ['drawn', 'follow_up'] as const;
export type InspectionTargetReason = (typeof INSPECTION_TARGET_REASONS)[number];

/** Public roles of inspectors: the public sees the role, never the name (the brief, Dalian (二)). */
export const INSPECTOR_ROLES = ['law_enforcement', 'technical_expert'] as const;
export type InspectorRole = (typeof INSPECTOR_ROLES)[number];

/** scheduled: waits for its due date; due: the date has come; assigned: on a plan; done: its result is in. */
export const FOLLOW_UP_STATUSES = ['scheduled', 'due', 'assigned', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Inspectors drawn for each firm (two law-enforcement officers, as 双随机 practice requires). */
export const INSPECTORS_PER_FIRM = 2;

/** Version tag of the algorithm below, published with each plan. */
export const DRAW_ALGORITHM = 'sha256-ctr-fisher-yates-v1';

/**
 * A deterministic stream of 32-bit words from a seed: block i (i = 0, 1, 2, …) is
 * SHA-256(UTF-8 of `${seed}:${i}`), read as eight big-endian unsigned 32-bit words in order.
 */
export class SeededWords {
  private block = 0;
  private words: number[] = [];

  constructor(private readonly seed: string) {}

  next(): number {
    if (this.words.length === 0) {
      const digest = createHash('sha256').update(`${this.seed}:${this.block}`, 'utf8').digest();
      this.block += 1;
      for (let i = 0; i < 32; i += 4) this.words.push(digest.readUInt32BE(i));
    }
    return this.words.shift()!;
  }

  /** A uniform integer in [0, bound): words ≥ the largest multiple of `bound` below 2^32 are skipped (no modulo bias). */
  below(bound: number): number {
    if (!Number.isInteger(bound) || bound < 1 || bound > 2 ** 32) throw new RangeError(`bound ${bound}`);
    const limit = Math.floor(2 ** 32 / bound) * bound;
    for (;;) {
      const w = this.next();
      if (w < limit) return w % bound;
    }
  }
}

/**
 * The first `count` positions of a Fisher–Yates shuffle of [0, size): for i = 0 … count−1,
 * j = i + below(size − i), swap a[i] and a[j], take a[i]. The array is virtual (a map of the swapped
 * cells), so memory grows with `count`, not with `size`: a draw from 3 million firms holds a few
 * thousand numbers.
 */
export function partialShuffle(words: SeededWords, size: number, count: number): number[] {
  const swapped = new Map<number, number>();
  const at = (k: number) => swapped.get(k) ?? k;
  const out: number[] = [];
  for (let i = 0; i < Math.min(count, size); i++) {
    const j = i + words.below(size - i);
    const picked = at(j);
    swapped.set(j, at(i));
    swapped.set(i, picked);
    out.push(picked);
  }
  return out;
}

/** How many firms a plan draws from a snapshot of `size`: a count (at most the size) or a share in percent, rounded up. */
export function sampleSize(size: number, plan: { firmCount: number | null; sharePercent: number | null }): number {
  if (plan.firmCount !== null) return Math.min(plan.firmCount, size);
  if (plan.sharePercent !== null) return Math.min(size, Math.ceil((size * plan.sharePercent) / 100 - 1e-9));
  return 0;
}

export interface DrawOutcome {
  /** Snapshot positions (0-based, in USCC order) of the drawn firms, in draw order. */
  firmPositions: number[];
  /** For each drawn firm, the positions of its inspectors in the inspector directory (ordered by id). */
  inspectorPositions: number[][];
}

/**
 * The draw: firms first (a partial Fisher–Yates over the snapshot's positions), then, firm by firm
 * in draw order and from the same word stream, INSPECTORS_PER_FIRM inspectors (a fresh partial
 * Fisher–Yates over the inspector directory's positions for each firm).
 */
export function drawPlan(seed: string, snapshotSize: number, firms: number, inspectorPoolSize: number): DrawOutcome {
  const words = new SeededWords(seed);
  const firmPositions = partialShuffle(words, snapshotSize, firms);
  const inspectorPositions = firmPositions.map(() => (inspectorPoolSize > 0 ? partialShuffle(words, inspectorPoolSize, INSPECTORS_PER_FIRM) : []));
  return { firmPositions, inspectorPositions };
}

/** Incremental SHA-256 of a snapshot: each USCC in order followed by "\n" (what `sha256sum` of the list file prints). */
export function snapshotHasher() {
  const hash = createHash('sha256');
  let size = 0;
  return {
    add(uscc: string) {
      hash.update(`${uscc}\n`, 'utf8');
      size += 1;
    },
    finish(): { size: number; sha256: string } {
      return { size, sha256: hash.digest('hex') };
    },
  };
}

/** Whether a result orders a correction within a deadline (and so needs a follow-up). */
export function needsFollowUp(result: InspectionResult): boolean {
  return result === 'correction_ordered';
}

/** Follow-ups whose due date has come: status scheduled → due on `today` (the deadline day itself included). */
export function isFollowUpDue(dueOn: string, today: string): boolean {
  return dueOn <= today;
}
