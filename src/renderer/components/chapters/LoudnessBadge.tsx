// The episode's integrated loudness and true peak from the peaks pass, with a warning (symbol and
// words) outside what podcast apps expect: −16 LUFS ± 1 and a true peak at most −1 dBTP.
import type { LoudnessSummary } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n-context';

const TARGET = -16;

export function LoudnessBadge({ loudness }: { loudness: LoudnessSummary }) {
  const { t, lang } = useI18n();
  const number = (n: number) => `${n < 0 ? '−' : ''}${new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(n))}`;
  const { integratedLufs: lufs, truePeakDbtp: peak } = loudness;
  if (lufs === null) return <span className="loudness muted" data-testid="loudness">{t('loudness.silent')}</span>;
  const problems = [
    lufs < TARGET - 1 ? t('loudness.quiet') : null,
    lufs > TARGET + 1 ? t('loudness.loud') : null,
    peak !== null && peak > -1 ? t('loudness.peak') : null,
  ].filter((p): p is string => p !== null);
  const verdict = problems.length ? problems.join(' ; ') : t('loudness.ok');
  return (
    <span className={`loudness tabular${problems.length ? ' off-target' : ''}`} data-testid="loudness" title={`${t('loudness.label')}${lang === 'fr' ? ' : ' : ': '}${verdict}`}>
      {problems.length > 0 && <span aria-hidden="true">⚠ </span>}
      {number(lufs)} LUFS · {peak === null ? '—' : `${number(peak)} dBTP`}
      <span className="visually-hidden">{` — ${verdict}`}</span>
    </span>
  );
}
