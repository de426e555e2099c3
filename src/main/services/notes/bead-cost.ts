// The cost (−log probability, in nats) of one bead of the Gale & Church (1993) aligner: a prior
// per bead type, their length model on characters, plus what show notes add — kinds should
// agree (a heading is rarely a paragraph's translation) and shared anchors tie segments.

import type { NoteKind } from '../../../shared/notes/types.js';

export interface AlignItem {
  /** Characters (code points) of the text without Markdown markers. */
  length: number;
  kind: NoteKind;
  anchors: ReadonlySet<string>;
}

/** A bead takes `fr` French items and `en` English ones. */
export interface BeadType {
  fr: 0 | 1 | 2;
  en: 0 | 1 | 2;
  cost: number;
}

// Priors: Gale & Church's 1-1 .89 / 2-1 .089 / 1-0 .0099, with more room for one-language
// segments, which bilingual show notes have plenty of (an English-only list, a heading).
export const BEAD_TYPES: readonly BeadType[] = [
  { fr: 1, en: 1, cost: -Math.log(0.8) },
  { fr: 1, en: 0, cost: -Math.log(0.04) },
  { fr: 0, en: 1, cost: -Math.log(0.04) },
  { fr: 2, en: 1, cost: -Math.log(0.04) },
  { fr: 1, en: 2, cost: -Math.log(0.04) },
];

/** English characters per French character, and the variance per character (G&C's s² = 6.8). */
const LENGTH_RATIO = 0.92;
const VARIANCE = 6.8;

/** ln(2·(1 − Φ(|δ|))) = ln erfc(|δ|/√2): how likely a length difference this large is. */
export function logTwoSidedTail(delta: number): number {
  const x = Math.abs(delta) / Math.SQRT2;
  if (x > 5) return -x * x - Math.log(x * Math.sqrt(Math.PI)) + Math.log1p(-1 / (2 * x * x));
  // Abramowitz & Stegun 7.1.26, |error| < 1.5e-7.
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return Math.log(poly) - x * x;
}

function lengthCost(frLength: number, enLength: number): number {
  const mean = (frLength + enLength / LENGTH_RATIO) / 2;
  if (mean === 0) return 0;
  const delta = (enLength - frLength * LENGTH_RATIO) / Math.sqrt(VARIANCE * mean);
  return -logTwoSidedTail(delta);
}

function kindCost(fr: readonly AlignItem[], en: readonly AlignItem[]): number {
  const kinds = new Set([...fr, ...en].map((i) => i.kind));
  if (kinds.size === 1) return fr.length + en.length > 2 && kinds.has('heading') ? 8 : 0;
  if (fr.length + en.length > 2) return 5;
  if (kinds.has('heading')) return 3;
  return 1;
}

function anchorCost(fr: readonly AlignItem[], en: readonly AlignItem[]): number {
  const frAnchors = new Set(fr.flatMap((i) => [...i.anchors]));
  const enAnchors = new Set(en.flatMap((i) => [...i.anchors]));
  let shared = 0;
  for (const anchor of frAnchors) if (enAnchors.has(anchor)) shared++;
  if (shared > 0) return -Math.min(4, 1.2 * shared);
  // Both sides full of names and numbers, none in common: probably not each other's translation.
  return frAnchors.size >= 2 && enAnchors.size >= 2 ? 1 : 0;
}

/** Cost of pairing `fr` with `en` (either may be empty, not both). */
export function beadCost(type: BeadType, fr: readonly AlignItem[], en: readonly AlignItem[]): number {
  if (fr.length === 0 || en.length === 0) return type.cost;
  const sum = (items: readonly AlignItem[]) => items.reduce((total, i) => total + i.length, 0);
  return type.cost + lengthCost(sum(fr), sum(en)) + kindCost(fr, en) + anchorCost(fr, en);
}
