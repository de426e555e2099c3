// What to align: one text mixing French and English paragraphs (as show notes are often pasted),
// or the French and the English apart. Each can be typed, pasted or opened from a .txt/.md file.
import type { KeyboardEvent, ReactNode } from 'react';
import { MAX_NOTES_TEXT } from '../../../shared/notes/schemas';
import { useI18n } from '../../i18n/i18n-context';
import { readTextFile } from '../../lib/interchange-files';
import { FileButton } from '../frame/FileButton';
import { Icon } from '../frame/Icon';

export const NOTES_FILE_ACCEPT = '.txt,.md,.markdown,.text,text/plain,text/markdown';

export type AlignMode = 'mixed' | 'two';

export interface AlignTexts {
  mode: AlignMode;
  mixed: string;
  fr: string;
  en: string;
  /** The file each text came from, shown so the producer knows what is being aligned. */
  files: { mixed?: string; fr?: string; en?: string };
}

interface Props {
  texts: AlignTexts;
  onChange: (texts: AlignTexts) => void;
  onError: (error: unknown) => void;
}

export function AlignInput({ texts, onChange, onError }: Props) {
  const { t } = useI18n();
  const open = (field: 'mixed' | 'fr' | 'en') => (file: File) => {
    readTextFile(file, MAX_NOTES_TEXT)
      .then((text) => onChange({ ...texts, [field]: text, files: { ...texts.files, [field]: file.name } }))
      .catch(onError);
  };
  const area = (field: 'mixed' | 'fr' | 'en', label: string, lang: string | undefined, testId: string): ReactNode => (
    <div className="align-field">
      <div className="align-field-head">
        <label htmlFor={`align-${field}`}>{label}</label>
        {texts.files[field] && <span className="align-file-name" title={texts.files[field]}><Icon name="file" size={14} /> {texts.files[field]}</span>}
        <FileButton className="button small" accept={NOTES_FILE_ACCEPT} testId={`${testId}-file`} onFile={open(field)}>
          {t('notesIo.input.open')}
        </FileButton>
      </div>
      <textarea
        id={`align-${field}`}
        lang={lang}
        spellCheck={false}
        value={texts[field]}
        placeholder={t(field === 'mixed' ? 'notesIo.input.mixedPlaceholder' : 'notesIo.input.sidePlaceholder')}
        data-testid={testId}
        onChange={(e) => onChange({ ...texts, [field]: e.target.value })}
      />
    </div>
  );
  const modeButton = (mode: AlignMode, label: string) => (
    <button type="button" role="radio" aria-checked={texts.mode === mode} tabIndex={texts.mode === mode ? 0 : -1} className="segment"
      data-testid={`align-mode-${mode}`} onClick={() => onChange({ ...texts, mode })}>
      {label}
    </button>
  );
  // A radio group is one tab stop; the arrows pick the mode (and take the focus with it).
  const onModeKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) return;
    e.preventDefault();
    const mode: AlignMode = texts.mode === 'mixed' ? 'two' : 'mixed';
    onChange({ ...texts, mode });
    e.currentTarget.querySelector<HTMLElement>(`[data-testid="align-mode-${mode}"]`)?.focus();
  };
  return (
    <div className="align-input">
      <div className="align-input-head">
        <div className="segmented" role="radiogroup" aria-label={t('notesIo.input.mode')} onKeyDown={onModeKey}>
          {modeButton('mixed', t('notesIo.input.mixed'))}
          {modeButton('two', t('notesIo.input.two'))}
        </div>
        <p className="field-hint">{t(texts.mode === 'mixed' ? 'notesIo.input.mixedHint' : 'notesIo.input.twoHint')}</p>
      </div>
      {texts.mode === 'mixed'
        ? <div className="align-fields one">{area('mixed', t('notesIo.input.mixedLabel'), undefined, 'align-text')}</div>
        : (
          <div className="align-fields two">
            {area('fr', t('notesIo.input.frLabel'), 'fr', 'align-fr')}
            {area('en', t('notesIo.input.enLabel'), 'en', 'align-en')}
          </div>
        )}
    </div>
  );
}
