/**
 * A seeded generator (sfc32), so a dataset is the same on every machine and every run: a benchmark that
 * regresses can be told apart from data that changed.
 */
export type Rng = {
  /** Uniform in [0, 1). */
  next(): number
  /** Whole number in [min, max]. */
  int(min: number, max: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** One of the keys, drawn with the given weights. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K
  /** An independent stream, so drawing more from one part never shifts another. */
  fork(label: string): Rng
}

function hash32(text: string, seed: number): number {
  let h = seed ^ 0x9e3779b9
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x85ebca6b)
  return (h ^ (h >>> 15)) >>> 0
}

export function createRng(seed: number): Rng {
  let a = hash32('a', seed)
  let b = hash32('b', seed)
  let c = hash32('c', seed)
  let d = 1
  const next = () => {
    a >>>= 0
    b >>>= 0
    c >>>= 0
    d >>>= 0
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 12; i++) next()
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    weighted(weights) {
      const entries = Object.entries(weights) as Array<[keyof typeof weights, number]>
      const total = entries.reduce((sum, [, w]) => sum + w, 0)
      let roll = next() * total
      for (const [key, w] of entries) {
        roll -= w
        if (roll < 0) return key
      }
      return entries[entries.length - 1]![0]
    },
    fork: (label) => createRng(hash32(label, seed)),
  }
  return rng
}

export type Sample<T> = { offer(item: T): void; items: T[] }

/** Keeps a uniform sample of at most `size` items from a stream of unknown length (reservoir sampling). */
export function createSample<T>(size: number, rng: Rng): Sample<T> {
  const items: T[] = []
  let seen = 0
  return {
    offer(item: T) {
      seen++
      if (items.length < size) items.push(item)
      else {
        const j = Math.floor(rng.next() * seen)
        if (j < size) items[j] = item
      }
    },
    items,
  }
}
