// What each language will ship: the library's sanitized HTML, shown either as the elements it
// makes (built by React from lib/notes-html-tree.ts, never as innerHTML) or as its source text.
import { createElement, useEffect, useRef, useState, type ReactNode } from 'react';
import type { NoteLang } from '../../../shared/notes/types';
import type { ColumnOrder } from '../../hooks/use-notes-columns';
import type { PreviewRenders } from '../../hooks/use-notes-preview';
import { useI18n } from '../../i18n/i18n-context';
import { htmlTree, type PreviewNode } from '../../lib/notes-html-tree';

function render(nodes: PreviewNode[]): ReactNode[] {
  return nodes.map((node, i) => {
    if ('text' in node) return node.text;
    if (node.tag === 'br') return <br key={i} />;
    if (node.tag === 'a') {
      return node.href
        ? <a key={i} href={node.href} target="_blank" rel="noopener noreferrer">{render(node.children)}</a>
        : <span key={i}>{render(node.children)}</span>;
    }
    return createElement(node.tag, { key: i }, ...render(node.children));
  });
}

export function NotesPreview({ renders, columns }: { renders: PreviewRenders; columns: ColumnOrder }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'rendered' | 'source'>('rendered');
  const ref = useRef<HTMLElement>(null);
  // It opens under the rows: bring it into view once it has its content (and so its height).
  const ready = Boolean(renders.fr && renders.en);
  useEffect(() => {
    if (ready) ref.current?.scrollIntoView({ block: 'end' });
  }, [ready]);
  const pane = (lang: NoteLang) => {
    const r = renders[lang];
    return (
      <section key={lang} className="preview-pane" lang={lang} data-testid={`notes-preview-${lang}`}>
        <h4><span className="lang-badge">{lang.toUpperCase()}</span> {t(`notes.lang.${lang}`)}</h4>
        {!r ? <p className="muted">{t('notes.previewLoading')}</p>
          : r.text.trim() === '' ? <p className="muted">{t('notes.previewEmpty')}</p>
            : mode === 'source' ? <pre className="preview-source">{r.text}</pre>
              : <div className="preview-html">{render(htmlTree(r.text))}</div>}
      </section>
    );
  };
  return (
    <section ref={ref} className="notes-preview" aria-label={t('notes.preview')} data-testid="notes-preview">
      <div className="preview-head">
        <span className="eyebrow">{t('notes.preview')}</span>
        <div className="chip-group" role="group" aria-label={t('notes.previewMode')}>
          <button type="button" className="chip" aria-pressed={mode === 'rendered'} onClick={() => setMode('rendered')} data-testid="notes-preview-rendered">
            {t('notes.previewRendered')}
          </button>
          <button type="button" className="chip" aria-pressed={mode === 'source'} onClick={() => setMode('source')} data-testid="notes-preview-source">
            {t('notes.previewSource')}
          </button>
        </div>
      </div>
      <div className="preview-panes">{columns.map(pane)}</div>
    </section>
  );
}
