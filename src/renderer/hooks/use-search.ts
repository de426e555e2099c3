// Instant search over the selected show's episodes (search.query, accent-insensitive on the
// server), debounced so typing stays smooth; stale answers are dropped.
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../shared/domain/types';
import { getApi } from '../api/client';
import { useDebounced } from './use-debounced';

export function useSearch(query: string, showId: number | null, onError: (e: unknown) => void) {
  const settled = useDebounced(query.trim(), 120);
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [pending, setPending] = useState(false);
  const request = useRef(0);

  useEffect(() => {
    if (settled === '' || showId === null) {
      request.current += 1;
      setHits(null);
      setPending(false);
      return;
    }
    const mine = ++request.current;
    setPending(true);
    getApi().invoke('search.query', { query: settled, showId, limit: 200 }).then(
      (result) => {
        if (mine !== request.current) return;
        setHits(result);
        setPending(false);
      },
      (e: unknown) => {
        if (mine !== request.current) return;
        setPending(false);
        onError(e);
      },
    );
  }, [settled, showId, onError]);

  return { hits: query.trim() === '' ? null : hits, pending: pending || settled !== query.trim() };
}
