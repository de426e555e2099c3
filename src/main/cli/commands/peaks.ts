// `balado peaks FILE [--per-second N] [--out FILE] [--json]`: a file's waveform peaks. Needs no
// library. --json prints { duration, perSecond, min, max } (mono mix, floats in [-1, 1]); --out
// writes the binary peaks file the app caches. Ctrl-C cancels cleanly.

import path from 'node:path';
import { hashFile } from '../../services/audio/hash-file.js';
import { computePeaks } from '../../services/peaks/compute-peaks.js';
import { durationSeconds, MAX_PER_SECOND, MIN_PER_SECOND } from '../../services/peaks/peaks-data.js';
import { writePeaksFile } from '../../services/peaks/peaks-cache.js';
import { FULL_SCALE } from '../../services/peaks/bin-grid.js';
import { formatDuration, type Output } from '../output.js';
import { intOption, parseCommand } from '../options.js';
import { UsageError } from '../usage-error.js';

export interface PeaksCliContext {
  out: Output;
  progress(line: string): void;
}

const unit = (v: number) => Math.round((v / FULL_SCALE) * 1e4) / 1e4;

export async function peaksCommand(ctx: PeaksCliContext, argv: string[]): Promise<void> {
  const { values: v, positionals } = parseCommand(argv, {
    'per-second': { type: 'string' },
    out: { type: 'string' },
  }, { min: 1, max: 1, names: 'FILE' });
  const perSecond = intOption('per-second', v['per-second']) ?? 100;
  if (perSecond < MIN_PER_SECOND || perSecond > MAX_PER_SECOND) {
    throw new UsageError(`--per-second must be between ${MIN_PER_SECOND} and ${MAX_PER_SECOND}`);
  }
  const file = path.resolve(positionals[0] as string);
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  try {
    const [data, hash] = await Promise.all([
      computePeaks(file, {
        perSecond,
        signal: controller.signal,
        onProgress: (p) => ctx.progress(`peaks ${Math.round(p.fraction * 100)} %`),
      }),
      v.out ? hashFile(file, { signal: controller.signal }) : Promise.resolve(null),
    ]);
    const duration = durationSeconds(data);
    if (v.out) {
      const out = path.resolve(v.out);
      await writePeaksFile(out, data, hash?.sha256 ?? '');
      ctx.out.result({ out, duration, perSecond, bins: data.min.length }, () => `Wrote ${data.min.length} bins (${formatDuration(duration * 1000)}) to ${out}`);
      return;
    }
    if (ctx.out.json) {
      // One line, not the indented JSON of other commands: a 3-hour episode has two million values.
      process.stdout.write(`${JSON.stringify({ duration, perSecond, min: Array.from(data.min, unit), max: Array.from(data.max, unit) })}\n`);
      return;
    }
    const { integratedLufs, truePeakDbtp } = data.loudness;
    const pauses = data.silences.slice(0, 8).map((s) => `${(s.startMs / 1000).toFixed(1)}–${(s.endMs / 1000).toFixed(1)} s`);
    ctx.out.result(null, () => [
      `${path.basename(file)}: ${formatDuration(duration * 1000)} (${duration.toFixed(3)} s), ${data.sampleRate} Hz, ${data.channels} ch${data.vbr ? ', VBR' : ''}`,
      `${data.min.length} bins at ${perSecond}/s; loudness ${integratedLufs ?? '-∞'} LUFS, true peak ${truePeakDbtp ?? '-∞'} dBTP`,
      data.silences.length === 0 ? 'No pauses.' : `${data.silences.length} pauses: ${pauses.join(', ')}${data.silences.length > 8 ? ', …' : ''}`,
    ].join('\n'));
  } finally {
    process.off('SIGINT', interrupt);
  }
}
