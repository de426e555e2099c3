// The search field on top of the episode list: Ctrl+F focuses it, ↓/Enter go into the results,
// Esc clears it.
import type { RefObject } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../frame/Icon';

interface Props {
  value: string;
  onChange: (value: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  onEnterResults: () => void;
  pending: boolean;
}

export const SEARCH_INPUT_ID = 'episode-search';

export function SearchBox({ value, onChange, inputRef, onEnterResults, pending }: Props) {
  const { t } = useI18n();
  return (
    <div className={`search-box${pending ? ' pending' : ''}`}>
      <Icon name="search" />
      <input
        ref={inputRef}
        id={SEARCH_INPUT_ID}
        type="search"
        value={value}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        autoComplete="off"
        spellCheck={false}
        data-testid="search-input"
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value !== '') {
            e.preventDefault();
            e.stopPropagation();
            onChange('');
          } else if (e.key === 'ArrowDown' || e.key === 'Enter') {
            e.preventDefault();
            onEnterResults();
          }
        }}
      />
    </div>
  );
}
