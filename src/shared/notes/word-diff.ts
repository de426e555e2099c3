// Word diff of a source since its translation ("initiateur" → "fondateur"), for the editor to show
// beside a row that needs an update. Longest common subsequence over tokens; spaces ride along.

import type { WordDiffOp } from './types.js';
import { tokenize } from './tokens.js';

/** Beyond this many token pairs the table would be too big to be worth it: one replace instead. */
const MAX_CELLS = 4_000_000;

function push(ops: WordDiffOp[], op: WordDiffOp['op'], text: string): void {
  const last = ops.at(-1);
  if (last && last.op === op) last.text += text;
  else if (text !== '') ops.push({ op, text });
}

/**
 * Joining the `equal` and `delete` parts gives `before`; `equal` and `insert` give `after`.
 * Within a changed stretch, deletions come before insertions.
 */
export function wordDiff(before: string, after: string): WordDiffOp[] {
  const a = tokenize(before);
  const b = tokenize(after);
  // Common prefix and suffix first: most edits touch a few words in the middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: WordDiffOp[] = [];
  push(ops, 'equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    push(ops, 'delete', midA.join(''));
    push(ops, 'insert', midB.join(''));
  } else {
    for (const op of lcsOps(midA, midB)) push(ops, op.op, op.text);
  }
  push(ops, 'equal', a.slice(endA).join(''));
  return ops;
}

function lcsOps(a: string[], b: string[]): WordDiffOp[] {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // lengths[i][j] = LCS of a[i..] and b[j..], filled from the end.
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j]
        ? (lengths[(i + 1) * width + j + 1] as number) + 1
        : Math.max(lengths[(i + 1) * width + j] as number, lengths[i * width + j + 1] as number);
    }
  }
  const ops: WordDiffOp[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) ops.push({ op: 'delete', text: deleted });
    if (inserted) ops.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      flush();
      ops.push({ op: 'equal', text: a[i] as string });
      i++;
      j++;
    } else if (j >= m || (i < n && (lengths[(i + 1) * width + j] as number) >= (lengths[i * width + j + 1] as number))) {
      deleted += a[i++] as string;
    } else {
      inserted += b[j++] as string;
    }
  }
  flush();
  return ops;
}
