// Checks of one feed's items: Apple's required item tags, unique guids, enclosure type and exact
// length against the bundle's file, description sizes, numbers and types, and every file the
// item names (media, chapters, notes page, transcripts) present in the bundle.

import { bundlePath, isAbsoluteWebUrl, itemWhere, type BundleCheck } from './bundle-check.js';
import { finding, LANGUAGE_NAME, utf8Bytes } from './findings.js';
import { APPLE_AUDIO_TYPES } from './media-kind.js';
import { rfc2822ToIso } from './rfc2822.js';
import { attrOf, nodes, textOf, type XmlNode } from './rss-reader.js';
import { checkArtwork, FIX_EPISODE_ARTWORK } from './validate-artwork.js';
import { checkChapterFile } from './validate-chapter-file.js';
import { APPLE_DESCRIPTION_MAX_BYTES, checkText } from './validate-channel.js';

const AGAIN = { fr: 'Exportez la publication de nouveau.', en: 'Export the release again.' };
const EPISODE_TYPES = new Set(['full', 'trailer', 'bonus']);

/** itunes:duration as seconds: `3600`, `59:59`, `1:00:00`; null when it is none of these. */
export function durationSeconds(text: string): number | null {
  const t = text.trim();
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  const m = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(t);
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
}

async function checkFileRef(check: BundleCheck, guid: string, url: string, field: string, what: string): Promise<number | null> {
  const rel = bundlePath(check, url);
  if (rel === null) return null;
  const size = await check.reader.size(rel);
  if (size === null) {
    check.push(finding('error', 'file_missing', { ...itemWhere(check, guid, field), file: rel },
      { fr: `Le flux nomme ${rel} (${what}), absent du dossier.`, en: `The feed names ${rel} (${what}), which is not in the bundle.` }, AGAIN));
  }
  return size;
}

/** An item's own artwork: in the bundle, and meeting Apple's rule like the show's (once per file for both feeds). */
async function checkItemArtwork(check: BundleCheck, guid: string, href: string, seen: Set<string>): Promise<void> {
  const rel = bundlePath(check, href);
  if (rel === null || seen.has(rel)) return;
  seen.add(rel);
  if ((await checkFileRef(check, guid, href, 'artwork', 'image')) === null) return;
  const bytes = await check.reader.read(rel);
  // Both feeds name the same file: the finding points at the episode, not at one feed's language.
  const { lang: _feed, ...where } = { ...itemWhere(check, guid, 'artwork'), file: rel };
  if (bytes) for (const f of checkArtwork(bytes, rel, where, FIX_EPISODE_ARTWORK)) check.push(f);
}

async function checkItem(check: BundleCheck, item: XmlNode, index: number, guids: Set<string>, seenImages: Set<string>): Promise<void> {
  const { push, lang } = check;
  const guid = textOf(item.guid).trim();
  const where = (field: string) => itemWhere(check, guid, field);
  const title = textOf(item.title);
  const name = title.trim() || `#${index + 1}`;
  if (title.trim() === '') {
    push(finding('error', 'item_title_missing', where('title'),
      { fr: `L’épisode ${name} n’a pas de titre en ${LANGUAGE_NAME[lang].fr}.`, en: `Episode ${name} has no ${LANGUAGE_NAME[lang].en} title.` },
      { fr: 'Donnez un titre à l’épisode.', en: 'Give the episode a title.' }));
  } else checkText(push, title, where('title'), { fr: `Le titre de « ${name} »`, en: `The title of "${name}"` });

  if (guid === '') {
    push(finding('warning', 'guid_missing', where('guid'), { fr: `« ${name} » n’a pas de guid.`, en: `"${name}" has no guid.` }, AGAIN));
  } else if (guids.has(guid)) {
    push(finding('error', 'guid_duplicate', where('guid'),
      { fr: `Le guid ${guid} (« ${name} ») est déjà utilisé par un autre épisode de ce flux.`, en: `The guid ${guid} ("${name}") is already used by another episode of this feed.` },
      { fr: 'Chaque épisode doit avoir son propre guid : vérifiez les épisodes importés en double.', en: 'Each episode needs its own guid: look for episodes imported twice.' }));
  }
  guids.add(guid);

  const pubDate = textOf(item.pubDate).trim();
  if (pubDate !== '' && rfc2822ToIso(pubDate) === null) {
    push(finding('error', 'pubdate_invalid', where('publishedAt'),
      { fr: `Date de publication « ${pubDate} » illisible (RFC 2822 attendu).`, en: `Publication date "${pubDate}" is not RFC 2822.` },
      { fr: 'Corrigez la date de publication.', en: 'Fix the publication date.' }));
  }

  for (const field of ['description', 'content:encoded'] as const) {
    const bytes = utf8Bytes(textOf(item[field]));
    if (bytes > APPLE_DESCRIPTION_MAX_BYTES) {
      push(finding('error', 'description_too_long', where('notes'),
        { fr: `Les notes de « ${name} » (${field}) font ${bytes} octets UTF-8 ; Apple en accepte 4000.`,
          en: `The notes of "${name}" (${field}) are ${bytes} UTF-8 bytes; Apple accepts 4000.` },
        { fr: 'Raccourcissez les notes (ou désactivez les horodatages dans la description).', en: 'Shorten the notes (or turn off description timestamps).' }));
    }
  }

  const type = textOf(item['itunes:episodeType']).trim();
  if (type !== '' && !EPISODE_TYPES.has(type)) {
    push(finding('error', 'episode_type_invalid', where('type'),
      { fr: `Type d’épisode « ${type} » inconnu (full, trailer ou bonus).`, en: `Unknown episode type "${type}" (full, trailer or bonus).` },
      { fr: 'Choisissez le type de l’épisode.', en: 'Choose the episode type.' }));
  }
  for (const tag of ['itunes:episode', 'itunes:season'] as const) {
    const value = textOf(item[tag]).trim();
    if (value !== '' && !/^[1-9]\d*$/.test(value)) {
      push(finding('warning', 'episode_number_invalid', where(tag === 'itunes:episode' ? 'number' : 'season'),
        { fr: `${tag} vaut « ${value} » ; Apple attend un entier non nul.`, en: `${tag} is "${value}"; Apple expects a non-zero whole number.` },
        { fr: 'Corrigez le numéro.', en: 'Fix the number.' }));
    }
  }
  const durationText = textOf(item['itunes:duration']);
  const seconds = durationText === '' ? null : durationSeconds(durationText);
  if (durationText !== '' && seconds === null) {
    push(finding('warning', 'duration_invalid', where('audio'),
      { fr: `Durée « ${durationText} » illisible.`, en: `Duration "${durationText}" is not readable.` }, AGAIN));
  }

  const enclosure = nodes(item.enclosure)[0];
  const url = attrOf(enclosure, 'url').trim();
  const length = attrOf(enclosure, 'length').trim();
  const mime = attrOf(enclosure, 'type').trim();
  if (!enclosure || url === '' || length === '' || mime === '') {
    push(finding('error', 'enclosure_missing', where('audio'),
      { fr: `« ${name} » n’a pas d’enclosure complète (url, length, type).`, en: `"${name}" has no complete enclosure (url, length, type).` },
      { fr: 'Associez un fichier audio à l’épisode.', en: 'Give the episode an audio file.' }));
  } else {
    if (!APPLE_AUDIO_TYPES.includes(mime)) {
      push(finding('error', 'enclosure_type', where('audio'),
        { fr: `« ${name} » : audio ${mime}, qu’Apple Podcasts ne lit pas (MP3 ou M4A).`, en: `"${name}": ${mime} audio, which Apple Podcasts does not play (MP3 or M4A).` },
        { fr: 'Exportez l’audio en MP3 (ou M4A) et réassociez le fichier.', en: 'Export the audio as MP3 (or M4A) and relink the file.' }));
    }
    if (!isAbsoluteWebUrl(url)) {
      push(finding('error', 'url_not_absolute', where('audio'),
        { fr: `L’adresse de l’audio de « ${name} » n’est pas absolue (${url}).`, en: `The audio address of "${name}" is not absolute (${url}).` },
        { fr: 'Indiquez l’URL de base de l’émission.', en: 'Fill in the show’s base URL.' }));
    }
    const size = await checkFileRef(check, guid, url, 'audio', 'audio');
    if (size !== null && String(size) !== length) {
      push(finding('error', 'enclosure_length', { ...where('audio'), file: bundlePath(check, url) ?? undefined },
        { fr: `« ${name} » : l’enclosure annonce ${length} octets, le fichier en fait ${size}.`, en: `"${name}": the enclosure says ${length} bytes, the file has ${size}.` },
        AGAIN));
    }
  }

  const chaptersUrl = attrOf(item['podcast:chapters'], 'url').trim();
  if (chaptersUrl !== '') {
    const rel = bundlePath(check, chaptersUrl);
    if ((await checkFileRef(check, guid, chaptersUrl, 'chapters', 'chapitres / chapters')) !== null && rel !== null) {
      const bytes = await check.reader.read(rel);
      if (bytes) for (const f of checkChapterFile(check, guid, rel, bytes, seconds === null ? null : Math.round(seconds * 1000))) push(f);
    }
  }
  const link = textOf(item.link).trim();
  if (link !== '') await checkFileRef(check, guid, link, 'notes', 'notes');
  for (const t of nodes(item['podcast:transcript'])) await checkFileRef(check, guid, attrOf(t, 'url'), 'transcript', 'transcription / transcript');
  const image = attrOf(item['itunes:image'], 'href').trim();
  if (image !== '') await checkItemArtwork(check, guid, image, seenImages);
}

/** `seenImages`: artwork already judged (the channel's, the other feed's items'), by bundle path. */
export async function validateItems(check: BundleCheck, channel: XmlNode, seenImages: Set<string>): Promise<number> {
  const items = nodes(channel.item);
  const guids = new Set<string>();
  for (const [i, item] of items.entries()) await checkItem(check, item, i, guids, seenImages);
  return items.length;
}
