// The preflight's library side of an episode's own artwork and transcripts: a copy lost or
// changed in the library (it stays out of the feed, so this is an error), and a transcript that
// runs past the end of the audio (a transcript of another cut: a warning).

import type { ReleaseFinding } from '../../../shared/domain/types.js';
import { formatHuman } from '../chapters/clock.js';
import { episodeName, finding, LANGUAGE_NAME } from './findings.js';
import type { ReleaseEpisode, ReleaseModel } from './release-model.js';

/** Captioning tools round the last cue up; a second past the end is no sign of another cut. */
const TRANSCRIPT_SLACK_MS = 1000;

function episodeMedia(e: ReleaseEpisode, push: (f: ReleaseFinding) => void): void {
  const name = episodeName(e.episode);
  const at = (field: string, lang?: 'fr' | 'en') => ({ scope: 'episode' as const, episodeId: e.episode.id, field, ...(lang ? { lang } : {}) });
  if (e.artwork && e.artwork.state !== 'ok') {
    push(finding('error', 'artwork_missing', at('artwork'),
      { fr: `L’illustration de « ${name.fr} » est introuvable ou a changé dans la bibliothèque : ${e.artwork.asset.path}`,
        en: `The artwork of "${name.en}" is missing or changed in the library: ${e.artwork.asset.path}` },
      { fr: 'Onglet Détails de l’épisode : choisissez l’illustration de nouveau, ou retirez-la.',
        en: 'Episode Details tab: choose the artwork again, or remove it.' }));
  }
  for (const { transcript: t, state } of e.transcripts) {
    const l = LANGUAGE_NAME[t.lang];
    if (state !== 'ok') {
      push(finding('error', 'transcript_missing', at('transcripts', t.lang),
        { fr: `La transcription ${l.fr} de « ${name.fr} » est introuvable ou a changé dans la bibliothèque : ${t.path}`,
          en: `The ${l.en} transcript of "${name.en}" is missing or changed in the library: ${t.path}` },
        { fr: `Onglet Détails de l’épisode : choisissez la transcription ${l.fr} de nouveau, ou retirez-la.`,
          en: `Episode Details tab: choose the ${l.en} transcript again, or remove it.` }));
      continue;
    }
    const durationMs = e.episode.durationMs;
    if (durationMs !== null && t.endMs > durationMs + TRANSCRIPT_SLACK_MS) {
      push(finding('warning', 'transcript_outside_duration', at('transcripts', t.lang),
        { fr: `La transcription ${l.fr} de « ${name.fr} » va jusqu’à ${formatHuman(t.endMs)}, après la fin du son (${formatHuman(durationMs)}).`,
          en: `The ${l.en} transcript of "${name.en}" runs to ${formatHuman(t.endMs)}, past the end of the audio (${formatHuman(durationMs)}).` },
        { fr: 'Vérifiez qu’elle correspond à ce montage, sinon choisissez la bonne transcription.',
          en: 'Check that it matches this cut of the audio; otherwise choose the right transcript.' }));
    }
  }
}

export function validateEpisodeMedia(model: ReleaseModel): ReleaseFinding[] {
  const out: ReleaseFinding[] = [];
  for (const e of model.episodes) episodeMedia(e, (f) => out.push(f));
  return out;
}
