// What every decoder hands over: a run of samples per channel placed on the file's timeline.

export interface PcmChunk {
  /** One array per channel; only [from, from + length) is valid, and only during the call. */
  data: Float32Array[];
  from: number;
  length: number;
  /** File sample index of data[c][from]; negative for an MP3's encoder delay. */
  first: number;
  sampleRate: number;
  /** Share of the part's input consumed so far, 0–1. */
  fraction: number;
}

/** Takes a chunk synchronously; returns false when it needs no more (the decoder then stops). */
export type PcmSink = (chunk: PcmChunk) => boolean;
