// Chapters on the waveform: bands of alternating tint under the wave (the selected one
// outlined), faint ticks at suggested boundaries (lit when a marker snaps to one) and, over it,
// a labelled handle per chapter in the lane above the wave that drags to move the chapter.
import type { EditorChapter } from '../../lib/chapter-edits';
import type { DragPreview } from '../../hooks/use-marker-drag';
import type { useMarkerDrag } from '../../hooks/use-marker-drag';
import { useStore } from '../../hooks/use-store';
import { trackWidth, type PlayerStore } from '../../lib/player-view';
import { formatClock } from '../../lib/timecode';
import { useI18n } from '../../i18n/i18n-context';
import { ScrollTrack } from './ScrollTrack';

interface Props {
  store: PlayerStore;
  chapters: EditorChapter[];
  selected: string | null;
  suggestions: readonly number[];
  preview: DragPreview | null;
}

const pct = (ms: number, durationMs: number) => `${(Math.min(durationMs, Math.max(0, ms)) / durationMs) * 100}%`;

export function ChapterBands({ store, chapters, selected, suggestions, preview }: Props) {
  const durationMs = useStore(store, (v) => v.duration * 1000);
  if (durationMs <= 0) return null;
  return (
    <ScrollTrack store={store} className="under">
      {chapters.map((c, i) => {
        const end = chapters[i + 1]?.startMs ?? durationMs;
        return (
          <div
            key={c.key}
            className={`band ${i % 2 ? 'odd' : 'even'}${c.key === selected ? ' selected' : ''}`}
            style={{ left: pct(c.startMs, durationMs), width: `${(Math.max(0, Math.min(end, durationMs) - c.startMs) / durationMs) * 100}%` }}
          />
        );
      })}
      {suggestions.map((ms, i) => (
        <div key={i} className={`pause-tick${preview?.snap === i ? ' lit' : ''}`} style={{ left: pct(ms, durationMs) }}
          data-testid={preview?.snap === i ? 'pause-tick-lit' : undefined} />
      ))}
    </ScrollTrack>
  );
}

interface FlagProps {
  store: PlayerStore;
  chapters: EditorChapter[];
  selected: string | null;
  preview: DragPreview | null;
  handlers: ReturnType<typeof useMarkerDrag>['handlers'];
}

export function ChapterFlags({ store, chapters, selected, preview, handlers }: FlagProps) {
  const { t, lang, other } = useI18n();
  const durationMs = useStore(store, (v) => v.duration * 1000);
  const width = useStore(store, trackWidth);
  if (durationMs <= 0) return null;
  const px = (ms: number) => (ms / durationMs) * width;
  return (
    <ScrollTrack store={store} className="over">
      {chapters.map((c, i) => {
        const next = chapters[i + 1]?.startMs ?? durationMs;
        const room = Math.max(22, px(next) - px(c.startMs) - 4);
        const title = c.title[lang] || c.title[other] || t('chapters.untitled');
        const dragging = preview?.key === c.key;
        return (
          <div key={c.key} className={`flag${c.key === selected ? ' selected' : ''}${dragging ? ' dragging' : ''}${dragging && preview.edge === 1 ? ' pinned-end' : ''}`}
            style={{ left: pct(c.startMs, durationMs) }} data-testid={`chapter-flag-${i}`}>
            <div
              className="flag-handle"
              role="button"
              tabIndex={-1}
              aria-label={t('chapters.flag', { n: i + 1, title })}
              title={`${formatClock(c.startMs)} · ${title}`}
              style={{ maxWidth: `${room}px` }}
              {...handlers(c.key, c.startMs)}
            >
              <span className="flag-number tabular">{i + 1}</span>
              <span className="flag-title">{title}</span>
            </div>
            <div className="flag-line" />
            {dragging && <div className="flag-time tabular" data-testid="drag-time">{formatClock(c.startMs)}</div>}
          </div>
        );
      })}
    </ScrollTrack>
  );
}
