// K-weighted energy per 100 ms sub-block of the file, for BS.1770 gating once the file is done.
// Sub-block i holds the samples of bin i of a 10-per-second BinGrid.

export interface SubBlockEnergy {
  /** Index of the first sub-block held. */
  first: number;
  /** Channel-summed K-weighted squares; a part's edge sub-blocks are partial and parts add up. */
  energy: Float64Array;
}

export class SubBlockEnergyWriter {
  private first = -1;
  private energy = new Float64Array(4096);
  private used = 0;

  add(block: number, sum: number): void {
    if (this.first < 0) this.first = block;
    const at = block - this.first;
    if (at < 0) throw new Error(`sub-block ${block} before the first (${this.first})`);
    if (at >= this.energy.length) {
      const grown = new Float64Array(Math.max(this.energy.length * 2, at + 1));
      grown.set(this.energy);
      this.energy = grown;
    }
    this.energy[at] = (this.energy[at] as number) + sum;
    if (at + 1 > this.used) this.used = at + 1;
  }

  result(): SubBlockEnergy {
    return { first: Math.max(0, this.first), energy: this.energy.slice(0, this.used) };
  }
}
