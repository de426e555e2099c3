// A tiny observable value for what changes every frame (playhead, scroll, zoom): the pieces
// that show it subscribe directly instead of re-rendering the whole editor 60 times a second.

export interface Store<T> {
  get(): T;
  set(patch: Partial<T>): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(patch) {
      const keys = Object.keys(patch) as Array<keyof T>;
      if (keys.every((k) => Object.is(value[k], patch[k]))) return;
      value = { ...value, ...patch };
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
