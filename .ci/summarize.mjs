// Sums the JSON reports of Vitest and Playwright into the closing line CI reads:
// "N passed, N failed, N skipped". A failing step that ran no test (typecheck, lint) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let skipped = 0;
const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const unit = read('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
const e2e = read('test-results/e2e.json');
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
  skipped += e2e.stats.skipped ?? 0;
}
if (status !== 0 && failed === 0) failed = 1;
console.log(`suites: unit ${unit ? 'ran' : 'did not run'}, e2e ${e2e ? 'ran' : 'did not run'}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
