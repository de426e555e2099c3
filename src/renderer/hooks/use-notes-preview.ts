// The HTML each language will ship, from notes.render, while the preview is open: fetched again
// whenever the notes change (every saved edit moves `changedAt`).
import { useEffect, useState } from 'react';
import type { NoteLang, NotesRender } from '../../shared/notes/types';
import { getApi } from '../api/client';

export type PreviewRenders = Partial<Record<NoteLang, NotesRender>>;

export function useNotesPreview(episodeId: number, open: boolean, changedAt: string | null, onError: (e: unknown) => void): PreviewRenders {
  const [renders, setRenders] = useState<PreviewRenders>({});
  useEffect(() => {
    if (!open || changedAt === null) return;
    let live = true;
    const api = getApi();
    Promise.all([
      api.invoke('notes.render', { episodeId, lang: 'fr', format: 'html' }),
      api.invoke('notes.render', { episodeId, lang: 'en', format: 'html' }),
    ]).then(([fr, en]) => live && setRenders({ fr, en }), (e: unknown) => live && onError(e));
    return () => {
      live = false;
    };
  }, [episodeId, open, changedAt, onError]);
  return renders;
}
