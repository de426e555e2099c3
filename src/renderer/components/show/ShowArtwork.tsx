// The show's artwork in its settings: what the library holds (read back from the copy, so the
// size and colour shown are the feed's), with choose and remove. A refused file says why and
// changes nothing; the sidebar's show list is reloaded so every view sees the new artwork.
import { useEffect, useState } from 'react';
import type { EpisodeArtwork, Show } from '../../../shared/domain/types';
import { getApi, pathForImport } from '../../api/client';
import { toAppError } from '../../api/errors';
import { useApp } from '../../hooks/app-context';
import { useI18n } from '../../i18n/i18n-context';
import { ArtworkField } from '../episode/ArtworkField';

export function ShowArtwork({ show }: { show: Show }) {
  const { t, lang } = useI18n();
  const { ws } = useApp();
  const [facts, setFacts] = useState<EpisodeArtwork | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    getApi().invoke('shows.artwork', { id: show.id }).then(
      ({ artwork }) => live && setFacts(artwork),
      (e: unknown) => live && setError(toAppError(e).messages[lang]),
    );
    return () => {
      live = false;
    };
    // The facts follow the asset the show points at; the language only words a read error.
  }, [show.id, show.artworkAssetId, lang]);

  const run = async (change: () => Promise<Show>) => {
    setBusy(true);
    setError(undefined);
    try {
      await change();
      await ws.reloadShows();
    } catch (e) {
      setError(toAppError(e).messages[lang]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="form-row">
      <span className="form-label" id="show-artwork-label">{t('show.artwork')}</span>
      <div className="form-control span-2" role="group" aria-labelledby="show-artwork-label">
        <ArtworkField
          artwork={facts}
          showArtworkId={null}
          busy={busy}
          error={error}
          testId="show-artwork"
          texts={{ none: t('show.artworkNone'), alt: t('show.artworkAlt'), hint: t('show.artworkHint') }}
          onFile={(file) => void run(async () => getApi().invoke('shows.setArtwork', { id: show.id, path: await pathForImport(file, () => undefined) }))}
          onRemove={() => void run(() => getApi().invoke('shows.removeArtwork', { id: show.id }))}
        />
      </div>
    </div>
  );
}
