// One row of the episode list: number, title in the UI language (the other one smaller), status,
// notes progress (reviewed/total), spoken language, duration and date; in search results, the
// matching snippet too.
import type { EpisodeSummary } from '../../../shared/domain/types';
import type { NotesProgress } from '../../../shared/notes/types';
import { useI18n } from '../../i18n/i18n-context';
import { formatDate, formatDuration } from '../../i18n/format';
import { SpokenBadge, StatusBadge } from '../frame/StatusBadge';

/** Renders the server's snippet, whose matches come wrapped in [ ]. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/\[([^\]]*)\]/);
  return (
    <span className="row-snippet">
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>))}
    </span>
  );
}

interface Props {
  episode: EpisodeSummary;
  snippet?: string;
  progress?: NotesProgress;
  active: boolean;
  open: boolean;
  onOpen: () => void;
}

export function EpisodeRow({ episode, snippet, progress, active, open, onOpen }: Props) {
  const { lang, other, t } = useI18n();
  const main = episode.title[lang] || episode.title[other];
  const second = episode.title[lang] ? episode.title[other] : '';
  const number = episode.number === null ? '—' : episode.season !== null ? `${episode.season}·${episode.number}` : String(episode.number);
  return (
    <div
      id={`episode-row-${episode.id}`}
      role="option"
      aria-selected={open}
      className={`episode-row${active ? ' active' : ''}${open ? ' open' : ''}`}
      data-testid={`episode-row-${episode.id}`}
      onClick={onOpen}
    >
      <span className="row-number tabular">{number}</span>
      <span className="row-main">
        <span className="row-line">
          <span className={`row-title${main ? '' : ' untitled'}`}>{main || t('list.untitled')}</span>
          <StatusBadge status={episode.status} compact />
        </span>
        <span className="row-line sub">
          <span className="row-other" lang={other}>{second}</span>
          <span className="row-meta tabular">
            {progress && progress.total > 0 && (
              <span className={`row-progress${progress.reviewed === progress.total ? ' done' : ''}`} data-testid={`notes-progress-${episode.id}`}
                title={t('notes.listProgress', { x: progress.reviewed, y: progress.total })}>
                {progress.reviewed}/{progress.total}
              </span>
            )}
            <SpokenBadge spoken={episode.spoken} />
            {episode.durationMs !== null && <span>{formatDuration(episode.durationMs)}</span>}
            {episode.publishedAt && <span>{formatDate(lang, episode.publishedAt)}</span>}
          </span>
        </span>
        {snippet && <Snippet text={snippet} />}
      </span>
    </div>
  );
}
