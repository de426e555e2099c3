// The episode's artwork in the Details tab: a thumbnail from the media route, its pixel size,
// type and weight, Apple's rule checked at once (the preflight's own check, shared), choose and
// remove. Without artwork of its own, the show's is shown as what the feed will use.
import { useState } from 'react';
import { artworkIssues } from '../../../shared/domain/artwork-rules';
import type { EpisodeArtwork } from '../../../shared/domain/types';
import { mediaUrl } from '../../api/client';
import { formatBytes } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { FileButton } from '../frame/FileButton';
import { Icon } from '../frame/Icon';

const IMAGE_ACCEPT = 'image/png,image/jpeg,.png,.jpg,.jpeg';

interface Props {
  artwork: EpisodeArtwork | null;
  /** The show's artwork, shown greyed when the episode has none of its own. */
  showArtworkId: number | null;
  busy: boolean;
  error: string | undefined;
  onFile: (file: File) => void;
  onRemove: () => void;
}

function Thumbnail({ assetId, alt, inherited }: { assetId: number; alt: string; inherited: boolean }) {
  const { t } = useI18n();
  const [broken, setBroken] = useState(false);
  if (broken) {
    return <div className="media-thumb empty" role="img" aria-label={t('media.artworkBroken')}><Icon name="warning" size={20} /></div>;
  }
  return (
    <img className={`media-thumb${inherited ? ' inherited' : ''}`} src={mediaUrl(assetId)} alt={alt} width={112} height={112}
      data-testid={inherited ? 'show-artwork-thumb' : 'episode-artwork-thumb'} onError={() => setBroken(true)} />
  );
}

export function ArtworkField({ artwork, showArtworkId, busy, error, onFile, onRemove }: Props) {
  const { t, lang } = useI18n();
  const issues = artwork ? artworkIssues(artwork) : [];
  const thumbnail = artwork
    ? <Thumbnail key={artwork.assetId} assetId={artwork.assetId} alt={t('media.artworkAlt')} inherited={false} />
    : showArtworkId !== null
      ? <Thumbnail key={showArtworkId} assetId={showArtworkId} alt={t('media.showArtworkAlt')} inherited />
      : <div className="media-thumb empty" aria-hidden="true"><Icon name="image" size={24} /></div>;

  return (
    <div className="media-artwork" data-testid="episode-artwork" aria-busy={busy}>
      {thumbnail}
      <div className="media-artwork-info">
        {artwork ? (
          <p className="media-facts tabular">
            <strong data-testid="episode-artwork-size">{t('media.pixels', { w: artwork.width, h: artwork.height })}</strong>
            <span>{artwork.mime === 'image/png' ? 'PNG' : 'JPEG'}</span>
            <span>{formatBytes(lang, artwork.size)}</span>
          </p>
        ) : (
          <p className="muted" data-testid="episode-artwork-inherited">
            {showArtworkId !== null ? t('media.artworkInherited') : t('media.artworkNone')}
          </p>
        )}
        {artwork && issues.length === 0 && (
          <p className="media-verdict ok" data-testid="episode-artwork-ok"><Icon name="ok" size={14} />{t('media.artworkOk')}</p>
        )}
        {issues.length > 0 && (
          <ul className="media-verdicts" data-testid="episode-artwork-problems">
            {issues.map((issue) => (
              <li key={issue.problem} className={`media-verdict ${issue.severity}`}>
                <Icon name={issue.severity === 'error' ? 'error' : 'warning'} size={14} />
                {t(`media.problem.${issue.problem}`)}
              </li>
            ))}
          </ul>
        )}
        <div className="inline-controls">
          <FileButton testId="episode-artwork-choose" accept={IMAGE_ACCEPT} onFile={onFile} disabled={busy}>
            <Icon name="image" /> {busy ? t('media.uploading') : artwork ? t('media.artworkReplace') : t('media.artworkChoose')}
          </FileButton>
          {artwork && (
            <button type="button" className="button" onClick={onRemove} disabled={busy} data-testid="episode-artwork-remove">
              {t('media.artworkRemove')}
            </button>
          )}
        </div>
        {error && <p className="field-problem" role="alert" data-testid="episode-artwork-error">{error}</p>}
        <p className="field-hint">{t('media.artworkHint')}</p>
      </div>
    </div>
  );
}
