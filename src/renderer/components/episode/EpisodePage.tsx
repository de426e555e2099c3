// The open episode: header, tabs and the tab's workspace. Edits made here update the list in place.
import type { Episode, EpisodeStatus } from '../../../shared/domain/types';
import { getApi } from '../../api/client';
import { useApp } from '../../hooks/app-context';
import { useToasts } from '../../hooks/use-toasts';
import { AudioTab } from './AudioTab';
import { DetailsTab } from './DetailsTab';
import { EpisodeHeader } from './EpisodeHeader';
import { Tabs } from './Tabs';
import { NotesTab } from '../notes/NotesTab';
import { ReleaseTab } from '../release/ReleaseTab';

export function EpisodePage({ episode }: { episode: Episode }) {
  const { ws, episodeChanged } = useApp();
  const toasts = useToasts();
  const setStatus = (status: EpisodeStatus) => {
    getApi().invoke('episodes.update', { id: episode.id, patch: { status } }).then(episodeChanged, toasts.error);
  };

  return (
    <article className="episode-page" data-testid="episode-page" aria-labelledby="episode-title">
      <EpisodeHeader episode={episode} onStatus={setStatus} />
      <Tabs tab={ws.tab} onTab={ws.setTab} />
      <div className="tab-panel" role="tabpanel" id={`panel-${ws.tab}`} aria-labelledby={`tab-${ws.tab}`} data-testid={`panel-${ws.tab}`}>
        {ws.tab === 'audio' && <AudioTab episode={episode} />}
        {ws.tab === 'notes' && <NotesTab key={episode.id} episode={episode} />}
        {ws.tab === 'details' && <DetailsTab key={episode.id} episode={episode} onSaved={episodeChanged} />}
        {ws.tab === 'release' && <ReleaseTab key={episode.id} episode={episode} />}
      </div>
    </article>
  );
}
