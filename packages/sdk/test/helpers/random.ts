/**
 * A small seeded PRNG (mulberry32) for property-style tests: the same seed gives the same
 * cases on every run, so a failure can be replayed from the seed and case number it reports.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/** A generator whose whole sequence is fixed by `seed`. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list.');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (p) => next() < p,
  };
}

/**
 * Runs `check` on `runs` generated cases; a failing case is rethrown with its seed and
 * number so it can be replayed alone.
 */
export function forAll<T>(
  options: {seed: number; runs: number},
  generate: (random: Random) => T,
  check: (value: T) => void,
): void {
  const random = createRandom(options.seed);
  for (let run = 0; run < options.runs; run++) {
    const value = generate(random);
    try {
      check(value);
    } catch (error) {
      const message = `Property failed on case ${run} (seed ${options.seed}): ${JSON.stringify(value)}`;
      throw new Error(message, {cause: error});
    }
  }
}
