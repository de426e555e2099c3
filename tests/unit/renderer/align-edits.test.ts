import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AlignmentProposal, AlignmentSegment, NoteKind, NoteLang, ProposedRow } from '../../../src/shared/notes/types.js';
import {
  canSplit, draftFromProposal, mergeWithNext, moveSide, rowsToCommit, setDecision, setKind, sideText, splitRow, summarize, swapSides,
  type AlignDraft,
} from '../../../src/renderer/lib/align-edits.js';

const seg = (lang: NoteLang, text: string, kind: NoteKind = 'paragraph', langConfidence = 1): AlignmentSegment =>
  ({ text, kind, line: 1, lang, langConfidence });
const bead = (fr: number[], en: number[], confidence = 0.99, kind: NoteKind = 'paragraph'): ProposedRow =>
  ({ kind, fr: null, en: null, confidence, frSegments: fr, enSegments: en });

/** Shaped like the Raccords sample: a heading on one side, pairs, an English-only list, a 2-1 bead. */
const proposal: AlignmentProposal = {
  streams: {
    fr: [seg('fr', 'Les administrations publiques…'), seg('fr', 'Stéphane Vincent…'), seg('fr', 'Raccords, un balado…'), seg('fr', 'Tantôt en français…')],
    en: [seg('en', 'Show Notes', 'heading'), seg('en', 'Do public administrations…'), seg('en', 'Stéphane Vincent, founder…'),
      seg('en', 'an interview with Geoff Mulgan', 'list_item'), seg('en', 'Raccords is a podcast…')],
  },
  rows: [
    bead([], [0], 0.999, 'heading'),
    bead([0], [1]),
    bead([1], [2], 0.62),
    bead([], [3], 0.93, 'list_item'),
    bead([2, 3], [4], 0.7),
  ],
};

const texts = (draft: AlignDraft) => draft.rows.map((r) => [sideText(draft, r, 'fr'), sideText(draft, r, 'en')]);

/** Every segment of both streams, each exactly once, and no row without any text. */
function expectIntact(draft: AlignDraft): void {
  const seen = draft.rows.flatMap((r) => [...r.fr, ...r.en]).map((ref) => `${ref.stream}${ref.index}`).sort();
  const all = (['fr', 'en'] as const).flatMap((lang) => draft.streams[lang].map((_, i) => `${lang}${i}`)).sort();
  expect(seen).toEqual(all);
  expect(draft.rows.every((r) => r.fr.length + r.en.length > 0)).toBe(true);
  expect(new Set(draft.rows.map((r) => r.key)).size).toBe(draft.rows.length);
}

describe('alignment draft edits', () => {
  const draft = draftFromProposal(proposal);

  it('starts from the proposal: texts joined by a line break, confidence kept, nothing decided', () => {
    expect(texts(draft)[4]).toEqual(['Raccords, un balado…\nTantôt en français…', 'Raccords is a podcast…']);
    expect(draft.rows.map((r) => r.decision)).toEqual(['open', 'open', 'open', 'open', 'open']);
    expect(summarize(draft)).toEqual({ rows: 5, pairs: 3, oneSided: 2, toCheck: 2, rejected: 0 });
    expectIntact(draft);
  });

  it('swaps the French and English of one row and marks it reshaped', () => {
    const swapped = swapSides(draft, 'r0');
    expect(texts(swapped)[0]).toEqual(['Show Notes', null]);
    expect(swapped.rows[0]).toMatchObject({ confidence: null, decision: 'accepted', kind: 'heading' });
    expect(texts(swapped).slice(1)).toEqual(texts(draft).slice(1));
  });

  it('splits a 2-1 row into a pair and a one-sided row, in order', () => {
    const split = splitRow(draft, 'r4');
    expect(texts(split).slice(4)).toEqual([['Raccords, un balado…', 'Raccords is a podcast…'], ['Tantôt en français…', null]]);
    expect(split.rows.map((r) => r.key)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
    expect(split.nextKey).toBe(6);
    expectIntact(split);
  });

  it('splits a plain pair into its French row and its English row; a single segment stays', () => {
    const split = splitRow(draft, 'r1');
    expect(texts(split).slice(1, 3)).toEqual([['Les administrations publiques…', null], [null, 'Do public administrations…']]);
    expect(canSplit(draft.rows[0]!)).toBe(false);
    expect(splitRow(draft, 'r0')).toBe(draft);
  });

  it('merges a row with the next: a French-only and an English-only row become a pair', () => {
    const apart = splitRow(draft, 'r1');
    const merged = mergeWithNext(apart, 'r1');
    expect(texts(merged)).toEqual(texts(draft));
    expect(merged.rows[1]).toMatchObject({ confidence: null, decision: 'accepted' });
    expect(mergeWithNext(draft, 'r4')).toBe(draft);
  });

  it('moves one side into the row above or below; a row left empty goes away', () => {
    const up = moveSide(draft, 'r3', 'en', -1);
    expect(texts(up)[2]).toEqual(['Stéphane Vincent…', 'Stéphane Vincent, founder…\nan interview with Geoff Mulgan']);
    expect(up.rows).toHaveLength(4);
    const down = moveSide(draft, 'r1', 'fr', 1);
    expect(texts(down).slice(1, 3)).toEqual([[null, 'Do public administrations…'], ['Les administrations publiques…\nStéphane Vincent…', 'Stéphane Vincent, founder…']]);
    expect(moveSide(draft, 'r0', 'fr', 1)).toBe(draft);
    expect(moveSide(draft, 'r0', 'en', -1)).toBe(draft);
    expectIntact(up);
    expectIntact(down);
  });

  it('commits every row but the rejected ones, with the kind chosen', () => {
    const edited = setKind(setDecision(draft, 'r0', 'rejected'), 'r3', 'numbered_item');
    const rows = rowsToCommit(edited);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual({ kind: 'paragraph', fr: 'Les administrations publiques…', en: 'Do public administrations…' });
    expect(rows[2]).toEqual({ kind: 'numbered_item', fr: null, en: 'an interview with Geoff Mulgan' });
    expect(summarize(edited)).toMatchObject({ rejected: 1, pairs: 3, oneSided: 1 });
  });

  it('no sequence of edits loses or duplicates a segment', () => {
    // Beads as the aligner makes them (1-1, 1-0, 0-1, 2-1, 1-2), consumed until both streams are used up.
    const shapes: Array<[number, number]> = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]];
    const proposalArb = fc.record({
      fr: fc.integer({ min: 0, max: 9 }),
      en: fc.integer({ min: 0, max: 9 }),
      picks: fc.array(fc.integer({ min: 0, max: shapes.length - 1 }), { minLength: 20, maxLength: 20 }),
    }).filter((p) => p.fr + p.en > 0).map(({ fr, en, picks }): AlignmentProposal => {
      const rows: ProposedRow[] = [];
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < fr || j < en) {
        const [a, b] = shapes[picks[k++ % picks.length] ?? 0] ?? [1, 1];
        const takeFr = Math.min(a, fr - i);
        const takeEn = Math.min(b, en - j);
        if (takeFr + takeEn === 0) continue;
        rows.push(bead(Array.from({ length: takeFr }, (_, x) => i + x), Array.from({ length: takeEn }, (_, x) => j + x), 0.5));
        i += takeFr;
        j += takeEn;
      }
      const stream = (lang: NoteLang, n: number) => Array.from({ length: n }, (_, x) => seg(lang, `${lang} ${x}`, x % 3 === 0 ? 'list_item' : 'paragraph'));
      return { rows, streams: { fr: stream('fr', fr), en: stream('en', en) } };
    });
    const editArb = fc.record({
      op: fc.constantFrom('swap', 'split', 'merge', 'up', 'down', 'accept', 'reject', 'kind'),
      at: fc.nat(),
      side: fc.constantFrom<NoteLang>('fr', 'en'),
    });
    fc.assert(fc.property(proposalArb, fc.array(editArb, { maxLength: 40 }), (p, edits) => {
      let d = draftFromProposal(p);
      expectIntact(d);
      for (const edit of edits) {
        const key = d.rows[edit.at % d.rows.length]?.key ?? '';
        if (edit.op === 'swap') d = swapSides(d, key);
        else if (edit.op === 'split') d = splitRow(d, key);
        else if (edit.op === 'merge') d = mergeWithNext(d, key);
        else if (edit.op === 'up' || edit.op === 'down') d = moveSide(d, key, edit.side, edit.op === 'up' ? -1 : 1);
        else if (edit.op === 'accept') d = setDecision(d, key, 'accepted');
        else if (edit.op === 'reject') d = setDecision(d, key, 'rejected');
        else d = setKind(d, key, 'heading');
        expectIntact(d);
      }
      // What is stored plus what was left out is every segment's text, once.
      const kept = rowsToCommit(d).flatMap((r) => [r.fr, r.en]);
      const left = d.rows.filter((r) => r.decision === 'rejected').flatMap((r) => [sideText(d, r, 'fr'), sideText(d, r, 'en')]);
      const lines = [...kept, ...left].flatMap((t) => (t ? t.split('\n') : [])).sort();
      expect(lines).toEqual([...p.streams.fr, ...p.streams.en].map((s) => s.text).sort());
    }), { numRuns: 300 });
  });
});
