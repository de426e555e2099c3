// Actions that bring notes in and out of the editor: paste and align, XLIFF, TMX.
// Every action that changes the episode's notes hands the library's new NotesDoc to `onDoc`.
import { useMemo, useRef, useState } from 'react';
import type { Episode } from '../../../shared/domain/types';
import { MAX_NOTES_TEXT } from '../../../shared/notes/schemas';
import type { NotesDoc } from '../../../shared/notes/types';
import { useInterchange } from '../../hooks/use-interchange';
import { useRegisterPaletteCommands, type PaletteCommand } from '../../hooks/use-palette-commands';
import { useToasts } from '../../hooks/use-toasts';
import { useI18n } from '../../i18n/i18n-context';
import { readTextFile } from '../../lib/interchange-files';
import { AlignDialog } from './AlignDialog';
import { NOTES_FILE_ACCEPT } from './AlignInput';
import { InterchangeMenu, type MenuGroup } from './InterchangeMenu';
import { InterchangeReport } from './InterchangeReport';

export interface NotesInterchangeProps {
  episode: Episode;
  onDoc: (doc: NotesDoc) => void;
}

const XLIFF_ACCEPT = '.xlf,.xliff,.xml,application/x-xliff+xml';
const TMX_ACCEPT = '.tmx,.xml,application/x-tmx+xml';

/** The align dialog, empty (paste) or with a notes file's text to align at once. */
type AlignOpen = { initial?: { text: string; fileName: string } };

export function NotesInterchange({ episode, onDoc }: NotesInterchangeProps) {
  const { t } = useI18n();
  const toasts = useToasts();
  const io = useInterchange(episode, onDoc);
  const [align, setAlign] = useState<AlignOpen | null>(null);
  const notesInput = useRef<HTMLInputElement>(null);
  const xliffInput = useRef<HTMLInputElement>(null);
  const tmxInput = useRef<HTMLInputElement>(null);
  const { exportXliff, exportTmx } = io;

  const groups = useMemo<MenuGroup[]>(() => [
    {
      id: 'notes', label: t('notesIo.menu.notes'), items: [
        { id: 'import-notes', label: t('notesIo.menu.importNotes'), detail: t('notesIo.menu.importNotesDetail'), run: () => notesInput.current?.click() },
      ],
    },
    {
      id: 'xliff', label: t('notesIo.menu.xliff'), items: [
        { id: 'xliff-export', label: t('notesIo.menu.xliffExport'), detail: t('notesIo.menu.xliffExportDetail'), run: () => exportXliff(false) },
        { id: 'xliff-export-all', label: t('notesIo.menu.xliffExportAll'), detail: t('notesIo.menu.xliffExportAllDetail'), run: () => exportXliff(true) },
        { id: 'xliff-import', label: t('notesIo.menu.xliffImport'), detail: t('notesIo.menu.xliffImportDetail'), run: () => xliffInput.current?.click() },
      ],
    },
    {
      id: 'tmx', label: t('notesIo.menu.tm'), items: [
        { id: 'tmx-export', label: t('notesIo.menu.tmxExport'), detail: t('notesIo.menu.tmxExportDetail'), run: exportTmx },
        { id: 'tmx-import', label: t('notesIo.menu.tmxImport'), detail: t('notesIo.menu.tmxImportDetail'), run: () => tmxInput.current?.click() },
      ],
    },
  ], [t, exportXliff, exportTmx]);

  // The same actions in the Ctrl/Cmd+K palette while the Notes tab is open.
  const commands = useMemo<PaletteCommand[]>(() => [
    { id: 'notes-align', label: t('notesIo.palette.align'), run: () => setAlign({}) },
    ...groups.flatMap((g) => g.items.map((item) => ({ id: `notes-${item.id}`, label: `${t('notesIo.palette.prefix')} ${item.label}`, run: item.run }))),
  ], [t, groups]);
  useRegisterPaletteCommands(commands);

  const openNotesFile = (file: File) => {
    readTextFile(file, MAX_NOTES_TEXT).then((text) => setAlign({ initial: { text, fileName: file.name } }), toasts.error);
  };
  const fileInput = (ref: typeof notesInput, accept: string, testId: string, onFile: (file: File) => void) => (
    <input ref={ref} type="file" accept={accept} hidden tabIndex={-1} data-testid={testId}
      onChange={(e) => {
        const file = e.target.files?.[0];
        e.target.value = '';
        if (file) onFile(file);
      }} />
  );

  return (
    <div className="notes-io" data-testid="notes-io">
      <button type="button" className="button" onClick={() => setAlign({})} data-testid="align-open">
        {t('notesIo.align')}
      </button>
      <InterchangeMenu label={t('notesIo.menu.label')} menuLabel={t('notesIo.menu.title')} groups={groups} busy={io.busy !== null} />
      {io.busy && <span className="io-busy muted" role="status" data-testid="io-busy">{t(`notesIo.busy.${io.busy}`)}</span>}
      {fileInput(notesInput, NOTES_FILE_ACCEPT, 'notes-file-input', openNotesFile)}
      {fileInput(xliffInput, XLIFF_ACCEPT, 'xliff-import-input', io.importXliff)}
      {fileInput(tmxInput, TMX_ACCEPT, 'tmx-import-input', io.importTmx)}
      {align && <AlignDialog episode={episode} initial={align.initial} onDoc={onDoc} onClose={() => setAlign(null)} />}
      {io.outcome && <InterchangeReport outcome={io.outcome} onClose={io.dismiss} />}
    </div>
  );
}
