// Where a row splits: at the caret on the side being edited; on the other side, at the sentence
// end nearest the same proportion of its text (a translation keeps its sentences in order), or
// nowhere (it all stays above) when that side has no sentence end inside it.

/** Offsets just after a sentence end (. ! ? … : ; then space) or a line break, inside the text. */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const pattern = /[.!?…:;]["»”’)]*\s+|\n+/g;
  for (const m of text.matchAll(pattern)) {
    const at = m.index + m[0].length;
    if (at > 0 && at < text.length) ends.push(at);
  }
  return ends;
}

/** The split offset of the other side for a caret at `caret` of `edited`. */
export function matchingOffset(edited: string, caret: number, other: string): number {
  if (other.trim() === '') return 0;
  const ratio = edited.length === 0 ? 1 : caret / edited.length;
  if (ratio <= 0) return 0;
  if (ratio >= 1) return other.length;
  const ends = sentenceEnds(other);
  if (ends.length === 0) return other.length;
  const wanted = ratio * other.length;
  return ends.reduce((best, at) => (Math.abs(at - wanted) < Math.abs(best - wanted) ? at : best));
}
