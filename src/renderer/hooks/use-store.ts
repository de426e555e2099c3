// Reads a slice of a Store (lib/store.ts); the component re-renders only when that slice changes.
import { useSyncExternalStore } from 'react';
import type { Store } from '../lib/store';

export function useStore<T extends object, S>(store: Store<T>, select: (value: T) => S): S {
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}
