// The checks a bundle can answer by itself, read through a BundleReader: both feeds parse as
// XML, their channels and items meet Apple's rules, and every file they name is in the bundle.

import type { ReleaseFinding } from '../../../shared/domain/types.js';
import type { BundleCheck } from './bundle-check.js';
import type { BundleReader } from './bundle-reader.js';
import { throwIfCancelled } from './cancel.js';
import { feedFile, LANGS } from './feed-urls.js';
import { finding } from './findings.js';
import { attrOf, nodes, readRss } from './rss-reader.js';
import { validateChannel } from './validate-channel.js';
import { validateItems } from './validate-items.js';

export interface BundleOptions {
  mode: BundleCheck['mode'];
  episodeOfGuid?: ReadonlyMap<string, number>;
  signal?: AbortSignal;
}

/** The base URL under which the feed's self link sits (`https://x.org/show/` for …/feed.fr.xml). */
function baseOf(selfHref: string): string {
  const slash = selfHref.lastIndexOf('/');
  return /^https?:\/\//i.test(selfHref) && slash > 8 ? selfHref.slice(0, slash + 1) : '';
}

export interface BundleVerdict {
  findings: ReleaseFinding[];
  /** Items of the feed with the most (both feeds carry the same episodes). */
  items: number;
}

export async function validateBundle(reader: BundleReader, options: BundleOptions): Promise<BundleVerdict> {
  const findings: ReleaseFinding[] = [];
  const push = (f: ReleaseFinding) => findings.push(f);
  const seenArtwork = new Set<string>();
  let items = 0;
  for (const lang of LANGS) {
    throwIfCancelled(options.signal);
    const file = feedFile(lang);
    const bytes = await reader.read(file);
    if (!bytes) {
      push(finding('error', 'feed_missing', { scope: 'bundle', file, lang },
        { fr: `${file} manque au dossier.`, en: `${file} is missing from the bundle.` },
        { fr: 'Exportez la publication de nouveau.', en: 'Export the release again.' }));
      continue;
    }
    const read = readRss(bytes.toString('utf8'), { keepSpaces: true });
    if (!read.ok) {
      const at = read.line ? { fr: ` (ligne ${read.line})`, en: ` (line ${read.line})` } : { fr: '', en: '' };
      push(finding('error', 'feed_not_xml', { scope: 'bundle', file, lang },
        { fr: `${file}${at.fr} : ${read.problem.fr}`, en: `${file}${at.en}: ${read.problem.en}` },
        { fr: 'Exportez la publication de nouveau ; si cela se répète, signalez-le.', en: 'Export the release again; if it happens again, report it.' }));
      continue;
    }
    const self = nodes(read.channel['atom:link']).find((l) => attrOf(l, 'rel') === 'self');
    const check: BundleCheck = {
      reader, lang, file, base: baseOf(attrOf(self, 'href').trim()), mode: options.mode,
      episodeOf: (guid) => options.episodeOfGuid?.get(guid), push,
    };
    await validateChannel(check, read.channel, seenArtwork);
    items = Math.max(items, await validateItems(check, read.channel, seenArtwork));
  }
  if (items === 0) {
    push(finding('error', 'no_episodes', { scope: 'show', field: 'episodes' },
      { fr: 'Aucun épisode à publier : Apple Podcasts refuse un flux vide.', en: 'No episode to publish: Apple Podcasts refuses an empty feed.' },
      { fr: 'Passez au moins un épisode complet (audio et notes) au statut « prêt ».', en: 'Set at least one complete episode (audio and notes) to "ready".' }));
  }
  return { findings, items };
}
