// The Details tab's artwork and transcripts. A chosen file reaches main by path (Electron) or by
// upload (browser host); main judges it, copies it into the library and answers the episode,
// which replaces the open one. A refused file says why beside its row and changes nothing.
import { useState } from 'react';
import { UI_LANGUAGES, type Episode, type UiLanguage } from '../../../shared/domain/types';
import type { AppError } from '../../../shared/api/errors';
import { getApi, pathForImport } from '../../api/client';
import { toAppError } from '../../api/errors';
import { useApp } from '../../hooks/app-context';
import { useI18n } from '../../i18n/i18n-context';
import { ArtworkField } from './ArtworkField';
import { TranscriptRow } from './TranscriptRow';

/** What a change is about: the artwork or one language's transcript (one change at a time each). */
type MediaSlot = 'artwork' | `transcript-${UiLanguage}`;

interface Props {
  episode: Episode;
  onChanged: (episode: Episode) => void;
}

export function EpisodeMedia({ episode, onChanged }: Props) {
  const { t, lang } = useI18n();
  const { ws } = useApp();
  const [busy, setBusy] = useState<Partial<Record<MediaSlot, boolean>>>({});
  const [errors, setErrors] = useState<Partial<Record<MediaSlot, AppError>>>({});
  const api = getApi();

  const run = async (slot: MediaSlot, change: () => Promise<Episode>) => {
    setBusy((b) => ({ ...b, [slot]: true }));
    setErrors((e) => ({ ...e, [slot]: undefined }));
    try {
      onChanged(await change());
    } catch (error) {
      setErrors((e) => ({ ...e, [slot]: toAppError(error) }));
    } finally {
      setBusy((b) => ({ ...b, [slot]: false }));
    }
  };
  // Uploads are small (an image, a caption file): the button's "Uploading…" is progress enough.
  const pathOf = (file: File) => pathForImport(file, () => undefined);

  const showArtworkId = ws.show?.id === episode.showId ? ws.show.artworkAssetId : null;
  const messageOf = (slot: MediaSlot) => errors[slot]?.messages[lang];

  return (
    <section className="form-section episode-media" data-testid="episode-media">
      <h3>{t('details.media')}</h3>
      <div className="form-row">
        <span className="form-label" id="media-artwork-label">{t('media.artwork')}</span>
        <div className="form-control span-2" role="group" aria-labelledby="media-artwork-label">
          <ArtworkField
            artwork={episode.artwork}
            showArtworkId={showArtworkId}
            busy={busy.artwork === true}
            error={messageOf('artwork')}
            onFile={(file) => void run('artwork', async () => api.invoke('episodes.setArtwork', { id: episode.id, path: await pathOf(file) }))}
            onRemove={() => void run('artwork', () => api.invoke('episodes.removeArtwork', { id: episode.id }))}
          />
        </div>
      </div>
      <div className="form-row">
        <span className="form-label" id="media-transcripts-label">{t('media.transcripts')}</span>
        <div className="form-control span-2" role="group" aria-labelledby="media-transcripts-label">
          <ul className="transcript-list" data-testid="episode-transcripts">
            {UI_LANGUAGES.map((l) => (
              <TranscriptRow
                key={l}
                lang={l}
                transcript={episode.transcripts.find((x) => x.lang === l) ?? null}
                durationMs={episode.durationMs}
                busy={busy[`transcript-${l}`] === true}
                error={messageOf(`transcript-${l}`)}
                onFile={(file) => void run(`transcript-${l}`, async () =>
                  api.invoke('episodes.setTranscript', { id: episode.id, lang: l, path: await pathOf(file) }))}
                onRemove={() => void run(`transcript-${l}`, () => api.invoke('episodes.removeTranscript', { id: episode.id, lang: l }))}
              />
            ))}
          </ul>
          <span className="field-hint">{t('media.transcriptHint')}</span>
        </div>
      </div>
    </section>
  );
}
