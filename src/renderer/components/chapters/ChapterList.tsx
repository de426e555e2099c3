// The chapter list beside the waveform, in time order: the chapter under the playhead is marked,
// the selected one is outlined and scrolled into view when chosen from the keyboard.
import { useEffect, useRef } from 'react';
import type { ChapterPatch, EditorChapter } from '../../lib/chapter-edits';
import { chapterAt } from '../../lib/chapter-edits';
import type { KeyedFinding } from '../../hooks/use-chapter-autosave';
import { useStore } from '../../hooks/use-store';
import type { PlayerStore } from '../../lib/player-view';
import { useI18n } from '../../i18n/i18n-context';
import { Icon } from '../frame/Icon';
import { ChapterRow } from './ChapterRow';

export interface RowActions {
  select: (key: string) => void;
  seekTo: (key: string) => void;
  setStart: (key: string, ms: number) => void;
  patch: (key: string, patch: ChapterPatch, field: string) => void;
  remove: (key: string) => void;
}

interface Props {
  store: PlayerStore;
  chapters: EditorChapter[];
  selected: string | null;
  findings: KeyedFinding[];
  actions: RowActions;
}

export function ChapterList({ store, chapters, selected, findings, actions }: Props) {
  const { t } = useI18n();
  const list = useRef<HTMLOListElement>(null);
  const current = useStore(store, (v) => chapterAt(chapters, v.time * 1000)?.key ?? '');

  useEffect(() => {
    if (!selected) return;
    list.current?.querySelector(`[data-key="${CSS.escape(selected)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  if (chapters.length === 0) {
    return <p className="chapters-empty" data-testid="chapters-empty">{t('chapters.empty')}</p>;
  }
  return (
    <div className="chapter-table">
      <div className="chapter-head" aria-hidden="true">
        <span>{t('chapters.col.number')}</span>
        <span>{t('chapters.col.start')}</span>
        <span>{t('chapters.col.titleFr')}</span>
        <span>{t('chapters.col.titleEn')}</span>
        <span className="row-marks" title={t('chapters.col.more')}><Icon name="link" size={14} /><Icon name="image" size={14} /><Icon name="hidden" size={14} /></span>
        <span />
      </div>
      <ol ref={list} className="chapter-list" data-testid="chapter-list">
        {chapters.map((c, i) => (
          <ChapterRow
            key={c.key}
            chapter={c}
            index={i}
            selected={c.key === selected}
            current={c.key === current}
            findings={findings.filter((f) => (f.key === null ? f.index === i : f.key === c.key))}
            onSelect={() => actions.select(c.key)}
            onSeek={() => actions.seekTo(c.key)}
            onStart={(ms) => actions.setStart(c.key, ms)}
            onPatch={(patch, field) => actions.patch(c.key, patch, field)}
            onDelete={() => actions.remove(c.key)}
          />
        ))}
      </ol>
    </div>
  );
}
