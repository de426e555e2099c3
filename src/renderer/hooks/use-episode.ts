// The open episode, fetched whole (episodes.get) and refetched when it changes elsewhere.
import { useCallback, useEffect, useState } from 'react';
import type { Episode } from '../../shared/domain/types';
import { getApi } from '../api/client';

export function useEpisode(id: number | null, revision: number, onError: (e: unknown) => void) {
  const [episode, setEpisode] = useState<Episode | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (id === null) return;
    let live = true;
    setFailed(false);
    getApi().invoke('episodes.get', { id }).then(
      (e) => live && setEpisode(e),
      (e: unknown) => {
        if (!live) return;
        setFailed(true);
        onError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [id, revision, onError]);

  const current = episode?.id === id ? episode : null;
  const replace = useCallback((e: Episode) => setEpisode(e), []);
  return { episode: current, failed, replace };
}
