// The right-hand pane: facts about what is selected (for now the open episode and its audio).
import type { Episode } from '../../../shared/domain/types';
import { useI18n } from '../../i18n/i18n-context';
import { formatShortDateTime } from '../../i18n/format';
import { AudioFacts } from '../episode/AudioFacts';

export function Inspector({ episode }: { episode: Episode | null }) {
  const { t, lang } = useI18n();
  return (
    <aside className="inspector" aria-label={t('facts.title')} data-testid="inspector">
      <h2 className="pane-title">{t('facts.title')}</h2>
      {!episode ? (
        <p className="muted">{t('facts.nothing')}</p>
      ) : (
        <>
          <section>
            <h3>{t('facts.episode')}</h3>
            <dl className="facts">
              <div className="fact"><dt>{t('facts.guid')}</dt><dd className="tabular selectable" data-testid="inspector-guid">{episode.guid}</dd></div>
              <div className="fact"><dt>{t('facts.slug')}</dt><dd>{episode.slug}</dd></div>
              <div className="fact"><dt>{t('facts.created')}</dt><dd className="tabular">{formatShortDateTime(lang, episode.createdAt)}</dd></div>
              <div className="fact"><dt>{t('facts.updated')}</dt><dd className="tabular">{formatShortDateTime(lang, episode.updatedAt)}</dd></div>
            </dl>
          </section>
          <section>
            <h3>{t('facts.audioFile')}</h3>
            {episode.audio ? <AudioFacts asset={episode.audio} /> : <p className="muted">{t('episode.noAudio')}</p>}
          </section>
        </>
      )}
    </aside>
  );
}
