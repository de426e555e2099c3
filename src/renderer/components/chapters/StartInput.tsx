// A chapter's start, edited by typing h:mm:ss.mmm (a decimal comma works too): applied on Enter or
// when leaving the field; Escape puts the saved value back. A typo is shown, never applied.
import { useRef, useState } from 'react';
import { MAX_CHAPTER_MS } from '../../../shared/domain/schemas';
import { formatClock, parseClock } from '../../lib/timecode';
import { useI18n } from '../../i18n/i18n-context';

interface Props {
  ms: number;
  label: string;
  testId: string;
  /** aria-invalid for errors, data-warning for warnings, from the row's findings. */
  marks: { 'aria-invalid': boolean; 'data-warning': true | undefined };
  onChange: (ms: number) => void;
}

export function StartInput({ ms, label, testId, marks, onChange }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<string | null>(null);
  // Escape also leaves the field (the editor takes its keys back): that blur must not apply the draft.
  const cancelled = useRef(false);
  const parsed = draft === null ? ms : parseClock(draft);
  const invalid = parsed === null || parsed > MAX_CHAPTER_MS;
  const apply = () => {
    if (cancelled.current) {
      cancelled.current = false;
      setDraft(null);
      return;
    }
    if (draft !== null && !invalid && parsed !== ms) onChange(parsed);
    if (!invalid) setDraft(null);
  };
  return (
    <span className="start-cell">
      <input
        className="start-input tabular"
        value={draft ?? formatClock(ms)}
        aria-label={label}
        {...marks}
        aria-invalid={invalid || marks['aria-invalid']}
        data-testid={testId}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          } else if (e.key === 'Escape') {
            cancelled.current = true;
            setDraft(null);
          }
        }}
      />
      {invalid && <span className="cell-problem" role="alert">⚠ {t('chapters.badStart')}</span>}
    </span>
  );
}
