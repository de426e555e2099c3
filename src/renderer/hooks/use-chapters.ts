// The open episode's chapters: loaded once (or restored from an unsaved draft), edited through
// the undo history, autosaved; imports and exports save pending edits first so the server
// merges onto exactly what the producer sees.
import { useCallback, useEffect, useState } from 'react';
import type { ChapterExport, ChapterFormat, ChapterImportResult, UiLanguage } from '../../shared/domain/types';
import { getApi } from '../api/client';
import { fromServer } from '../lib/chapter-edits';
import { readDraft, useChapterAutosave } from './use-chapter-autosave';
import { useChapterHistory } from './use-chapter-history';

export function useChapters(episodeId: number, onError: (e: unknown) => void) {
  const history = useChapterHistory();
  const [ready, setReady] = useState(false);
  const autosave = useChapterAutosave(episodeId, history.chapters, ready, onError);
  const { reset, commit } = history;
  const { adopt, flush } = autosave;

  useEffect(() => {
    let live = true;
    getApi().invoke('chapters.list', { episodeId }).then((result) => {
      if (!live) return;
      adopt(result);
      reset(readDraft(episodeId) ?? fromServer(result.chapters));
      setReady(true);
    }, (e: unknown) => live && onError(e));
    return () => {
      live = false;
    };
  }, [episodeId, adopt, reset, onError]);

  const land = useCallback((result: ChapterImportResult) => {
    adopt(result);
    commit(fromServer(result.chapters));
    return result;
  }, [adopt, commit]);

  const importText = useCallback(async (text: string, fileName: string, lang: UiLanguage) => {
    await flush();
    return land(await getApi().invoke('chapters.importText', { episodeId, text, fileName, lang, format: 'auto' }));
  }, [episodeId, flush, land]);

  const importEmbedded = useCallback(async (lang: UiLanguage) => {
    await flush();
    return land(await getApi().invoke('chapters.importEmbedded', { episodeId, lang }));
  }, [episodeId, flush, land]);

  const exportText = useCallback(async (format: ChapterFormat, lang: UiLanguage): Promise<ChapterExport> => {
    await flush();
    return getApi().invoke('chapters.exportText', { episodeId, format, lang });
  }, [episodeId, flush]);

  return { ...history, ready, save: autosave, importText, importEmbedded, exportText };
}
