// Insert a snippet of the show: a filterable list (name, first words, how many episodes show
// it); ↑/↓ choose, Enter inserts below the row being worked on (at the end otherwise).
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Snippet } from '../../../shared/notes/types';
import { useI18n } from '../../i18n/i18n-context';
import { fold } from '../../lib/fold';
import { Dialog } from '../frame/Dialog';

interface Props {
  snippets: Snippet[] | null;
  onPick: (snippet: Snippet) => void;
  onClose: () => void;
}

export function SnippetPicker({ snippets, onPick, onClose }: Props) {
  const { t, plural, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const shown = useMemo(() => {
    const q = fold(query.trim());
    return (snippets ?? []).filter((s) => !q || fold(`${s.name} ${s.rows.map((r) => r[lang].text).join(' ')}`).includes(q));
  }, [snippets, query, lang]);

  const onKeyDown = (e: KeyboardEvent) => {
    const pick = shown[active];
    if (e.key === 'ArrowDown') setActive((a) => Math.min(shown.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Enter' && pick) onPick(pick);
    else return;
    e.preventDefault();
  };

  return (
    <Dialog title={t('notes.pickerTitle')} onClose={onClose} testId="snippet-picker" className="snippet-picker">
      <div className="dialog-body" onKeyDown={onKeyDown}>
        <input
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          placeholder={t('notes.pickerFilter')}
          aria-label={t('notes.pickerFilter')}
          aria-controls="snippet-options"
          aria-activedescendant={shown[active] ? `snippet-option-${shown[active].id}` : undefined}
          data-testid="snippet-picker-input"
        />
        {snippets === null ? <p className="muted">{t('common.loading')}</p>
          : shown.length === 0 ? <p className="muted" data-testid="snippet-picker-none">{t(snippets.length === 0 ? 'notes.pickerNone' : 'notes.pickerNoMatch')}</p>
            : (
              <ul id="snippet-options" className="snippet-options" role="listbox" aria-label={t('notes.pickerTitle')}>
                {shown.map((s, i) => (
                  <li key={s.id} id={`snippet-option-${s.id}`} role="option" aria-selected={i === active} className={i === active ? 'active' : ''}
                    onMouseEnter={() => setActive(i)} onClick={() => onPick(s)} data-testid={`snippet-option-${s.id}`}>
                    <span className="snippet-option-name">{s.name}</span>
                    <span className="muted">{plural('notes.usedBy', s.usedBy)} · {plural('notes.rows', s.rows.length)}</span>
                    <span className="snippet-option-text">{s.rows.map((r) => r[lang].text || r[lang === 'fr' ? 'en' : 'fr'].text).join(' ')}</span>
                  </li>
                ))}
              </ul>
            )}
      </div>
    </Dialog>
  );
}
