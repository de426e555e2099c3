// Commands a view adds to the Ctrl/Cmd+K palette while it is on screen (the Notes tab's
// paste-and-align, XLIFF, TMX…): registered on mount, gone on unmount, labels in the UI language.
import { useEffect, useId, useMemo } from 'react';
import { createStore } from '../lib/store';
import { useStore } from './use-store';

export interface PaletteCommand {
  id: string;
  label: string;
  hint?: string;
  /** The hint is a key to press (shown as <kbd>) rather than a word. */
  key?: boolean;
  run: () => void;
}

const registry = createStore<{ groups: Record<string, PaletteCommand[]> }>({ groups: {} });

/** Offers `commands` in the palette for as long as the calling component is mounted. */
export function useRegisterPaletteCommands(commands: PaletteCommand[]): void {
  const owner = useId();
  useEffect(() => {
    registry.set({ groups: { ...registry.get().groups, [owner]: commands } });
    return () => {
      const { [owner]: _gone, ...rest } = registry.get().groups;
      registry.set({ groups: rest });
    };
  }, [owner, commands]);
}

/** What the views on screen offer, in the order they registered. */
export function usePaletteCommands(): PaletteCommand[] {
  const groups = useStore(registry, (value) => value.groups);
  return useMemo(() => Object.values(groups).flat(), [groups]);
}
