// The virtualised episode list (10,000 rows stay smooth): a listbox driven by the keyboard
// (↑/↓/Home/End/Enter) with aria-activedescendant, so only visible rows exist in the DOM.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { EpisodeSummary } from '../../../shared/domain/types';
import type { NotesProgress } from '../../../shared/notes/types';
import { EpisodeRow } from './EpisodeRow';

export interface ListItem {
  episode: EpisodeSummary;
  snippet?: string;
}

interface Props {
  items: ListItem[];
  /** Notes progress by episode id (reviewed / total), when known. */
  progress?: Record<number, NotesProgress> | null;
  openId: number | null;
  onOpen: (id: number) => void;
  label: string;
  testId: string;
  listRef?: RefObject<HTMLDivElement | null>;
  /** ↑ on the first row: give focus back (to the search box). */
  onExitTop?: () => void;
  onEscape?: () => void;
}

export function EpisodeList({ items, progress, openId, onOpen, label, testId, listRef, onExitTop, onEscape }: Props) {
  const ownRef = useRef<HTMLDivElement>(null);
  const scrollRef = listRef ?? ownRef;
  const withSnippets = items.some((i) => i.snippet);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (withSnippets ? 72 : 50),
    overscan: 12,
  });

  // Keep the open episode visible and make it the keyboard's starting point.
  useEffect(() => {
    const index = items.findIndex((i) => i.episode.id === openId);
    if (index >= 0) {
      setActive(index);
      virtualizer.scrollToIndex(index, { align: 'auto' });
    }
  }, [openId, items, virtualizer]);

  useEffect(() => {
    if (active >= items.length) setActive(Math.max(0, items.length - 1));
  }, [active, items.length]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(items.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / 50) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => (active === 0 && onExitTop ? onExitTop() : move(active - 1)),
      PageDown: () => move(active + page),
      PageUp: () => move(active - page),
      Home: () => move(0),
      End: () => move(items.length - 1),
      Enter: () => {
        const item = items[active];
        if (item) onOpen(item.episode.id);
      },
      Escape: () => onEscape?.(),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  const activeItem = items[active];
  return (
    <div
      ref={scrollRef}
      className="episode-list"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      aria-activedescendant={activeItem ? `episode-row-${activeItem.episode.id}` : undefined}
      onKeyDown={onKeyDown}
      data-testid={testId}
    >
      <div className="episode-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          return (
            <div
              key={item.episode.id}
              className="episode-list-slot"
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <EpisodeRow
                episode={item.episode}
                snippet={item.snippet}
                progress={progress?.[item.episode.id]}
                active={row.index === active}
                open={item.episode.id === openId}
                onOpen={() => {
                  setActive(row.index);
                  onOpen(item.episode.id);
                }}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
