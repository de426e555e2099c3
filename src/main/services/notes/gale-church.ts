// Length-based alignment of a French and an English stream by dynamic programming, after Gale &
// Church (1993), with 1-1, 1-0, 0-1, 2-1 and 1-2 beads. The best path comes from Viterbi; each
// bead's confidence is its posterior probability from forward-backward over the same lattice.

import { BEAD_TYPES, beadCost, type AlignItem, type BeadType } from './bead-cost.js';

export interface Bead {
  /** Indexes into the French and English streams, in order. */
  fr: number[];
  en: number[];
  /** Posterior probability of this bead, 0–1. */
  confidence: number;
}

/** Past this many cells the lattice would take too long; callers refuse such input first. */
export const MAX_ALIGN_ITEMS = 1000;

function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const max = Math.max(a, b);
  return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
}

export function alignStreams(fr: readonly AlignItem[], en: readonly AlignItem[]): Bead[] {
  const n = fr.length;
  const m = en.length;
  if (n > MAX_ALIGN_ITEMS || m > MAX_ALIGN_ITEMS) throw new RangeError(`at most ${MAX_ALIGN_ITEMS} segments per language`);
  const width = m + 1;
  const at = (i: number, j: number) => i * width + j;
  const cost = (t: BeadType, i: number, j: number) => beadCost(t, fr.slice(i - t.fr, i), en.slice(j - t.en, j));

  // Forward pass: best (Viterbi) cost and total log-probability of reaching (i, j).
  const best = new Float64Array((n + 1) * width).fill(Infinity);
  const from = new Int8Array((n + 1) * width).fill(-1);
  const forward = new Float64Array((n + 1) * width).fill(-Infinity);
  best[0] = 0;
  forward[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let bestHere = Infinity;
      let bestType = -1;
      let logSum = -Infinity;
      BEAD_TYPES.forEach((t, k) => {
        if (t.fr > i || t.en > j) return;
        const previous = at(i - t.fr, j - t.en);
        const c = cost(t, i, j);
        const viaBest = (best[previous] as number) + c;
        if (viaBest < bestHere) {
          bestHere = viaBest;
          bestType = k;
        }
        logSum = logAddExp(logSum, (forward[previous] as number) - c);
      });
      best[at(i, j)] = bestHere;
      from[at(i, j)] = bestType;
      forward[at(i, j)] = logSum;
    }
  }

  // Backward pass: log-probability of finishing from (i, j).
  const backward = new Float64Array((n + 1) * width).fill(-Infinity);
  backward[at(n, m)] = 0;
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n && j === m) continue;
      let logSum = -Infinity;
      for (const t of BEAD_TYPES) {
        if (i + t.fr > n || j + t.en > m) continue;
        logSum = logAddExp(logSum, (backward[at(i + t.fr, j + t.en)] as number) - cost(t, i + t.fr, j + t.en));
      }
      backward[at(i, j)] = logSum;
    }
  }

  const total = forward[at(n, m)] as number;
  const beads: Bead[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const t = BEAD_TYPES[from[at(i, j)] as number] as BeadType;
    const pi = i - t.fr;
    const pj = j - t.en;
    const logPosterior = (forward[at(pi, pj)] as number) - cost(t, i, j) + (backward[at(i, j)] as number) - total;
    beads.push({
      fr: Array.from({ length: t.fr }, (_, k) => pi + k),
      en: Array.from({ length: t.en }, (_, k) => pj + k),
      confidence: Math.min(1, Math.max(0, Math.exp(logPosterior))),
    });
    i = pi;
    j = pj;
  }
  return beads.reverse();
}
