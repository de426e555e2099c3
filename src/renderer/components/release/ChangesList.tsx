// What the next release changes since the last one: new, changed (which parts) and removed
// episodes; unchanged ones are counted, not listed. Says so plainly when nothing changed.
import type { EpisodeSummary, ReleaseChanges } from '../../../shared/domain/types';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { summarizeChanges } from '../../lib/release-summary';
import { Icon } from '../frame/Icon';
import { episodeName } from './episode-name';

export function ChangesList({ changes, episodes }: { changes: ReleaseChanges | null; episodes: ReadonlyMap<number, EpisodeSummary> }) {
  const i18n = useI18n();
  const { t, plural, lang } = i18n;
  if (!changes) return <p className="muted">{t('common.loading')}</p>;
  const { notable, unchanged } = summarizeChanges(changes.changes);
  const since = changes.since;
  return (
    <div className="changes" data-testid="release-changes">
      {since && notable.length === 0 ? (
        <p className="changes-none" data-testid="release-changes-none">
          <Icon name="ok" /> {t('release.changes.none', { key: since.key })}
        </p>
      ) : (
        <p className="muted">
          {since ? t('release.changes.since', { key: since.key, date: formatDate(lang, since.releasedAt) })
            : changes.changes.length > 0 ? t('release.changes.first') : t('release.changes.empty')}
        </p>
      )}
      {notable.length > 0 && (
        <ul className="change-rows">
          {notable.map((c) => (
            <li key={`${c.kind}-${c.episodeId}`} className="change-row" data-testid="release-change" data-kind={c.kind}>
              <span className={`change-kind change-${c.kind}`}>{t(`release.change.${c.kind}`)}</span>
              <span className="change-name">{episodeName(i18n, episodes.get(c.episodeId), c.title)}</span>
              {c.parts.length > 0 && <span className="change-parts muted">{c.parts.map((p) => t(`release.part.${p}`)).join(', ')}</span>}
            </li>
          ))}
        </ul>
      )}
      {notable.length > 0 && unchanged > 0 && <p className="muted">{plural('release.changes.unchanged', unchanged)}</p>}
    </div>
  );
}
