// An export's progress as one bar that only moves forward: each phase of 'release.progress' gets a
// share of the bar by the work it usually takes (bytes written, checked and zipped dominate).
import type { ReleaseProgress } from '../../shared/domain/types';

type Step = 'planning' | 'writing' | 'verifying' | 'finishing-files' | 'zipping' | 'finishing-place';

/** Shares of the bar, in the order the export runs them. */
const SHARES: Record<'plain' | 'zip', Array<[Step, number]>> = {
  plain: [['planning', 0.04], ['writing', 0.8], ['verifying', 0.1], ['finishing-files', 0.03], ['zipping', 0], ['finishing-place', 0.03]],
  zip: [['planning', 0.03], ['writing', 0.5], ['verifying', 0.07], ['finishing-files', 0.02], ['zipping', 0.35], ['finishing-place', 0.03]],
};

export type ProgressLike = Pick<ReleaseProgress, 'phase' | 'done' | 'total'>;

/** The fraction of the current phase (0 when its total is not known yet). */
export function phaseFraction(p: ProgressLike): number {
  return p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : 0;
}

/**
 * 0…1 over the whole export. 'finishing' comes twice: reports and manifest (steps 0→1) before the
 * zip, then the move into place (steps 2→3) after it.
 */
export function overallFraction(p: ProgressLike, zip: boolean): number {
  if (p.phase === 'done') return 1;
  const shares = SHARES[zip ? 'zip' : 'plain'];
  let step: Step;
  let within = phaseFraction(p);
  if (p.phase === 'finishing') {
    step = p.done >= 2 ? 'finishing-place' : 'finishing-files';
    within = step === 'finishing-place' ? (p.done - 2) / Math.max(1, p.total - 2) : p.done;
  } else {
    step = p.phase;
  }
  let before = 0;
  for (const [name, share] of shares) {
    if (name === step) return Math.min(1, before + share * Math.min(1, Math.max(0, within)));
    before += share;
  }
  return before;
}
