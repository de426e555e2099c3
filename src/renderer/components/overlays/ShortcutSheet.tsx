// `?`: every keyboard shortcut, in the UI language: the frame's, the chapter editor's, the notes editor's.
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/fr';
import { chordKeys } from '../../lib/notes-keys';
import { Dialog } from '../frame/Dialog';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl';

type Shortcut = [string[], MessageKey];

const GENERAL: Shortcut[] = [
  [[mod, 'K'], 'shortcuts.palette'],
  [[mod, 'F'], 'shortcuts.search'],
  [[mod, 'S'], 'shortcuts.save'],
  [[mod, '\\'], 'shortcuts.inspector'],
  [['Alt', '↑ / ↓'], 'shortcuts.prevNext'],
  [['↑ ↓', '↵'], 'shortcuts.listNav'],
  [['Esc'], 'shortcuts.escape'],
  [['?'], 'shortcuts.sheet'],
];

const EDITOR: Shortcut[] = [
  [['Space'], 'shortcuts.playPause'],
  [['M', '↵'], 'shortcuts.addChapter'],
  [['Suppr / Delete'], 'shortcuts.deleteChapter'],
  [['← / →'], 'shortcuts.seek'],
  [[', / .'], 'shortcuts.nudge'],
  [['[ / ]'], 'shortcuts.prevNextChapter'],
  [['+ / −'], 'shortcuts.zoom'],
  [['J', 'K', 'L'], 'shortcuts.shuttle'],
  [['Home / End'], 'shortcuts.homeEnd'],
  [[mod, 'Z'], 'shortcuts.undoRedo'],
  [['Alt'], 'shortcuts.noSnap'],
  [['Esc'], 'shortcuts.leaveField'],
];

const NOTES: Shortcut[] = [
  [['Tab / ⇧ Tab'], 'notes.keys.otherSide'],
  [['Alt', '↑ / ↓'], 'notes.keys.rows'],
  [chordKeys('markTranslated', isMac), 'notes.keys.markTranslated'],
  [chordKeys('markReviewed', isMac), 'notes.keys.markReviewed'],
  [chordKeys('useSuggestion', isMac), 'notes.keys.useSuggestion'],
  [chordKeys('split', isMac), 'notes.keys.split'],
  [chordKeys('merge', isMac), 'notes.keys.merge'],
  [['Alt', '⇧', '↑ / ↓'], 'notes.keys.move'],
  [chordKeys('insertRow', isMac), 'notes.keys.insertRow'],
  [chordKeys('deleteRow', isMac), 'notes.keys.deleteRow'],
  [chordKeys('insertSnippet', isMac), 'notes.keys.insertSnippet'],
  [chordKeys('minorEdit', isMac), 'notes.keys.minorEdit'],
  [[mod, 'Z'], 'notes.keys.undoRedo'],
];

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t, lang } = useI18n();
  const section = (title: MessageKey, rows: Shortcut[], testId: string) => (
    <section className="shortcut-section" data-testid={testId}>
      <h3>{t(title)}</h3>
      <table className="shortcut-table">
        <tbody>
          {rows.map(([keys, label]) => (
            <tr key={label}>
              <td>{keys.map((k, i) => <kbd key={i}>{localKey(k, lang)}</kbd>)}</td>
              <td>
                {t(label)}
                {(label === 'shortcuts.undoRedo' || label === 'notes.keys.undoRedo') && <> — <kbd>{mod}</kbd> <kbd>⇧</kbd> <kbd>Z</kbd> / <kbd>{mod}</kbd> <kbd>Y</kbd></>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} testId="shortcut-sheet" className="shortcuts">
      <div className="dialog-body">
        {section('shortcuts.general', GENERAL, 'shortcuts-general')}
        {section('shortcuts.editor', EDITOR, 'shortcuts-editor')}
        {section('notes.keys.section', NOTES, 'shortcuts-notes')}
      </div>
    </Dialog>
  );
}

/** Key names people see on their keyboard: French keyboards say Espace, Suppr, Début, Fin. */
function localKey(key: string, lang: string): string {
  if (lang !== 'fr') return key.replace('Suppr / Delete', 'Delete');
  return ({ Space: 'Espace', 'Suppr / Delete': 'Suppr', 'Home / End': 'Début / Fin' } as Record<string, string>)[key] ?? key;
}
