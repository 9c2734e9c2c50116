/** A small seeded PRNG (mulberry32) for reproducible fuzz tests: same seed, same cases. */
export interface Random {
  next(): number;
  int(below: number): number;
  bool(): boolean;
  pick<T>(items: readonly T[]): T;
}

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return { next, int, bool: () => next() < 0.5, pick: (items) => items[int(items.length)]! };
}
