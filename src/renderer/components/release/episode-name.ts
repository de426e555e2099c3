// How the Release tab names an episode it only knows by id: "Ép. 5 · Title" from the show's list,
// else the title a release recorded (an episode removed since).
import type { Bilingual, EpisodeSummary } from '../../../shared/domain/types';
import type { I18n } from '../../i18n/i18n-context';

export function episodeName(i18n: I18n, summary: EpisodeSummary | undefined, recorded?: Bilingual): string {
  const { t, pick, other } = i18n;
  const source = summary?.title ?? recorded;
  const title = source ? pick(source) || source[other] || t('list.untitled') : t('list.untitled');
  return summary?.number != null ? t('release.group.episode', { n: summary.number, title }) : t('release.group.episodeNoNumber', { title });
}
