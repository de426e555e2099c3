// One figure a benchmark reports, optionally against a baseline measured in the same run and
// a target that decides PASS/FAIL for `npm run bench`.

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** Human-readable, e.g. "< 20 ms"; `pass` says whether `value` met it. */
  target?: string;
  pass?: boolean;
}
