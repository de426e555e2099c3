// Where the ruler puts its ticks and labels at a zoom: labels at least ~90 px apart on round
// clock values (a tenth of a second when zoomed right in … 2 h), minor ticks between them.

const LABEL_STEPS = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];
const MINOR_DIVISIONS: Record<number, number> = {
  0.1: 10, 0.2: 4, 0.5: 5, 1: 10, 2: 4, 5: 5, 10: 10, 15: 3, 30: 6, 60: 6, 120: 4, 300: 5, 600: 10, 900: 3, 1800: 6, 3600: 6, 7200: 4,
};

export interface RulerSpacing {
  /** Seconds between labels. */
  label: number;
  /** Seconds between minor ticks. */
  minor: number;
}

export function rulerSpacing(pxPerSec: number, minLabelPx = 90): RulerSpacing {
  const label = LABEL_STEPS.find((s) => s * pxPerSec >= minLabelPx) ?? LABEL_STEPS[LABEL_STEPS.length - 1]!;
  let minor = label / (MINOR_DIVISIONS[label] ?? 5);
  // Ticks closer than 6 px are noise: thin them.
  while (minor * pxPerSec < 6 && minor < label) minor *= 2;
  return { label, minor: Math.min(minor, label) };
}
