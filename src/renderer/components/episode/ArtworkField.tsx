// An artwork field: a thumbnail from the media route, its pixel size, type and weight, Apple's
// rule checked at once (the preflight's own check, shared), choose and remove. The episode's (Details
// tab) shows the show's greyed when it has none of its own; the show settings use it too.
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
  /** Prefix of the test ids: `episode-artwork` (default) or `show-artwork`. */
  testId?: string;
  /** The texts that speak of the episode by default (the show settings give their own). */
  texts?: { none: string; alt: string; hint: string };
}

function Thumbnail({ assetId, alt, inherited, testId }: { assetId: number; alt: string; inherited: boolean; testId: string }) {
  const { t } = useI18n();
  const [broken, setBroken] = useState(false);
  if (broken) {
    return <div className="media-thumb empty" role="img" aria-label={t('media.artworkBroken')}><Icon name="warning" size={20} /></div>;
  }
  return (
    <img className={`media-thumb${inherited ? ' inherited' : ''}`} src={mediaUrl(assetId)} alt={alt} width={112} height={112}
      data-testid={inherited ? 'show-artwork-thumb' : `${testId}-thumb`} onError={() => setBroken(true)} />
  );
}

export function ArtworkField({ artwork, showArtworkId, busy, error, onFile, onRemove, testId = 'episode-artwork', texts }: Props) {
  const { t, lang } = useI18n();
  const issues = artwork ? artworkIssues(artwork) : [];
  const thumbnail = artwork
    ? <Thumbnail key={artwork.assetId} assetId={artwork.assetId} alt={texts?.alt ?? t('media.artworkAlt')} inherited={false} testId={testId} />
    : showArtworkId !== null
      ? <Thumbnail key={showArtworkId} assetId={showArtworkId} alt={t('media.showArtworkAlt')} inherited testId={testId} />
      : <div className="media-thumb empty" aria-hidden="true"><Icon name="image" size={24} /></div>;

  return (
    <div className="media-artwork" data-testid={testId} aria-busy={busy}>
      {thumbnail}
      <div className="media-artwork-info">
        {artwork ? (
          <p className="media-facts tabular">
            <strong data-testid={`${testId}-size`}>{t('media.pixels', { w: artwork.width, h: artwork.height })}</strong>
            <span>{artwork.mime === 'image/png' ? 'PNG' : 'JPEG'}</span>
            <span>{formatBytes(lang, artwork.size)}</span>
          </p>
        ) : (
          <p className="muted" data-testid={`${testId}-inherited`}>
            {showArtworkId !== null ? t('media.artworkInherited') : texts?.none ?? t('media.artworkNone')}
          </p>
        )}
        {artwork && issues.length === 0 && (
          <p className="media-verdict ok" data-testid={`${testId}-ok`}><Icon name="ok" size={14} />{t('media.artworkOk')}</p>
        )}
        {issues.length > 0 && (
          <ul className="media-verdicts" data-testid={`${testId}-problems`}>
            {issues.map((issue) => (
              <li key={issue.problem} className={`media-verdict ${issue.severity}`}>
                <Icon name={issue.severity === 'error' ? 'error' : 'warning'} size={14} />
                {t(`media.problem.${issue.problem}`)}
              </li>
            ))}
          </ul>
        )}
        <div className="inline-controls">
          <FileButton testId={`${testId}-choose`} accept={IMAGE_ACCEPT} onFile={onFile} disabled={busy}>
            <Icon name="image" /> {busy ? t('media.uploading') : artwork ? t('media.artworkReplace') : t('media.artworkChoose')}
          </FileButton>
          {artwork && (
            <button type="button" className="button" onClick={onRemove} disabled={busy} data-testid={`${testId}-remove`}>
              {t('media.artworkRemove')}
            </button>
          )}
        </div>
        {error && <p className="field-problem" role="alert" data-testid={`${testId}-error`}>{error}</p>}
        <p className="field-hint">{texts?.hint ?? t('media.artworkHint')}</p>
      </div>
    </div>
  );
}
