// One <item> of an imported feed as a planned episode: guid kept (the enclosure URL when the item
// has none, as Apple does), notes to Markdown, numbers, persons and Podlove chapters.

import { MAX_CHAPTERS } from '../../../shared/domain/schemas.js';
import type { Bilingual, ChapterFields, UiLanguage } from '../../../shared/domain/types.js';
import { parseClock } from '../chapters/clock.js';
import { fileChapter } from '../chapters/model.js';
import { rfc2822ToIso } from '../release/rfc2822.js';
import { attrOf, nodes, textOf, type XmlNode } from '../release/rss-reader.js';
import type { PlannedEpisode } from './feed-plan.js';
import { clip, clipMarkdown, durationMs, explicitFlag, wholeNumber } from './feed-values.js';
import { htmlToMarkdown, looksLikeHtml, textToMarkdown } from './html-to-markdown.js';
import { readPersons } from './read-persons.js';

const EPISODE_TYPES = new Set(['full', 'trailer', 'bonus']);

export function notesMarkdown(node: XmlNode): string {
  const source = [textOf(node['content:encoded']), textOf(node.description), textOf(node['itunes:summary'])].find((t) => t.trim() !== '') ?? '';
  return looksLikeHtml(source) ? htmlToMarkdown(source) : textToMarkdown(source);
}

function pscChapters(item: XmlNode, lang: UiLanguage, name: string, notes: Bilingual[]): ChapterFields[] {
  const list = nodes(nodes(item['psc:chapters'])[0]?.['psc:chapter']);
  const chapters: ChapterFields[] = [];
  for (const [i, c] of list.slice(0, MAX_CHAPTERS).entries()) {
    const startMs = parseClock(attrOf(c, 'start'));
    try {
      if (startMs === null) throw new Error('start');
      chapters.push(fileChapter('psc', i + 1, { startMs, title: attrOf(c, 'title'), url: attrOf(c, 'href'), img: attrOf(c, 'image') }, lang));
    } catch {
      notes.push({ fr: `« ${name} » : chapitre ${i + 1} illisible, laissé de côté.`, en: `"${name}": chapter ${i + 1} not readable, left out.` });
    }
  }
  return chapters.sort((a, b) => a.startMs - b.startMs);
}

export function readItem(item: XmlNode, lang: UiLanguage, notes: Bilingual[]): PlannedEpisode | null {
  const rawTitle = textOf(item.title).trim() || textOf(item['itunes:title']).trim();
  const name = rawTitle || '?';
  const enclosureNode = nodes(item.enclosure)[0];
  const url = attrOf(enclosureNode, 'url').trim();
  const guid = textOf(item.guid).trim() || url;
  if (guid === '') {
    notes.push({ fr: `« ${name} » n’a ni guid ni audio : laissé de côté.`, en: `"${name}" has neither guid nor audio: left out.` });
    return null;
  }
  const what = { fr: `« ${name} »`, en: `"${name}"` };
  const pubDate = textOf(item.pubDate);
  const publishedAt = pubDate === '' ? null : rfc2822ToIso(pubDate);
  if (pubDate !== '' && publishedAt === null) {
    notes.push({ fr: `« ${name} » : date « ${pubDate} » illisible, laissée vide.`, en: `"${name}": date "${pubDate}" not readable, left empty.` });
  }
  const type = textOf(item['itunes:episodeType']).trim().toLowerCase();
  const length = Number(attrOf(enclosureNode, 'length'));
  if (!url) notes.push({ fr: `« ${name} » n’a pas d’audio (enclosure).`, en: `"${name}" has no audio (enclosure).` });
  return {
    guid,
    title: clip(rawTitle, 255, what, notes),
    summary: clipMarkdown(notesMarkdown(item), 4000, what, notes),
    publishedAt,
    number: wholeNumber(textOf(item['itunes:episode'])) ?? wholeNumber(textOf(item['podcast:episode'])),
    season: wholeNumber(textOf(item['itunes:season'])) ?? wholeNumber(textOf(item['podcast:season'])),
    type: EPISODE_TYPES.has(type) ? (type as PlannedEpisode['type']) : 'full',
    explicit: explicitFlag(textOf(item['itunes:explicit'])),
    enclosure: url ? { url, length: Number.isFinite(length) && length > 0 ? Math.trunc(length) : 0, mime: attrOf(enclosureNode, 'type').trim() } : null,
    durationMs: durationMs(textOf(item['itunes:duration'])),
    persons: readPersons(item['podcast:person']),
    chapters: pscChapters(item, lang, name, notes),
    chaptersUrl: attrOf(item['podcast:chapters'], 'url').trim() || null,
  };
}
