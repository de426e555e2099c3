// Audio & chapters: the waveform chapter editor, the file's facts, a warning with "Relink" when
// the file moved or changed, and import when the episode has no audio yet.
import { useEffect, useState } from 'react';
import type { AssetIntegrity, Episode } from '../../../shared/domain/types';
import { getApi } from '../../api/client';
import { useApp } from '../../hooks/app-context';
import { useJobs } from '../../hooks/use-jobs';
import { useI18n } from '../../i18n/i18n-context';
import { FileButton } from '../frame/FileButton';
import { Icon } from '../frame/Icon';
import { JobProgress } from '../frame/JobProgress';
import { ChapterEditor } from '../chapters/ChapterEditor';
import { AudioFacts } from './AudioFacts';

export function AudioTab({ episode }: { episode: Episode }) {
  const { importFile, relink } = useApp();
  const { t } = useI18n();
  const { jobs } = useJobs();
  const [integrity, setIntegrity] = useState<AssetIntegrity | null>(null);
  const asset = episode.audio;
  // Peaks have their own progress above the waveform; this one is for the import of the audio.
  const job = jobs.find((j) => j.episodeId === episode.id && j.phase !== 'peaks');

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
      <ChapterEditor key={`${episode.id}-${asset.id}-${asset.sha256}`} episode={episode} asset={asset} />
      <section className="panel file-panel">
        <div className="panel-head">
          <h3>{t('facts.audioFile')}</h3>
          {importButton(t('import.replace'))}
        </div>
        <AudioFacts asset={asset} />
      </section>
    </div>
  );
}
