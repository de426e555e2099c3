// Under a source that changed since its translation: the words then and now (struck / marked),
// and what to do about it: the translation still holds, or revise it.
import type { WordDiffOp } from '../../../shared/notes/types';
import { useI18n } from '../../i18n/i18n-context';

interface Props {
  ops: WordDiffOp[] | null;
  testId: string;
  onStillValid: () => void;
  onRevise: () => void;
}

const keepFocus = (e: { preventDefault: () => void }) => e.preventDefault();

export function SourceDiff({ ops, testId, onStillValid, onRevise }: Props) {
  const { t } = useI18n();
  return (
    <div className="source-diff" data-testid={testId}>
      <p className="diff-label">{t('notes.sourceChanged')}</p>
      {ops && (
        <p className="diff-text">
          {ops.map((op, i) => (op.op === 'delete'
            ? <del key={i} title={t('notes.diffBefore')}>{op.text}</del>
            : op.op === 'insert' ? <ins key={i} title={t('notes.diffAfter')}>{op.text}</ins> : <span key={i}>{op.text}</span>))}
        </p>
      )}
      <div className="diff-actions">
        <button type="button" className="button small" onMouseDown={keepFocus} onClick={onStillValid} title={t('notes.stillValidTitle')} data-testid={`${testId}-still-valid`}>
          {t('notes.stillValid')}
        </button>
        <button type="button" className="link-button" onMouseDown={keepFocus} onClick={onRevise}>{t('notes.revise')}</button>
      </div>
    </div>
  );
}
