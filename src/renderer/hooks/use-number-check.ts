// Is this episode number free in its season? Asked (debounced) while the producer types, so a
// duplicate shows next to the field instead of failing at save time.
import { useEffect, useState } from 'react';
import { getApi } from '../api/client';
import { useDebounced } from './use-debounced';

interface Query {
  showId: number;
  season: number | null;
  number: number | null;
  excludeId: number | null;
}

export function useNumberCheck(query: Query, skip: boolean) {
  const settled = useDebounced(query, 250);
  const [taken, setTaken] = useState<{ key: string; taken: boolean } | null>(null);
  const key = JSON.stringify(query);
  const settledKey = JSON.stringify(settled);
  const valid = (n: number | null) => n === null || (Number.isInteger(n) && n >= 0);

  useEffect(() => {
    const { showId, season, number, excludeId } = JSON.parse(settledKey) as Query;
    if (skip || number === null || !valid(number) || !valid(season)) return;
    let live = true;
    getApi().invoke('episodes.numberAvailable', { showId, season, number, excludeId }).then(
      (available) => live && setTaken({ key: settledKey, taken: !available }),
      () => live && setTaken(null),
    );
    return () => {
      live = false;
    };
  }, [settledKey, skip]);

  if (skip || query.number === null || !valid(query.number) || !valid(query.season)) return { taken: false, checking: false };
  const answered = taken?.key === key;
  return { taken: answered ? taken.taken : false, checking: !answered };
}
