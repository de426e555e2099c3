// How sure the aligner is of one proposed row: a bar and its number, with a word when it is low
// (never colour alone).
import { useI18n } from '../../i18n/i18n-context';
import { LOW_CONFIDENCE } from '../../lib/align-edits';

export function ConfidenceMeter({ value, testId }: { value: number; testId: string }) {
  const { t, lang } = useI18n();
  // Floored: a row is never shown as certain (100 %) when the aligner had any doubt.
  const percent = Math.floor(value * 100);
  const text = new Intl.NumberFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'percent' }).format(percent / 100);
  const low = value < LOW_CONFIDENCE;
  return (
    <span
      className={`confidence${low ? ' low' : ''}`}
      role="meter"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={low ? `${text}, ${t('notesIo.p.toCheck')}` : text}
      aria-label={t('notesIo.p.confidence')}
      title={t('notesIo.p.confidenceHint', { value: text })}
      data-testid={testId}
      data-value={percent}
    >
      <span className="confidence-track"><span className="confidence-fill" style={{ width: `${percent}%` }} /></span>
      <span className="confidence-value tabular">{text}</span>
    </span>
  );
}
