// The preflight's library side: episodes marked ready (or published) that cannot go out, the
// artwork's file, each released episode's own checks, and the comparison with earlier releases.

import type { ReleaseFinding } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { episodeName, finding } from './findings.js';
import type { HeldBackEpisode, ReleaseModel } from './release-model.js';
import { validateEpisodeMedia } from './validate-episode-media.js';
import { validateEpisodes } from './validate-episodes.js';
import { validateHistory } from './validate-history.js';

function heldBack(h: HeldBackEpisode): ReleaseFinding {
  const name = episodeName(h.episode);
  const where = (field: string) => ({ scope: 'episode' as const, episodeId: h.episode.id, field });
  switch (h.reason) {
    case 'no_audio':
      return finding('error', 'ready_without_audio', where('audio'),
        { fr: `« ${name.fr} » est prêt mais n’a pas d’audio.`, en: `"${name.en}" is ready but has no audio.` },
        { fr: 'Importez l’audio de l’épisode, ou remettez-le en brouillon.', en: 'Import the episode’s audio, or set it back to draft.' });
    case 'no_notes':
      return finding('error', 'ready_without_notes', where('notes'),
        { fr: `« ${name.fr} » est prêt mais n’a de notes dans aucune langue.`, en: `"${name.en}" is ready but has notes in neither language.` },
        { fr: 'Écrivez les notes de l’épisode.', en: 'Write the episode’s notes.' });
    case 'changed':
      return finding('error', 'audio_changed', where('audio'),
        { fr: `L’audio de « ${name.fr} » a changé depuis son importation : ${h.audioPath}`, en: `The audio of "${name.en}" changed since it was imported: ${h.audioPath}` },
        { fr: 'Réassociez le fichier (Vérifier l’audio ▸ Réassocier) pour enregistrer la nouvelle version.', en: 'Relink the file (Check audio ▸ Relink) to record the new version.' });
    default:
      return finding('error', 'audio_needs_relink', where('audio'),
        { fr: `L’audio de « ${name.fr} » est introuvable${h.reason === 'remote' ? ' (média distant d’un flux importé)' : ''} : ${h.audioPath}`,
          en: `The audio of "${name.en}" cannot be found${h.reason === 'remote' ? ' (remote media from an imported feed)' : ''}: ${h.audioPath}` },
        { fr: 'Réassociez l’épisode à son fichier audio sur cet ordinateur.', en: 'Relink the episode to its audio file on this computer.' });
  }
}

export function validateLibrary(library: Library, model: ReleaseModel): ReleaseFinding[] {
  const out: ReleaseFinding[] = [];
  const artworkWhere = { scope: 'show' as const, field: 'artwork' };
  if (!model.artwork) {
    out.push(finding('error', 'artwork_missing', artworkWhere,
      { fr: 'L’émission n’a pas d’illustration.', en: 'The show has no artwork.' },
      { fr: 'Réglages de l’émission : ajoutez une image carrée JPEG ou PNG de 1400 à 3000 px.', en: 'Show settings: add a square 1400–3000 px JPEG or PNG image.' }));
  } else if (model.artwork.state !== 'ok') {
    const where = model.artwork.asset.path || library.feedRows.remoteUrl(model.artwork.asset.id);
    out.push(finding('error', 'artwork_missing', artworkWhere,
      { fr: `Le fichier de l’illustration est introuvable ou a changé : ${where}`, en: `The artwork file is missing or changed: ${where}` },
      { fr: 'Réglages de l’émission : choisissez l’illustration de nouveau.', en: 'Show settings: choose the artwork again.' }));
  }
  out.push(...model.heldBack.map(heldBack));
  out.push(...validateEpisodes(model));
  out.push(...validateEpisodeMedia(model));
  out.push(...validateHistory(model, library.releases.history(model.show.id), library.releases.latest(model.show.id)));
  return out;
}
