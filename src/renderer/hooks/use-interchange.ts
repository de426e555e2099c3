// XLIFF (an episode's notes for translators' tools) and TMX (the library's translation memory),
// out as downloads and back in with a report. A refused file is reported, never half-imported.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Bilingual, Episode } from '../../shared/domain/types';
import { MAX_NOTES_TEXT, MAX_TM_TEXT } from '../../shared/notes/schemas';
import type { NotesDoc, TextExport, TmxImportReport, XliffImportReport } from '../../shared/notes/types';
import { getApi } from '../api/client';
import { toAppError } from '../api/errors';
import { bilingual, bilingualPlural } from '../i18n/i18n-context';
import { downloadText } from '../lib/download-text';
import { readTextFile } from '../lib/interchange-files';
import { useApp } from './app-context';
import { useToasts } from './use-toasts';

export type InterchangeFormat = 'xliff' | 'tmx';

/** What an import did, kept on screen until the producer closes it. */
export type InterchangeOutcome =
  | { kind: 'xliff'; fileName: string; report: XliffImportReport }
  | { kind: 'tmx'; fileName: string; report: TmxImportReport }
  | { kind: 'refused'; format: InterchangeFormat; fileName: string; message: Bilingual };

export type InterchangeWork = 'xliff-export' | 'xliff-import' | 'tmx-export' | 'tmx-import';

export function useInterchange(episode: Episode, onDoc: (doc: NotesDoc) => void) {
  const toasts = useToasts();
  const { episodeChanged } = useApp();
  const [busy, setBusy] = useState<InterchangeWork | null>(null);
  const [outcome, setOutcome] = useState<InterchangeOutcome | null>(null);
  const episodeId = episode.id;

  // One piece of work at a time: a second click while the first runs does nothing.
  const running = useRef(false);
  const run = useCallback((work: InterchangeWork, task: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(work);
    void task().finally(() => {
      running.current = false;
      setBusy(null);
    });
  }, []);

  const save = useCallback((exported: TextExport, empty: Bilingual) => {
    if (exported.units === 0) return toasts.info(empty);
    downloadText(exported);
    toasts.info(bilingualPlural('notesIo.exported', exported.units, { file: exported.fileName }));
  }, [toasts]);

  const exportXliff = useCallback((all: boolean) => run('xliff-export', async () => {
    try {
      save(await getApi().invoke('notes.exportXliff', { episodeId, all }), bilingual('notesIo.xliff.nothing'));
    } catch (e) {
      toasts.error(e);
    }
  }), [run, save, episodeId, toasts]);

  const importXliff = useCallback((file: File) => run('xliff-import', async () => {
    let report: XliffImportReport;
    try {
      report = await getApi().invoke('notes.importXliff', { episodeId, text: await readTextFile(file, MAX_NOTES_TEXT) });
    } catch (e) {
      setOutcome({ kind: 'refused', format: 'xliff', fileName: file.name, message: toAppError(e).messages });
      return;
    }
    onDoc(report.doc);
    setOutcome({ kind: 'xliff', fileName: file.name, report });
    // The file may carry the episode's title and chapter titles too: the header shows the library's.
    if (report.updated > 0) getApi().invoke('episodes.get', { id: episodeId }).then(episodeChanged, toasts.error);
  }), [run, episodeId, onDoc, episodeChanged, toasts]);

  const exportTmx = useCallback(() => run('tmx-export', async () => {
    try {
      save(await getApi().invoke('tm.exportTmx', {}), bilingual('notesIo.tmx.empty'));
    } catch (e) {
      toasts.error(e);
    }
  }), [run, save, toasts]);

  const importTmx = useCallback((file: File) => run('tmx-import', async () => {
    try {
      const report = await getApi().invoke('tm.importTmx', { text: await readTextFile(file, MAX_TM_TEXT) });
      setOutcome({ kind: 'tmx', fileName: file.name, report });
    } catch (e) {
      setOutcome({ kind: 'refused', format: 'tmx', fileName: file.name, message: toAppError(e).messages });
    }
  }), [run]);

  const dismiss = useCallback(() => setOutcome(null), []);
  return useMemo(() => ({ busy, outcome, exportXliff, importXliff, exportTmx, importTmx, dismiss }),
    [busy, outcome, exportXliff, importXliff, exportTmx, importTmx, dismiss]);
}
