// The proposal grid's keys, always in view under it: the producer learns them while working.
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/fr';

export function KeyLegend({ mod }: { mod: string }) {
  const { t } = useI18n();
  const keys: Array<[string[], MessageKey]> = [
    [['↑', '↓'], 'notesIo.keys.rows'],
    [['←', '→'], 'notesIo.keys.side'],
    [['A'], 'notesIo.p.accept'],
    [['S'], 'notesIo.p.swap'],
    [['X'], 'notesIo.p.split'],
    [['M'], 'notesIo.p.merge'],
    [['R'], 'notesIo.p.reject'],
    [[t('notesIo.keys.shift'), '↑ ↓'], 'notesIo.keys.moveSide'],
    [[mod, 'Z'], 'notesIo.undo'],
    [['Esc'], 'common.cancel'],
  ];
  return (
    <ul className="key-legend" aria-label={t('notesIo.keys.title')} data-testid="align-keys">
      {keys.map(([combo, label]) => (
        <li key={label}>
          {combo.map((k) => <kbd key={k}>{k}</kbd>)} {t(label)}
        </li>
      ))}
    </ul>
  );
}
