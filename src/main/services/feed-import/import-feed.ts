// An RSS feed into a new show, all or nothing: the feed is read and checked completely, then the
// show, its release settings, hosts, artwork, episodes (guids kept), persons, chapters and remote
// media are written in one transaction. Media that are URLs are recorded as remote, to relink.

import { AppError } from '../../../shared/api/errors.js';
import type { Bilingual, ChapterFields, FeedImportResult, UiLanguage } from '../../../shared/domain/types.js';
import { slugify } from '../../../shared/domain/slug.js';
import { jsonChapters } from '../chapters/formats/json.js';
import type { Library } from '../library/library.js';
import type { FeedPlan } from './feed-plan.js';
import { readFeed } from './read-feed.js';

export interface FeedImportOptions {
  text: string;
  slug?: string;
  /** Reads a chapters file the feed names by a local path (the CLI, next to the feed); null when absent. */
  readLocalFile?: (href: string) => Promise<string | null>;
}

function showSlug(library: Library, plan: FeedPlan, wanted: string | undefined): string {
  if (wanted) return wanted;
  const base = slugify(plan.title) || 'imported-show';
  const taken = new Set(library.shows.list().map((s) => s.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

const pair = (lang: UiLanguage, value: string) => ({ fr: lang === 'fr' ? value : '', en: lang === 'en' ? value : '' });

export async function importFeed(library: Library, options: FeedImportOptions): Promise<FeedImportResult> {
  const plan = readFeed(options.text);
  const { lang } = plan;
  const notes: Bilingual[] = [...plan.notes];
  const taken = library.feedRows.guidsTaken(plan.episodes.map((e) => e.guid));
  if (taken.length > 0) {
    throw new AppError('duplicate', { field: 'guid', value: taken[0] ?? '', scope: `${taken.length} episode(s) of this feed already in the library` });
  }
  const localChapters = await readLocalChapters(plan, options, notes);
  const slug = showSlug(library, plan, options.slug);
  const seasonNumbers = new Set<string>();
  let chapterCount = 0;
  let remoteMedia = 0;

  const show = library.transaction(() => {
    const created = library.shows.create({
      slug,
      title: pair(lang, plan.title),
      subtitle: pair(lang, plan.subtitle),
      description: pair(lang, plan.description),
      author: plan.author,
      ownerName: plan.ownerName,
      ownerEmail: plan.ownerEmail,
      website: plan.website,
      copyright: plan.copyright,
      ...(plan.languageCode ? { languages: { fr: lang === 'fr' ? plan.languageCode : 'fr-CA', en: lang === 'en' ? plan.languageCode : 'en-CA' } } : {}),
      categories: plan.categories,
      explicit: plan.explicit,
      baseUrl: plan.baseUrl,
    });
    library.releases.updateSettings(created.id, { itunesType: plan.itunesType, ...(plan.locked !== null ? { locked: plan.locked } : {}) });
    library.releases.adoptFeed(created.id, lang, plan.podcastGuid);
    if (plan.hosts.length > 0) library.shows.setHosts(created.id, plan.hosts);
    if (plan.artworkUrl) {
      const image = library.feedRows.insertRemote({ kind: 'image', url: plan.artworkUrl, mime: '', size: 0, durationMs: null });
      library.shows.setArtwork(created.id, image.id);
    }
    for (const e of plan.episodes) {
      const key = `${e.season ?? 0}/${e.number}`;
      let number = e.number;
      if (number !== null && seasonNumbers.has(key)) {
        notes.push({ fr: `« ${e.title} » : numéro ${number} déjà pris dans la saison, laissé vide.`,
          en: `"${e.title}": number ${number} already used in its season, left empty.` });
        number = null;
      }
      if (number !== null) seasonNumbers.add(key);
      const audio = e.enclosure
        ? library.feedRows.insertRemote({ kind: 'audio', url: e.enclosure.url, mime: e.enclosure.mime, size: e.enclosure.length, durationMs: e.durationMs })
        : null;
      if (audio) remoteMedia += 1;
      const episode = library.feedRows.createEpisodeWithGuid({
        showId: created.id,
        number,
        season: e.season,
        type: e.type,
        spoken: lang,
        title: pair(lang, e.title),
        summary: pair(lang, e.summary),
        publishedAt: e.publishedAt,
        status: 'published',
        ...(e.explicit !== null ? { explicit: e.explicit } : {}),
        audioAssetId: audio?.id ?? null,
      }, e.guid);
      if (e.persons.length > 0) library.episodes.setPersons(episode.id, e.persons);
      const chapters = e.chapters.length > 0 ? e.chapters : (localChapters.get(e.guid) ?? []);
      if (chapters.length > 0) {
        library.chapters.replaceAll(episode.id, chapters);
        chapterCount += chapters.length;
      }
    }
    return library.shows.get(created.id);
  });
  return { show, episodes: plan.episodes.length, chapters: chapterCount, remoteMedia, notes };
}

/**
 * Chapters files the feed names by a local path, read and parsed before anything is written. A
 * chapters URL on the web is noted, never fetched (import works offline and sends nothing).
 */
async function readLocalChapters(plan: FeedPlan, options: FeedImportOptions, notes: Bilingual[]): Promise<Map<string, ChapterFields[]>> {
  const found = new Map<string, ChapterFields[]>();
  let remote = 0;
  for (const e of plan.episodes) {
    if (!e.chaptersUrl || e.chapters.length > 0) continue;
    const local = !/^[a-z][a-z0-9+.-]*:/i.test(e.chaptersUrl) || e.chaptersUrl.startsWith('file:');
    if (!local || !options.readLocalFile) {
      remote += 1;
      continue;
    }
    const text = await options.readLocalFile(e.chaptersUrl);
    try {
      if (text === null) throw new Error('missing');
      found.set(e.guid, jsonChapters.parse(text, { lang: plan.lang }));
    } catch {
      notes.push({ fr: `« ${e.title} » : fichier de chapitres ${e.chaptersUrl} absent ou illisible.`,
        en: `"${e.title}": chapters file ${e.chaptersUrl} missing or not readable.` });
    }
  }
  if (remote > 0) {
    notes.push({ fr: `${remote} fichier(s) de chapitres en ligne (podcast:chapters) non téléchargé(s) : importez-les depuis l’épisode.`,
      en: `${remote} online chapters file(s) (podcast:chapters) not downloaded: import them from the episode.` });
  }
  return found;
}
