// A real bilingual show to release, made at test time: artwork and audio by ffmpeg, a French-audio
// and an English-audio episode with chapters, notes and guests, hosts, a fixed release clock.

import { importArtwork } from '../../../../../src/main/services/artwork/import-artwork.js';
import { importAudio } from '../../../../../src/main/services/audio/import-audio.js';
import type { Library } from '../../../../../src/main/services/library/library.js';
import type { LoudnessOf } from '../../../../../src/main/services/release/loudness-source.js';
import type { Episode, Show } from '../../../../../src/shared/domain/types.js';
import { makeAudio } from '../../../../helpers/make-audio.js';
import { makeImage } from '../../../../helpers/make-image.js';

/** The release clock every test uses: exports at the same clock must be byte-identical. */
export const NOW = new Date('2026-03-05T12:00:00.000Z');

/** Loudness as if the peaks engine had measured it: within Apple's target. */
export const GOOD_LOUDNESS: LoudnessOf = async () => ({ integratedLufs: -16.2, truePeakDbtp: -1.5, samplePeakDbfs: -2 });

export { makeImage };

/** Text that breaks naive feeds: markup, CDATA's end, emoji, right-to-left. */
export const HOSTILE = 'Tom & Jerry <b>gras</b> ]]> fin 🎙️ שלום عربي';

export interface Fixture {
  show: Show;
  french: Episode;
  english: Episode;
  dir: string;
}

/** The files a fixture imports, made once per test file (ffmpeg is the slow part). */
export interface FixtureMedia {
  dir: string;
  art: string;
  frMp3: string;
  enMp3: string;
}

export async function makeMedia(dir: string): Promise<FixtureMedia> {
  return {
    dir,
    art: await makeImage(dir, 'art.png', '1400x1400'),
    frMp3: await makeAudio(dir, { name: 'ep1-fr.mp3', format: 'mp3', seconds: 12, tags: { title: 'ancien titre', cover: true } }),
    enMp3: await makeAudio(dir, { name: 'ep2-en.mp3', format: 'mp3', seconds: 8 }),
  };
}

export async function makeFixture(library: Library, dirOrMedia: string | FixtureMedia): Promise<Fixture> {
  const media = typeof dirOrMedia === 'string' ? await makeMedia(dirOrMedia) : dirOrMedia;
  const dir = media.dir;
  const base = library.shows.create({
    slug: 'raccords',
    title: { fr: 'Raccords', en: 'Connections' },
    subtitle: { fr: 'Le balado des élus', en: 'The councillors’ podcast' },
    description: { fr: 'Des élus municipaux racontent leurs décisions. Émission en français et en anglais.', en: 'City councillors talk about their decisions, in French and English.' },
    author: 'Équipe Raccords',
    ownerName: 'Équipe Raccords',
    ownerEmail: 'equipe@example.org',
    website: 'https://example.org/raccords/',
    copyright: '© 2026 Raccords',
    languages: { fr: 'fr-CA', en: 'en-CA' },
    categories: ['Society & Culture > Documentary', 'News > Politics'],
    explicit: false,
    baseUrl: 'https://example.org/raccords/',
  });
  library.shows.setHosts(base.id, [{ name: 'Hélène Tremblay', role: 'host', group: 'cast', img: 'https://example.org/helene.jpg', href: '' }]);
  const show = await importArtwork(library, base.id, media.art);
  const fr = await importAudio(library, { showId: show.id, episodeId: null, path: media.frMp3 });
  const en = await importAudio(library, { showId: show.id, episodeId: null, path: media.enMp3 });

  library.episodes.update(fr.id, {
    spoken: 'fr', status: 'ready', number: 1, season: 1, publishedAt: '2026-03-04T06:00:00-05:00',
    title: { fr: 'Les élus et l’innovation', en: 'Councillors and innovation' },
    summary: { fr: 'Notes en **français** avec [un lien](https://example.org/a?b=1&c=2).\n\n- point un\n- point deux', en: 'Notes in *English*.' },
  });
  library.episodes.setPersons(fr.id, [{ name: 'Jérôme Côté', role: 'guest', group: 'cast', img: '', href: 'https://example.org/jerome' }]);
  library.chapters.replaceAll(fr.id, [
    { startMs: 0, title: { fr: 'Ouverture', en: 'Opening' }, url: 'https://example.org/ch1' },
    { startMs: 4000, title: { fr: 'Entrevue', en: 'Interview' }, img: 'https://example.org/ch2.jpg' },
    { startMs: 8000, title: { fr: 'Conclusion', en: 'Wrap-up' } },
  ]);

  library.episodes.update(en.id, {
    spoken: 'en', status: 'ready', number: 2, season: 1, publishedAt: '2026-03-11T06:00:00-04:00',
    title: { fr: 'Le budget participatif', en: 'Participatory budgeting' },
    summary: { fr: 'Un budget voté par les citoyens.', en: 'A budget voted by citizens.' },
  });
  library.chapters.replaceAll(en.id, [
    { startMs: 0, title: { fr: 'Début', en: 'Start' } },
    { startMs: 3000, title: { fr: 'Suite', en: 'More' } },
    { startMs: 6000, title: { fr: 'Fin', en: 'End' } },
  ]);
  return { show: library.shows.get(show.id), french: library.episodes.get(fr.id), english: library.episodes.get(en.id), dir };
}
