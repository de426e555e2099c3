// One side of a row: plain inline-Markdown text in a textarea that grows with its content
// (CSS field-sizing), tagged with its language so the spellchecker uses the right dictionary.
import { memo } from 'react';
import type { NoteLang } from '../../../shared/notes/types';

interface Props {
  rowId: number;
  lang: NoteLang;
  /** 0 = left column, 1 = right: Tab goes from one to the other. */
  column: 0 | 1;
  value: string;
  isSource: boolean;
  label: string;
  placeholder: string;
  testId: string;
  minor?: boolean;
  heading?: boolean;
  readOnly?: boolean;
  onType: (rowId: number, lang: NoteLang, text: string) => void;
  onLeave?: (rowId: number, lang: NoteLang) => void;
}

export const SideEditor = memo(function SideEditor(p: Props) {
  return (
    <textarea
      className={`side-editor${p.isSource ? ' is-source' : ''}${p.minor ? ' minor' : ''}${p.heading ? ' heading' : ''}`}
      lang={p.lang}
      spellCheck
      rows={1}
      value={p.value}
      readOnly={p.readOnly}
      aria-label={p.label}
      placeholder={p.placeholder}
      data-row-id={p.rowId}
      data-lang={p.lang}
      data-column={p.column}
      data-testid={p.testId}
      onChange={(e) => p.onType(p.rowId, p.lang, e.target.value)}
      onBlur={() => p.onLeave?.(p.rowId, p.lang)}
    />
  );
});
