// Translation-memory matches under the target of the row being worked on: score, where each
// comes from (a snippet of the show, or the memory and which episode), the text; a click or
// Alt+Enter (the first) puts it in the target.
import type { TmMatch } from '../../../shared/notes/types';
import { useI18n } from '../../i18n/i18n-context';

interface Props {
  matches: TmMatch[];
  chord: string;
  originOf: (match: TmMatch) => string;
  onUse: (match: TmMatch) => void;
}

const keepFocus = (e: { preventDefault: () => void }) => e.preventDefault();

export function TmSuggestions({ matches, chord, originOf, onUse }: Props) {
  const { t } = useI18n();
  if (matches.length === 0) return null;
  return (
    <div className="tm" role="group" aria-label={t('notes.tm.title')} data-testid="tm-suggestions">
      {matches.map((m, k) => (
        <button
          key={`${m.source}\u0000${m.target}`}
          type="button"
          className="tm-match"
          onMouseDown={keepFocus}
          onClick={() => onUse(m)}
          title={k === 0 ? t('notes.tm.useBest', { keys: chord }) : t('notes.tm.use')}
          data-testid={`tm-suggestion-${k}`}
        >
          <span className="tm-head">
            <span className={`tm-score${m.score === 100 ? ' exact' : ''}`} data-testid={`tm-score-${k}`}>{m.score} %</span>
            <span className="tm-origin">{originOf(m)}</span>
            {k === 0 && <kbd>{chord}</kbd>}
          </span>
          <span className="tm-target">{m.target}</span>
          <span className="tm-source">{m.source}</span>
        </button>
      ))}
    </div>
  );
}
