// One pass over decoded audio for everything the editor needs: peaks per bin, pause levels,
// loudness sub-blocks and true peak. A part of a file keeps only its own sample range and uses
// the samples just before it to settle the filters, so parts merge into a seamless whole.

import { BinBatchWriter, type BinBatch } from './bin-batches.js';
import { BinGrid } from './bin-grid.js';
import { ScanState, scan, warm } from './scan-kernels.js';
import { SimdStereoScan } from './scan-simd.js';
import { SubBlockEnergyWriter, type SubBlockEnergy } from './sub-block-energy.js';
import { TruePeakMeter } from './true-peak.js';

export interface AnalyzerOptions {
  sampleRate: number;
  channels: number;
  perSecond: number;
  /** First sample of the file this part keeps; earlier samples only warm the filters. */
  keepFrom: number;
  /** Sample after the last one kept (Infinity: up to the end of the stream). */
  keepTo: number;
}

export interface AnalysisTail {
  loudness: SubBlockEnergy;
  /** Linear, over every channel. */
  truePeak: number;
  samplePeak: number;
  /** One past the last sample kept. */
  end: number;
}

export class Analyzer {
  private readonly bins: BinGrid;
  private readonly blocks: BinGrid;
  private readonly state: ScanState;
  /** Stereo runs through the WebAssembly SIMD kernel where the engine has it (same results). */
  private readonly simd: SimdStereoScan | null;
  private readonly binOut: BinBatchWriter;
  private readonly blockOut = new SubBlockEnergyWriter();
  private readonly truePeak: TruePeakMeter;
  private bin = -1;
  private binEnd = 0;
  private block = -1;
  private blockEnd = 0;
  private binUsed = false;
  /** K-weighted energy of the current bin (pauses) and sub-block (loudness). */
  private binEnergy = 0;
  private binSamples = 0;
  private blockEnergy = 0;
  private samplePeak = 0;
  private end: number;

  constructor(private readonly options: AnalyzerOptions) {
    this.bins = new BinGrid(options.sampleRate, options.perSecond);
    this.blocks = new BinGrid(options.sampleRate, 10);
    this.state = new ScanState(options.sampleRate, options.channels);
    this.simd = options.channels === 2 ? SimdStereoScan.create(this.state) : null;
    this.binOut = new BinBatchWriter(options.channels);
    this.truePeak = new TruePeakMeter(options.channels);
    this.end = options.keepFrom;
  }

  /** True once the kept range is complete: the caller may stop decoding. */
  get full(): boolean {
    return this.end >= this.options.keepTo;
  }

  /** `length` samples of each channel from index `from`; the first is sample `first` of the file. */
  push(data: readonly Float32Array[], from: number, length: number, first: number): void {
    const { keepFrom, keepTo } = this.options;
    const last = first + length;
    if (first < keepFrom) {
      const lead = Math.min(last, keepFrom) - first;
      warm(this.state, data, from, from + lead);
      this.truePeak.lead(data, from, from + lead);
    }
    const start = Math.max(first, keepFrom);
    const stop = Math.min(last, keepTo);
    if (stop <= start) return;
    if (start !== this.end) throw new Error(`analyzer: expected sample ${this.end}, got ${start}`);
    if (this.bin < 0) this.openBin(this.bins.binOf(start));
    if (this.block < 0) this.openBlock(this.blocks.binOf(start));
    let i = from + (start - first);
    let g = start;
    this.simd?.load(data[0] as Float32Array, data[1] as Float32Array, i, i + (stop - start));
    while (g < stop) {
      const until = Math.min(stop, this.binEnd, this.blockEnd);
      if (this.simd) this.simd.scan(i, i + (until - g));
      else scan(this.state, data, i, i + (until - g));
      this.binEnergy += this.state.kStretch;
      this.binSamples += until - g;
      this.blockEnergy += this.state.kStretch;
      // The bin's extremes so far are real samples that bound this stretch: the true-peak meter
      // counts them as sample peak and skips the stretch when it cannot beat the peak so far.
      this.truePeak.push(data, i, i + (until - g), this.state.cmn, this.state.cmx);
      this.binUsed = true;
      i += until - g;
      g = until;
      if (g === this.binEnd) this.closeBin();
      if (g === this.blockEnd) this.closeBlock();
    }
    this.end = stop;
  }

  /** Bins completed since the last call. */
  takeBins(): BinBatch | null {
    return this.binOut.take();
  }

  /** Ends the part: the last bins (partial bin included) and the loudness data. */
  finish(): { bins: BinBatch | null; tail: AnalysisTail } {
    if (this.binUsed) this.closeBin();
    if (this.block >= 0 && this.blockEnergy > 0) this.closeBlock();
    return {
      bins: this.binOut.take(),
      tail: {
        loudness: this.blockOut.result(),
        truePeak: this.truePeak.peak,
        samplePeak: this.samplePeak,
        end: this.end,
      },
    };
  }

  private openBin(bin: number): void {
    this.bin = bin;
    this.binEnd = this.bins.startOf(bin + 1);
    this.binUsed = false;
  }

  private closeBin(): void {
    const s = this.state;
    this.binOut.append(this.bin, s.mn, s.mx, this.binEnergy / Math.max(1, this.binSamples), s.cmn, s.cmx);
    this.binEnergy = 0;
    this.binSamples = 0;
    for (let c = 0; c < s.channels; c++) {
      this.samplePeak = Math.max(this.samplePeak, -(s.cmn[c] as number), s.cmx[c] as number);
    }
    s.resetBin();
    this.openBin(this.bin + 1);
  }

  private openBlock(block: number): void {
    this.block = block;
    this.blockEnd = this.blocks.startOf(block + 1);
  }

  private closeBlock(): void {
    this.blockOut.add(this.block, this.blockEnergy);
    this.blockEnergy = 0;
    this.openBlock(this.block + 1);
  }
}
