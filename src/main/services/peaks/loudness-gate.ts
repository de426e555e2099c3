// Integrated loudness from 100 ms sub-block energies (BS.1770-4 / EBU R128): 400 ms blocks with
// 75 % overlap, absolute gate at −70 LUFS, relative gate 10 LU below the absolutely gated mean.

const ABSOLUTE_GATE_LUFS = -70;
const RELATIVE_GATE_LU = -10;
const SUB_BLOCKS_PER_BLOCK = 4;

const lufsOf = (meanSquare: number) => -0.691 + 10 * Math.log10(meanSquare);

/**
 * `energy[i]` is the channel-weighted sum of K-weighted squares over sub-block i, which holds
 * `subBlockSamples` samples. Returns −Infinity when no block passes the gates (silence).
 */
export function integratedLoudness(energy: Float64Array, subBlockSamples: number): number {
  const blockCount = energy.length - SUB_BLOCKS_PER_BLOCK + 1;
  if (blockCount <= 0) return -Infinity;
  const blockPower = new Float64Array(blockCount);
  const blockSamples = subBlockSamples * SUB_BLOCKS_PER_BLOCK;
  for (let j = 0; j < blockCount; j++) {
    blockPower[j] = ((energy[j] as number) + (energy[j + 1] as number) + (energy[j + 2] as number)
      + (energy[j + 3] as number)) / blockSamples;
  }
  const absolute = 10 ** ((ABSOLUTE_GATE_LUFS + 0.691) / 10);
  const gatedMean = (threshold: number) => {
    let sum = 0;
    let count = 0;
    for (const p of blockPower) {
      if (p > threshold) {
        sum += p;
        count++;
      }
    }
    return count === 0 ? 0 : sum / count;
  };
  const firstMean = gatedMean(absolute);
  if (firstMean === 0) return -Infinity;
  const relative = 10 ** ((lufsOf(firstMean) + RELATIVE_GATE_LU + 0.691) / 10);
  const finalMean = gatedMean(Math.max(absolute, relative));
  return finalMean === 0 ? -Infinity : lufsOf(finalMean);
}
