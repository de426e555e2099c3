// Checks against the show's earlier releases: an item guid never changes and never moves to
// another episode; an episode that disappears, or a feed that moves, is said before it happens.

import type { ReleaseFinding } from '../../../shared/domain/types.js';
import type { Release } from '../../../shared/domain/types.js';
import type { ReleasedEpisodeHistory } from '../library/releases.js';
import { feedFile, LANGS } from './feed-urls.js';
import { finding, LANGUAGE_NAME } from './findings.js';
import type { ReleaseModel } from './release-model.js';

const SUPPORT = {
  fr: 'Un guid publié ne doit jamais changer (les applications redistribueraient l’épisode) : signalez-le, n’exportez pas.',
  en: 'A published guid must never change (apps would deliver the episode again): report it, do not export.',
};

export function validateHistory(model: ReleaseModel, history: readonly ReleasedEpisodeHistory[], last: Release | null): ReleaseFinding[] {
  const out: ReleaseFinding[] = [];
  const lastGuids = new Map<number, ReleasedEpisodeHistory>();
  const owners = new Map<string, number>();
  for (const h of history) {
    lastGuids.set(h.episodeId, h);
    for (const lang of LANGS) owners.set(h.guids[lang], h.episodeId);
  }
  for (const e of model.episodes) {
    const before = lastGuids.get(e.episode.id);
    for (const lang of LANGS) {
      const where = { scope: 'episode' as const, episodeId: e.episode.id, field: 'guid', lang };
      const guid = e.guids[lang];
      if (before && before.guids[lang] !== guid) {
        out.push(finding('error', 'guid_changed', where,
          { fr: `Le guid de « ${before.slug} » dans le flux ${LANGUAGE_NAME[lang].fr} a changé depuis la publication ${before.releaseKey} (${before.guids[lang]} → ${guid}).`,
            en: `The guid of "${before.slug}" in the ${LANGUAGE_NAME[lang].en} feed changed since release ${before.releaseKey} (${before.guids[lang]} → ${guid}).` },
          SUPPORT));
      }
      const owner = owners.get(guid);
      if (owner !== undefined && owner !== e.episode.id) {
        out.push(finding('error', 'guid_reused', where,
          { fr: `Le guid ${guid} a déjà été publié pour un autre épisode (n° ${owner}).`, en: `The guid ${guid} was already published for another episode (id ${owner}).` },
          SUPPORT));
      }
    }
  }
  if (last) {
    const now = new Set(model.episodes.map((e) => e.episode.id));
    for (const gone of last.episodes.filter((e) => !now.has(e.episodeId))) {
      out.push(finding('warning', 'episode_removed', { scope: 'episode', episodeId: gone.episodeId, field: 'status' },
        { fr: `« ${gone.title.fr || gone.title.en || gone.slug} » était dans la publication ${last.key} et n’y sera plus.`,
          en: `"${gone.title.en || gone.title.fr || gone.slug}" was in release ${last.key} and will no longer be.` },
        { fr: 'Si c’est voulu, rien à faire ; sinon remettez l’épisode au statut « prêt » ou « publié » et réassociez son audio.',
          en: 'If intended, nothing to do; otherwise set the episode back to "ready" or "published" and relink its audio.' }));
    }
    for (const lang of LANGS) {
      if (last.feedUrls[lang] === '' || last.feedUrls[lang] === model.feedUrls[lang]) continue;
      out.push(finding('warning', 'feed_url_changed', { scope: 'show', field: 'baseUrl', lang, file: feedFile(lang) },
        { fr: `L’adresse du flux ${LANGUAGE_NAME[lang].fr} change : ${last.feedUrls[lang]} → ${model.feedUrls[lang]}.`,
          en: `The ${LANGUAGE_NAME[lang].en} feed moves: ${last.feedUrls[lang]} → ${model.feedUrls[lang]}.` },
        { fr: 'Redirigez l’ancienne adresse (HTTP 301) vers la nouvelle ; podcast:guid reste le même.',
          en: 'Redirect the old address (HTTP 301) to the new one; podcast:guid stays the same.' }));
    }
  }
  return out;
}
