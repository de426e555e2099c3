// The facts of an audio asset (codec, rates, size, hash, path): in the Audio tab and the inspector.
import type { Asset } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n-context';
import { formatBitrate, formatBytes, formatDuration, formatSampleRate } from '../../i18n/format';

export function AudioFacts({ asset }: { asset: Asset }) {
  const { t, lang } = useI18n();
  const channels = asset.channels === 1 ? t('facts.mono') : asset.channels === 2 ? t('facts.stereo') : asset.channels;
  const rows: Array<[string, string | number | null, string?]> = [
    [t('facts.file'), asset.fileName],
    [t('episode.duration'), asset.durationMs === null ? null : formatDuration(asset.durationMs)],
    [t('facts.codec'), [asset.codec, asset.container].filter(Boolean).join(' · ') || null],
    [t('facts.bitrate'), asset.bitrate === null ? null : formatBitrate(lang, asset.bitrate)],
    [t('facts.vbr'), asset.vbr ? t('common.yes') : t('common.no')],
    [t('facts.sampleRate'), asset.sampleRate === null ? null : formatSampleRate(lang, asset.sampleRate)],
    [t('facts.channels'), channels],
    [t('facts.size'), formatBytes(lang, asset.size)],
    [t('facts.sha256'), asset.sha256.slice(0, 12), asset.sha256],
    [t('facts.path'), asset.path, asset.path],
  ];
  return (
    <dl className="facts" data-testid="audio-facts">
      {rows.map(([label, value, title]) => (
        <div key={label} className="fact">
          <dt>{label}</dt>
          <dd className="tabular" title={title}>{value ?? t('common.none')}</dd>
        </div>
      ))}
    </dl>
  );
}
