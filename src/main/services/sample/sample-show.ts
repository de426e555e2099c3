// Creates the sample show (« Les Ondes de quartier ») so a new user has something real to open:
// show, hosts, three episodes and their synthetic audio, imported like any user file.

import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Show } from '../../../shared/domain/types.js';
import { importAudio } from '../audio/import-audio.js';
import type { Library } from '../library/library.js';
import { SAMPLE_EPISODES, SAMPLE_HOSTS, SAMPLE_SHOW, SAMPLE_SLUG, type SampleEpisode } from './sample-content.js';
import { encodeWav, synthesizeSpeechLike } from './wav-synth.js';

/** The first free one of `base`, `base-2`, `base-3`… */
function firstFree(base: string, taken: (candidate: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

export async function createSampleShow(library: Library): Promise<Show> {
  const slugs = new Set(library.shows.list().map((s) => s.slug));
  const slug = firstFree(SAMPLE_SLUG, (s) => slugs.has(s));

  // Audio first, each under a new name: a file must never replace another show's sample, whose
  // recorded hash would then stop matching.
  const folder = path.join(library.dir, 'assets', 'samples');
  await mkdir(folder, { recursive: true });
  const planned: { episode: SampleEpisode; file: string }[] = [];
  for (const episode of SAMPLE_EPISODES) {
    const { samples, sampleRate } = synthesizeSpeechLike(episode.voice);
    const stem = firstFree(`${slug}-ep${episode.fields.number}`, (s) => existsSync(path.join(folder, `${s}.wav`)));
    const file = path.join(folder, `${stem}.wav`);
    await writeFile(file, encodeWav(samples, sampleRate), { flag: 'wx' });
    planned.push({ episode, file });
  }

  let created: { show: Show; episodes: { id: number; file: string }[] };
  try {
    created = library.transaction(() => {
      const show = library.shows.create({ slug, ...SAMPLE_SHOW });
      library.shows.setHosts(show.id, SAMPLE_HOSTS);
      const episodes = planned.map(({ episode, file }) => {
        const { id } = library.episodes.create({ showId: show.id, ...episode.fields });
        // Item-level persons replace the show's, so the hosts are credited on every episode too.
        library.episodes.setPersons(id, [...SAMPLE_HOSTS, ...episode.credits]);
        return { id, file };
      });
      return { show, episodes };
    });
  } catch (error) {
    await Promise.all(planned.map(({ file }) => rm(file, { force: true })));
    throw error;
  }

  // Imported one by one like user files; should one fail, the show stays with that episode silent.
  for (const { id, file } of created.episodes) {
    await importAudio(library, { showId: created.show.id, episodeId: id, path: file });
  }
  return library.shows.get(created.show.id);
}
