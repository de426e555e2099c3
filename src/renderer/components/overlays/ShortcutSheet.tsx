// `?`: every keyboard shortcut, in the UI language.
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/fr';
import { Dialog } from '../frame/Dialog';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

const SHORTCUTS: Array<[string[], MessageKey]> = [
  [[mod, 'K'], 'shortcuts.palette'],
  [[mod, 'F'], 'shortcuts.search'],
  [[mod, 'S'], 'shortcuts.save'],
  [[mod, '\\'], 'shortcuts.inspector'],
  [['Alt', '↑ / ↓'], 'shortcuts.prevNext'],
  [['↑ ↓', '↵'], 'shortcuts.listNav'],
  [['Esc'], 'shortcuts.escape'],
  [['?'], 'shortcuts.sheet'],
];

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} testId="shortcut-sheet" className="shortcuts">
      <div className="dialog-body">
      <table className="shortcut-table">
        <tbody>
          {SHORTCUTS.map(([keys, label]) => (
            <tr key={label}>
              <td>{keys.map((k, i) => <kbd key={i}>{k}</kbd>)}</td>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </Dialog>
  );
}
