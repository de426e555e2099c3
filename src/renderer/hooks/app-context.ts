// Commands any part of the frame may run (palette, shortcuts, empty states, drop overlay),
// provided once by Workbench so components do not thread callbacks through every level.
import { createContext, useContext } from 'react';
import type { Episode, FindingWhere, LibraryInfo, UiLanguage } from '../../shared/domain/types';
import type { ImportTarget } from './use-audio-jobs';
import type { Theme } from './use-settings';
import type { Workspace } from './use-workspace';

export interface AppCommands {
  ws: Workspace;
  library: LibraryInfo | null;
  theme: Theme;
  /** Bumped whenever an episode changes outside its page (import, relink) so the page refetches. */
  episodeRevision: number;
  episodeChanged: (episode: Episode) => void;
  setLanguage: (lang: UiLanguage) => void;
  cycleTheme: () => void;
  importFile: (file: File, target: ImportTarget) => void;
  relink: (file: File, episodeId: number) => void;
  pickImport: () => void;
  openNewShow: () => void;
  newEpisode: () => void;
  openSample: () => Promise<void>;
  openPalette: () => void;
  openShortcuts: () => void;
  /** Opens the place a release finding names (show settings, an episode's tab) and focuses its field. */
  goTo: (where: FindingWhere) => void;
  /** "Import feed…": picks an RSS file and makes a new show of it. */
  pickFeed: () => void;
}

export const AppContext = createContext<AppCommands | null>(null);

export function useApp(): AppCommands {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContext');
  return value;
}
