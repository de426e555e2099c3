// Checks of each released episode that only the library can answer: publication date,
// translations of title, notes and chapters, description timestamps, embedded chapters and
// loudness (as measured by the peaks engine; "not measured" is said, never guessed).

import type { ReleaseFinding, UiLanguage } from '../../../shared/domain/types.js';
import { listed } from '../chapters/model.js';
import { LANGS, otherLang } from './feed-urls.js';
import { episodeName, finding, LANGUAGE_NAME } from './findings.js';
import { ID3_TOC_LIMIT } from './id3-tagger.js';
import type { ReleaseEpisode, ReleaseModel } from './release-model.js';

export const LOUDNESS_TARGET = -16;
export const LOUDNESS_TOLERANCE = 1;
export const TRUE_PEAK_MAX = -1;

const at = (e: ReleaseEpisode, field: string, lang?: UiLanguage) =>
  ({ scope: 'episode' as const, episodeId: e.episode.id, field, ...(lang ? { lang } : {}) });
const nameOf = (e: ReleaseEpisode) => episodeName(e.episode);

function translations(e: ReleaseEpisode, push: (f: ReleaseFinding) => void): void {
  const name = nameOf(e);
  for (const lang of LANGS) {
    const l = LANGUAGE_NAME[lang];
    const o = LANGUAGE_NAME[otherLang(lang)];
    if (e.episode.title[lang].trim() === '' && e.episode.title[otherLang(lang)].trim() !== '') {
      push(finding('warning', 'title_missing_translation', at(e, 'title', lang),
        { fr: `« ${name.fr} » n’a pas de titre en ${l.fr} : le flux ${l.fr} montre celui en ${o.fr}.`,
          en: `"${name.en}" has no ${l.en} title: the ${l.en} feed shows the ${o.en} one.` },
        { fr: `Traduisez le titre en ${l.fr}.`, en: `Translate the title into ${l.en}.` }));
    }
    if (e.notes[lang] === '') {
      push(finding('warning', 'notes_missing_translation', at(e, 'notes', lang),
        { fr: `« ${name.fr} » n’a pas de notes en ${l.fr} : le flux ${l.fr} montre celles en ${o.fr}.`,
          en: `"${name.en}" has no ${l.en} notes: the ${l.en} feed shows the ${o.en} ones.` },
        { fr: `Traduisez les notes en ${l.fr}.`, en: `Translate the notes into ${l.en}.` }));
    }
    const untitled = e.chapters.map((c, i) => (c.title[lang].trim() === '' ? i : -1)).filter((i) => i >= 0);
    if (untitled.length > 0) {
      const rows = untitled.map((i) => i + 1).join(', ');
      push(finding('warning', 'chapters_missing_translation', { ...at(e, 'chapters', lang), scope: 'chapter', chapterIndex: untitled[0] as number },
        { fr: `« ${name.fr} » : chapitre(s) ${rows} sans titre en ${l.fr} (le titre en ${o.fr} est repris).`,
          en: `"${name.en}": chapter(s) ${rows} have no ${l.en} title (the ${o.en} title is used).` },
        { fr: `Traduisez les titres de ces chapitres en ${l.fr}.`, en: `Translate these chapter titles into ${l.en}.` }));
    }
  }
}

function titleHasNumber(model: ReleaseModel, e: ReleaseEpisode, push: (f: ReleaseFinding) => void): void {
  for (const lang of LANGS) {
    const title = e.episode.title[lang].trim();
    const show = model.show.title[lang].trim().toLowerCase();
    const numbered = /^(?:#|n[o°º]\.?\s*|ep(?:isode)?\.?\s*|épisode\s*)\d+/i.test(title);
    if (title !== '' && (numbered || (show.length > 3 && title.toLowerCase().includes(show)))) {
      push(finding('warning', 'title_has_number', at(e, 'title', lang),
        { fr: `Le titre « ${title} » contient un numéro d’épisode ou le nom de l’émission, qu’Apple demande d’éviter.`,
          en: `The title "${title}" contains an episode number or the show’s name, which Apple asks to avoid.` },
        { fr: 'Mettez le numéro dans le champ « numéro » et gardez un titre seul.', en: 'Put the number in the "number" field and keep the title alone.' }));
    }
  }
}

function chapterChecks(model: ReleaseModel, e: ReleaseEpisode, push: (f: ReleaseFinding) => void): void {
  const shown = listed(e.chapters);
  if (model.settings.descriptionTimestamps && (shown.length < 3 || (shown[0]?.startMs ?? 0) !== 0)) {
    push(finding('warning', 'timestamps_too_few', at(e, 'chapters'),
      { fr: `« ${nameOf(e).fr} » : ${shown.length} chapitre(s) ; les horodatages de description demandent au moins 3 chapitres dont le premier à 0:00.`,
        en: `"${nameOf(e).en}": ${shown.length} chapter(s); description timestamps need at least 3 chapters, the first at 0:00.` },
      { fr: 'Ajoutez des chapitres (le premier à 0:00), ou désactivez les horodatages dans les réglages de publication.',
        en: 'Add chapters (the first at 0:00), or turn description timestamps off in the release settings.' }));
  }
  if (e.chapters.length > 0 && !e.media.id3) {
    push(finding('warning', 'chapters_not_embedded', at(e, 'chapters'),
      { fr: `« ${nameOf(e).fr} » : les chapitres ne sont pas intégrés au fichier ${e.media.ext.toUpperCase()} (seulement dans le JSON du flux).`,
        en: `"${nameOf(e).en}": chapters are not embedded in the ${e.media.ext.toUpperCase()} file (only in the feed’s JSON).` },
      { fr: 'Les applications qui lisent podcast:chapters les verront ; pour les intégrer, exportez l’audio en MP3.',
        en: 'Apps that read podcast:chapters will show them; to embed them, export the audio as MP3.' }));
  }
  if (e.media.id3 && shown.length > ID3_TOC_LIMIT) {
    push(finding('warning', 'id3_chapter_limit', at(e, 'chapters'),
      { fr: `« ${nameOf(e).fr} » : ${shown.length} chapitres ; la table ID3 (CTOC) n’en liste que ${ID3_TOC_LIMIT}.`,
        en: `"${nameOf(e).en}": ${shown.length} chapters; the ID3 table (CTOC) lists only ${ID3_TOC_LIMIT}.` },
      { fr: 'Regroupez des chapitres.', en: 'Merge some chapters.' }));
  }
}

function loudness(e: ReleaseEpisode, push: (f: ReleaseFinding) => void): void {
  const name = nameOf(e);
  const l = e.loudness;
  if (l === null || (l.integratedLufs === null && l.truePeakDbtp === null)) {
    push(finding('info', 'loudness_not_measured', at(e, 'audio'),
      { fr: `« ${name.fr} » : sonie non mesurée.`, en: `"${name.en}": loudness not measured.` },
      { fr: 'Ouvrez l’épisode dans l’éditeur : la forme d’onde mesure la sonie.', en: 'Open the episode in the editor: the waveform pass measures loudness.' }));
    return;
  }
  const fix = { fr: 'Normalisez l’audio à −16 LUFS intégrés, crête vraie ≤ −1 dBTP, puis réassociez le fichier.',
    en: 'Normalise the audio to −16 LUFS integrated, true peak ≤ −1 dBTP, then relink the file.' };
  if (l.integratedLufs !== null && Math.abs(l.integratedLufs - LOUDNESS_TARGET) > LOUDNESS_TOLERANCE) {
    const v = l.integratedLufs.toFixed(1);
    push(finding('warning', 'loudness_out_of_range', at(e, 'audio'),
      { fr: `« ${name.fr} » : ${v} LUFS intégrés, hors de −16 ± 1 LUFS.`, en: `"${name.en}": ${v} LUFS integrated, outside −16 ± 1 LUFS.` }, fix));
  }
  if (l.truePeakDbtp !== null && l.truePeakDbtp > TRUE_PEAK_MAX) {
    const v = l.truePeakDbtp.toFixed(1);
    push(finding('warning', 'true_peak_too_high', at(e, 'audio'),
      { fr: `« ${name.fr} » : crête vraie ${v} dBTP, au-dessus de −1 dBTP.`, en: `"${name.en}": true peak ${v} dBTP, above −1 dBTP.` }, fix));
  }
}

export function validateEpisodes(model: ReleaseModel): ReleaseFinding[] {
  const out: ReleaseFinding[] = [];
  const push = (f: ReleaseFinding) => out.push(f);
  for (const e of model.episodes) {
    if (!e.episode.publishedAt) {
      push(finding('error', 'pubdate_missing', at(e, 'publishedAt'),
        { fr: `« ${nameOf(e).fr} » n’a pas de date de publication.`, en: `"${nameOf(e).en}" has no publication date.` },
        { fr: 'Choisissez la date et l’heure de publication de l’épisode.', en: 'Choose the episode’s publication date and time.' }));
    }
    translations(e, push);
    titleHasNumber(model, e, push);
    chapterChecks(model, e, push);
    loudness(e, push);
  }
  return out;
}

