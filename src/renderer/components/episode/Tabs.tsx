// The episode page's tabs (ARIA tabs pattern: ←/→ move between them).
import { useRef, type KeyboardEvent } from 'react';
import type { Tab } from '../../hooks/use-workspace';
import { useI18n } from '../../i18n/i18n-context';

const TABS: Tab[] = ['audio', 'notes', 'details', 'release'];

export function Tabs({ tab, onTab }: { tab: Tab; onTab: (t: Tab) => void }) {
  const { t } = useI18n();
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const delta = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = (index + delta + TABS.length) % TABS.length;
    onTab(TABS[next]!);
    refs.current[next]?.focus();
  };
  return (
    <div className="tabs" role="tablist">
      {TABS.map((id, index) => (
        <button
          key={id}
          ref={(el) => {
            refs.current[index] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          className="tab"
          onClick={() => onTab(id)}
          onKeyDown={(e) => onKeyDown(e, index)}
          data-testid={`tab-${id}`}
        >
          {t(`tabs.${id}`)}
        </button>
      ))}
    </div>
  );
}
