// Audio & chapters (the chapter editor comes later): the player, the file's facts, a warning with
// "Relink" when the file moved or changed, and import when the episode has no audio yet.
import { useEffect, useState } from 'react';
import type { AssetIntegrity, Episode } from '../../../shared/domain/types';
import { getApi, mediaUrl } from '../../api/client';
import { useApp } from '../../hooks/app-context';
import { useJobs } from '../../hooks/use-jobs';
import { useI18n } from '../../i18n/i18n-context';
import { formatDuration } from '../../i18n/format';
import { FileButton } from '../frame/FileButton';
import { Icon } from '../frame/Icon';
import { JobProgress } from '../frame/JobProgress';
import { AudioFacts } from './AudioFacts';

export function AudioTab({ episode }: { episode: Episode }) {
  const { importFile, relink } = useApp();
  const { t, plural } = useI18n();
  const { jobs } = useJobs();
  const [integrity, setIntegrity] = useState<AssetIntegrity | null>(null);
  const asset = episode.audio;
  const job = jobs.find((j) => j.episodeId === episode.id);

  useEffect(() => {
    setIntegrity(null);
    if (!asset) return;
    let live = true;
    // A failed check is not worth a toast: the player will show its own error.
    getApi().invoke('episodes.checkAudio', { id: episode.id }).then((r) => live && setIntegrity(r), () => undefined);
    return () => {
      live = false;
    };
  }, [episode.id, asset?.id, asset?.sha256, asset]);

  const importButton = (label: string) => (
    <FileButton testId="episode-import" className="button" onFile={(file) => importFile(file, { showId: episode.showId, episodeId: episode.id })}>
      <Icon name="upload" /> {label}
    </FileButton>
  );

  if (!asset) {
    return (
      <div className="audio-tab">
        {job && <JobProgress job={job} />}
        <div className="empty-state" data-testid="audio-empty">
          <h2>{t('audio.none')}</h2>
          <p>{t('audio.noneHint')}</p>
          {importButton(t('import.button'))}
        </div>
      </div>
    );
  }

  const broken = integrity && integrity.state !== 'ok' ? integrity : null;
  return (
    <div className="audio-tab">
      {job && <JobProgress job={job} />}
      {broken && (
        <div className="warning" role="alert" data-testid="audio-warning">
          <Icon name="warning" />
          <span>
            {broken.state === 'missing'
              ? t('audio.missing', { path: broken.path })
              : t('audio.changed', { path: broken.path, reason: t(`audio.reason.${broken.reason}`) })}
          </span>
          <FileButton testId="relink" className="button primary" onFile={(file) => relink(file, episode.id)}>
            {t('audio.relink')}
          </FileButton>
        </div>
      )}
      <div className="player-card">
        <audio controls preload="metadata" src={mediaUrl(asset.id)} data-testid="audio-player" />
        <span className="player-duration tabular">{asset.durationMs !== null ? formatDuration(asset.durationMs) : ''}</span>
        {importButton(t('import.replace'))}
      </div>
      <div className="audio-columns">
        <section className="panel">
          <h3>{t('facts.audioFile')}</h3>
          <AudioFacts asset={asset} />
        </section>
        <section className="panel">
          <h3>{t('audio.chapters')}</h3>
          <p>{asset.embeddedChapters.length === 0 ? t('audio.noEmbedded') : plural('audio.embeddedChapters', asset.embeddedChapters.length)}</p>
          {asset.embeddedChapters.length > 0 && (
            <ol className="chapter-preview">
              {asset.embeddedChapters.map((c, i) => (
                <li key={i}><span className="tabular">{formatDuration(c.startMs)}</span> {c.title}</li>
              ))}
            </ol>
          )}
          <p className="muted">{t('audio.chaptersLater')}</p>
        </section>
      </div>
    </div>
  );
}
