// Small, fast, seeded pseudo-random numbers for the deterministic seed generator (no I/O, no Math.random).

/** A seeded random stream with the helpers the generator needs. */
export interface Rng {
  /** The seed the stream was derived from (kept so callers can derive related streams). */
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** A 32-bit unsigned integer. */
  uint32(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
}

/** Mixes 32-bit values into a well-distributed 32-bit hash (murmur3 finaliser). */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes a seed and any number of integers into one 32-bit value. */
export function hash32(seed: number, ...parts: number[]): number {
  let h = mix32(seed ^ 0x9e3779b9);
  for (const part of parts) {
    // Mix both halves so indices above 2^32 would still matter.
    h = mix32(h ^ mix32((part >>> 0) + 0x7f4a7c15));
    h = mix32(h ^ Math.floor(part / 4_294_967_296));
  }
  return h;
}

/** sfc32 (Small Fast Counter), a 128-bit-state generator that passes PractRand. */
export function createRng(seed: number, ...streamParts: number[]): Rng {
  let a = hash32(seed, 1, ...streamParts);
  let b = hash32(seed, 2, ...streamParts);
  let c = hash32(seed, 3, ...streamParts);
  let d = 1;
  const uint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Warm up so that similar seeds diverge at once.
  for (let i = 0; i < 12; i += 1) uint32();
  const next = (): number => uint32() / 4_294_967_296;
  return {
    seed,
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick() from an empty array');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

/** The random stream of one entity: depends only on (seed, index), never on generation order. */
export function createEntityRng(seed: number, index: number): Rng {
  return createRng(seed, index);
}

/** A picker that chooses among values with the given relative weights (cumulative table, binary search). */
export function weighted<T>(entries: readonly (readonly [T, number])[]): (rng: Rng) => T {
  if (entries.length === 0) throw new Error('weighted() needs at least one entry');
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of entries) {
    if (!(weight >= 0)) throw new Error('weighted() weights must be non-negative');
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  if (total <= 0) throw new Error('weighted() needs a positive total weight');
  return (rng) => {
    const target = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return values[lo] as T;
  };
}

/** A day number (days since 1970-01-01) uniformly between two day numbers, both inclusive. */
export function dayBetween(rng: Rng, fromDay: number, toDay: number): number {
  return toDay <= fromDay ? fromDay : rng.int(fromDay, toDay);
}

/** An integer with a skew towards the low end: floor(min + (max-min+1) * u^power). */
export function skewedInt(rng: Rng, min: number, max: number, power: number): number {
  return Math.min(max, min + Math.floor((max - min + 1) * Math.pow(rng.next(), power)));
}
