// An RSS feed's text as a FeedPlan: channel fields (Apple and podcast namespace tags), hosts and
// items. A feed that is not well-formed RSS is refused with feed_malformed, naming the line.

import { AppError } from '../../../shared/api/errors.js';
import type { Bilingual, UiLanguage } from '../../../shared/domain/types.js';
import { attrOf, nodes, readRss, textOf } from '../release/rss-reader.js';
import type { FeedPlan, PlannedEpisode } from './feed-plan.js';
import { clip, clipMarkdown, email, explicitFlag, languageCode, webUrl } from './feed-values.js';
import { notesMarkdown, readItem } from './read-item.js';
import { readPersons } from './read-persons.js';

function categories(channel: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const c of nodes(channel['itunes:category'])) {
    const name = attrOf(c, 'text').trim();
    if (name === '') continue;
    const subs = nodes(c['itunes:category']).map((s) => attrOf(s, 'text').trim()).filter(Boolean);
    for (const label of subs.length > 0 ? subs.map((s) => `${name} > ${s}`) : [name]) {
      if (!out.includes(label)) out.push(label.slice(0, 120));
    }
  }
  return out.slice(0, 6);
}

/** The folder the feed's self link sits in: where the show was hosted. */
function baseOf(href: string): string {
  const url = webUrl(href);
  return url === '' ? '' : url.slice(0, url.lastIndexOf('/') + 1);
}

export function readFeed(text: string): FeedPlan {
  const read = readRss(text.replace(/^\uFEFF/, ''));
  if (!read.ok) {
    throw new AppError('feed_malformed', { line: read.line, problem: read.problem.en, problemFr: read.problem.fr });
  }
  const { channel } = read;
  const notes: Bilingual[] = [];
  const rawLanguage = textOf(channel.language).trim();
  const lang: UiLanguage = rawLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  if (rawLanguage !== '' && !/^(fr|en)\b/i.test(rawLanguage)) {
    notes.push({ fr: `Langue du flux « ${rawLanguage} » : ni français ni anglais, importé comme côté anglais de l’émission.`,
      en: `Feed language "${rawLanguage}" is neither French nor English: imported as the show's English side.` });
  }
  const title = clip(textOf(channel.title) || textOf(channel['itunes:title']), 255, { fr: 'Titre', en: 'Title' }, notes);
  if (title === '') throw new AppError('feed_malformed', { problem: 'the channel has no title', problemFr: "le canal n'a pas de titre" });
  const owner = nodes(channel['itunes:owner'])[0] ?? {};
  const self = nodes(channel['atom:link']).find((l) => attrOf(l, 'rel') === 'self');
  const itunesType = textOf(channel['itunes:type']).trim().toLowerCase();

  const episodes: PlannedEpisode[] = [];
  const guids = new Set<string>();
  for (const item of nodes(channel.item)) {
    const episode = readItem(item, lang, notes);
    if (!episode) continue;
    if (guids.has(episode.guid)) {
      notes.push({ fr: `Guid « ${episode.guid} » en double dans le flux : second épisode laissé de côté.`,
        en: `Guid "${episode.guid}" appears twice in the feed: the second episode was left out.` });
      continue;
    }
    guids.add(episode.guid);
    episodes.push(episode);
  }
  return {
    lang,
    languageCode: languageCode(rawLanguage),
    title,
    subtitle: clip(textOf(channel['itunes:subtitle']), 255, { fr: 'Sous-titre', en: 'Subtitle' }, notes),
    description: clipMarkdown(notesMarkdown(channel), 4000, { fr: 'Description', en: 'Description' }, notes),
    author: clip(textOf(channel['itunes:author']), 255, { fr: 'Auteur', en: 'Author' }, notes),
    ownerName: clip(textOf(owner['itunes:name']), 255, { fr: 'Propriétaire', en: 'Owner' }, notes),
    ownerEmail: email(textOf(owner['itunes:email'])),
    website: webUrl(textOf(channel.link)),
    copyright: clip(textOf(channel.copyright), 255, { fr: 'Copyright', en: 'Copyright' }, notes),
    categories: categories(channel),
    explicit: explicitFlag(textOf(channel['itunes:explicit'])) ?? false,
    itunesType: itunesType === 'serial' ? 'serial' : 'episodic',
    locked: explicitFlag(textOf(channel['podcast:locked'])),
    podcastGuid: textOf(channel['podcast:guid']).trim() || null,
    baseUrl: baseOf(attrOf(self, 'href')),
    artworkUrl: webUrl(attrOf(channel['itunes:image'], 'href') || textOf(channel['itunes:image'])
      || textOf(nodes(channel.image)[0]?.url)),
    hosts: readPersons(channel['podcast:person']),
    episodes,
    notes,
  };
}
