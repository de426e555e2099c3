// The show's snippets, for the insert picker and to name a suggestion that comes from one;
// fetched again when the episode's snippets change (made, shown, detached).
import { useEffect, useState } from 'react';
import type { Snippet } from '../../shared/notes/types';
import { getApi } from '../api/client';

export function useShowSnippets(showId: number | null, revision: string, onError: (e: unknown) => void): Snippet[] | null {
  const [snippets, setSnippets] = useState<Snippet[] | null>(null);
  useEffect(() => {
    if (showId === null) return;
    let live = true;
    getApi().invoke('snippets.list', { showId }).then((list) => live && setSnippets(list), (e: unknown) => live && onError(e));
    return () => {
      live = false;
    };
  }, [showId, revision, onError]);
  return snippets;
}
