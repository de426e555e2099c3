// `npm run bench`: runs every tests/bench/*.bench.ts module's `run()` and prints one table of
// figures against their baselines and targets. Exits 1 when a target is missed or a bench fails.
// `npm run bench -- peaks release` runs only the benches whose names are given.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow } from './bench-row.js';

interface BenchModule {
  run(): Promise<BenchRow[]>;
}

const here = path.dirname(fileURLToPath(import.meta.url));

function format(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(2) : value.toPrecision(3);
}

function table(rows: { bench: string; row: BenchRow }[]): string {
  const header = ['bench', 'figure', 'value', 'baseline', 'ratio', 'target', 'result'];
  const lines = rows.map(({ bench, row }) => [
    bench,
    row.name,
    `${format(row.value)} ${row.unit}`,
    row.baseline ? `${format(row.baseline.value)} ${row.unit} (${row.baseline.name})` : '',
    row.baseline && row.baseline.value !== 0 ? `${format(row.value / row.baseline.value)}×` : '',
    row.target ?? '',
    row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const render = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [render(header), render(widths.map((w) => '-'.repeat(w))), ...lines.map(render)].join('\n');
}

async function main(): Promise<number> {
  const only = process.argv.slice(2);
  const files = fs.readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts') && (only.length === 0 || only.includes(f.replace(/\.bench\.ts$/, ''))))
    .sort();
  if (files.length === 0) throw new Error(`no bench named ${only.join(', ')} in ${here}`);
  const results: { bench: string; row: BenchRow }[] = [];
  let failed = false;
  for (const file of files) {
    const bench = file.replace(/\.bench\.ts$/, '');
    console.log(`running ${bench}…`);
    try {
      const module = (await import(pathToFileURL(path.join(here, file)).href)) as BenchModule;
      for (const row of await module.run()) results.push({ bench, row });
    } catch (error) {
      failed = true;
      console.error(`${bench} failed:`, error);
    }
  }
  console.log(`\n${table(results)}\n`);
  const missed = results.filter(({ row }) => row.pass === false);
  if (missed.length > 0) console.log(`${missed.length} target(s) missed.`);
  return failed || missed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
