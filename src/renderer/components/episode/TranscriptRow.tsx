// One language's transcript in the Details tab: its file, format, cue count, end and size, a
// warning when it runs past the audio, and choose / replace / remove for that language.
import type { EpisodeTranscript, UiLanguage } from '../../../shared/domain/types';
import { formatBytes, formatDuration } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { FileButton } from '../frame/FileButton';
import { Icon } from '../frame/Icon';

const TRANSCRIPT_ACCEPT = '.vtt,.srt,.json,text/vtt,application/x-subrip,application/json';

/** Captioning tools round the last cue up: the same second of slack as the preflight. */
const SLACK_MS = 1000;

interface Props {
  lang: UiLanguage;
  transcript: EpisodeTranscript | null;
  durationMs: number | null;
  busy: boolean;
  error: string | undefined;
  onFile: (file: File) => void;
  onRemove: () => void;
}

export function TranscriptRow({ lang, transcript, durationMs, busy, error, onFile, onRemove }: Props) {
  const { t, plural, lang: uiLang } = useI18n();
  const name = t(`media.lang.${lang}`);
  const chooseText = busy ? t('media.uploading') : transcript ? t('media.transcriptReplace') : t('media.transcriptChoose');
  const late = transcript !== null && durationMs !== null && transcript.endMs > durationMs + SLACK_MS;
  return (
    <li className="transcript-row" data-testid={`transcript-${lang}`} data-state={transcript ? 'set' : 'none'} aria-busy={busy}>
      <span className="lang-badge" title={name}>{lang.toUpperCase()}</span>
      <div className="transcript-info">
        {transcript ? (
          <>
            <span className="transcript-file" title={transcript.fileName}>
              <Icon name="file" size={14} />
              <span data-testid={`transcript-name-${lang}`}>{transcript.fileName}</span>
            </span>
            <span className="transcript-facts tabular" data-testid={`transcript-format-${lang}`}>
              <span>{t(`media.format.${transcript.format}`)}</span>
              <span>{plural('media.cues', transcript.cues)}</span>
              <span>{t('media.until', { time: formatDuration(transcript.endMs) })}</span>
              <span>{formatBytes(uiLang, transcript.size)}</span>
            </span>
            {late && durationMs !== null && (
              <span className="media-verdict warning" data-testid={`transcript-late-${lang}`}>
                <Icon name="warning" size={14} />{t('media.transcriptPast', { time: formatDuration(durationMs) })}
              </span>
            )}
          </>
        ) : (
          <span className="muted">{t('media.transcriptNone')}</span>
        )}
        {error && <span className="field-problem" role="alert" data-testid={`transcript-error-${lang}`}>{error}</span>}
      </div>
      <div className="transcript-actions">
        <FileButton testId={`transcript-choose-${lang}`} accept={TRANSCRIPT_ACCEPT} onFile={onFile} disabled={busy}
          label={t('media.forLang', { action: chooseText, lang: name })}>
          {chooseText}
        </FileButton>
        {transcript && (
          <button type="button" className="button" onClick={onRemove} disabled={busy} data-testid={`transcript-remove-${lang}`}
            aria-label={t('media.forLang', { action: t('media.transcriptRemove'), lang: name })}>
            {t('media.transcriptRemove')}
          </button>
        )}
      </div>
    </li>
  );
}
