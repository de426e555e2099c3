// Translation-memory suggestions for the row being worked on: looked up when a row gets the
// focus and again when its source text changes (after a short pause), ≥ 70 % from the show's
// snippets and every episode's translated rows. Answers for another row or text are dropped.
import { useEffect, useState } from 'react';
import type { NoteLang, TmMatch } from '../../shared/notes/types';
import { getApi } from '../api/client';
import { useDebounced } from './use-debounced';

interface TmQuery {
  rowId: number;
  text: string;
  sourceLang: NoteLang;
}

interface TmResult extends TmQuery {
  matches: TmMatch[];
}

const LOOKUP_MS = 250;
const LIMIT = 3;

export function useNotesTm(episodeId: number, query: TmQuery | null): TmResult | null {
  const [result, setResult] = useState<TmResult | null>(null);
  const key = query ? JSON.stringify([query.rowId, query.sourceLang, query.text]) : '';
  const settled = useDebounced(key, LOOKUP_MS);

  useEffect(() => {
    if (!settled) return;
    const [rowId, sourceLang, text] = JSON.parse(settled) as [number, NoteLang, string];
    if (text.trim() === '') {
      setResult({ rowId, sourceLang, text, matches: [] });
      return;
    }
    let live = true;
    getApi().invoke('notes.tmLookup', { text, sourceLang, episodeId, rowId, limit: LIMIT }).then(
      (matches) => live && setResult({ rowId, sourceLang, text, matches }),
      () => live && setResult({ rowId, sourceLang, text, matches: [] }),
    );
    return () => {
      live = false;
    };
  }, [settled, episodeId]);

  return query && result?.rowId === query.rowId ? result : null;
}
