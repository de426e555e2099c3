// The playhead as h:mm:ss.mmm in tabular figures; focus it, type a time and press Enter to go
// there (Escape gives the editor its keys back).
import { useState } from 'react';
import type { WaveformControls } from '../../hooks/use-waveform';
import { useStore } from '../../hooks/use-store';
import type { PlayerStore } from '../../lib/player-view';
import { formatClock, parseClock } from '../../lib/timecode';
import { useI18n } from '../../i18n/i18n-context';

export function TimeField({ store, controls }: { store: PlayerStore; controls: WaveformControls }) {
  const { t } = useI18n();
  const ms = useStore(store, (v) => Math.round(v.time * 1000));
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && parseClock(draft) === null;
  return (
    <input
      className="time-field tabular"
      data-testid="time-input"
      aria-label={t('player.time')}
      title={invalid ? t('player.badTime') : t('player.time')}
      aria-invalid={invalid}
      spellCheck={false}
      value={draft ?? formatClock(ms)}
      onFocus={(e) => {
        setDraft(formatClock(ms));
        e.currentTarget.select();
      }}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => setDraft(null)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        const at = parseClock(draft ?? '');
        if (at === null) return;
        e.preventDefault();
        controls.seek(at / 1000);
        controls.reveal(at / 1000);
        setDraft(formatClock(at));
        e.currentTarget.select();
      }}
    />
  );
}
