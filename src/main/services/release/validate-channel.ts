// Checks of one feed's <channel> against Apple Podcasts' rules: required tags, language code,
// category list, explicit flag, lengths in characters and UTF-8 bytes, and the artwork it names.

import type { Bilingual, ReleaseFinding } from '../../../shared/domain/types.js';
import { isAppleCategory } from './apple-categories.js';
import { bundlePath, isAbsoluteWebUrl, showWhere, type BundleCheck } from './bundle-check.js';
import { charCount, finding, LANGUAGE_NAME, utf8Bytes } from './findings.js';
import { attrOf, nodes, textOf, type XmlNode } from './rss-reader.js';
import { checkArtwork } from './validate-artwork.js';

export const APPLE_TEXT_MAX = 255;
export const APPLE_DESCRIPTION_MAX_BYTES = 4000;
/** ISO 639-1/2 with optional subtags (fr, fr-ca, en-CA, gsw-CH). */
export const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

const SETTINGS: Bilingual = { fr: 'Réglages de l’émission', en: 'Show settings' };
const fixIn = (what: Bilingual): Bilingual => ({ fr: `${SETTINGS.fr} : ${what.fr}`, en: `${SETTINGS.en}: ${what.en}` });

/** ≤ 255 characters and no spaces at either end, for a value Apple limits. */
export function checkText(push: (f: ReleaseFinding) => void, value: string, where: ReleaseFinding['where'], label: Bilingual): void {
  if (charCount(value) > APPLE_TEXT_MAX) {
    push(finding('error', 'text_too_long', where,
      { fr: `${label.fr} : ${charCount(value)} caractères, ${APPLE_TEXT_MAX} au plus.`, en: `${label.en}: ${charCount(value)} characters; at most ${APPLE_TEXT_MAX}.` },
      { fr: `Raccourcissez ${label.fr.toLowerCase()}.`, en: `Shorten the ${label.en.toLowerCase()}.` }));
  }
  if (value !== value.trim()) {
    push(finding('warning', 'text_untrimmed', where,
      { fr: `${label.fr} commence ou finit par une espace.`, en: `${label.en} starts or ends with a space.` },
      { fr: 'Retirez les espaces en trop.', en: 'Remove the extra spaces.' }));
  }
}

async function checkChannelArtwork(check: BundleCheck, channel: XmlNode, seen: Set<string>): Promise<void> {
  const href = (attrOf(channel['itunes:image'], 'href') || textOf(channel['itunes:image'])).trim();
  const where = showWhere(check, 'artwork', false);
  if (href === '') {
    // A preflight knows why the artwork is missing and says so itself.
    if (check.mode === 'folder') {
      check.push(finding('error', 'artwork_missing', where, { fr: 'Le flux n’a pas d’illustration (itunes:image).', en: 'The feed has no artwork (itunes:image).' },
        fixIn({ fr: 'ajoutez une illustration.', en: 'add artwork.' })));
    }
    return;
  }
  const rel = bundlePath(check, href);
  if (rel === null || seen.has(rel)) return;
  seen.add(rel);
  const bytes = await check.reader.read(rel);
  if (!bytes) {
    check.push(finding('error', 'file_missing', { ...where, file: rel },
      { fr: `L’illustration ${rel} nommée par le flux manque au dossier.`, en: `The artwork ${rel} the feed names is not in the bundle.` },
      { fr: 'Exportez la publication de nouveau.', en: 'Export the release again.' }));
    return;
  }
  for (const f of checkArtwork(bytes, rel, where)) check.push(f);
}

export async function validateChannel(check: BundleCheck, channel: XmlNode, seenArtwork: Set<string>): Promise<void> {
  const { lang, push } = check;
  const langName = LANGUAGE_NAME[lang];
  const title = textOf(channel.title);
  if (title.trim() === '') {
    push(finding('error', 'channel_title_missing', showWhere(check, 'title'),
      { fr: `L’émission n’a pas de titre en ${langName.fr}.`, en: `The show has no ${langName.en} title.` },
      fixIn({ fr: `écrivez le titre en ${langName.fr}.`, en: `write the ${langName.en} title.` })));
  } else checkText(push, title, showWhere(check, 'title'), { fr: 'Le titre de l’émission', en: 'The show title' });

  const description = textOf(channel.description);
  if (description.trim() === '') {
    push(finding('error', 'channel_description_missing', showWhere(check, 'description'),
      { fr: `L’émission n’a pas de description en ${langName.fr}.`, en: `The show has no ${langName.en} description.` },
      fixIn({ fr: `écrivez la description en ${langName.fr}.`, en: `write the ${langName.en} description.` })));
  } else if (utf8Bytes(description) > APPLE_DESCRIPTION_MAX_BYTES) {
    push(finding('error', 'description_too_long', showWhere(check, 'description'),
      { fr: `La description (${langName.fr}) fait ${utf8Bytes(description)} octets UTF-8 ; Apple en accepte 4000.`,
        en: `The ${langName.en} description is ${utf8Bytes(description)} UTF-8 bytes; Apple accepts 4000.` },
      fixIn({ fr: 'raccourcissez la description (les lettres accentuées comptent deux octets).',
        en: 'shorten the description (accented letters count two bytes).' })));
  }

  const language = textOf(channel.language).trim();
  if (!LANGUAGE_CODE.test(language)) {
    push(finding('error', 'language_invalid', showWhere(check, 'languages'),
      { fr: `Code de langue « ${language} » invalide (ISO 639 attendu, ex. fr-ca).`, en: `Language code "${language}" is not valid (ISO 639 expected, e.g. en-ca).` },
      fixIn({ fr: 'corrigez le code de langue du flux.', en: 'fix the feed’s language code.' })));
  }

  const categories = nodes(channel['itunes:category']);
  if (categories.length === 0) {
    push(finding('error', 'category_missing', showWhere(check, 'categories', false),
      { fr: 'Aucune catégorie Apple Podcasts.', en: 'No Apple Podcasts category.' },
      fixIn({ fr: 'choisissez au moins une catégorie.', en: 'choose at least one category.' })));
  }
  for (const c of categories) {
    const name = attrOf(c, 'text').trim();
    const subs = nodes(c['itunes:category']).map((s) => attrOf(s, 'text').trim());
    for (const sub of subs.length > 0 ? subs : [null]) {
      if (isAppleCategory(name, sub)) continue;
      const label = sub ? `${name} > ${sub}` : name;
      push(finding('error', 'category_unknown', showWhere(check, 'categories', false),
        { fr: `« ${label} » n’est pas une catégorie Apple Podcasts.`, en: `"${label}" is not an Apple Podcasts category.` },
        fixIn({ fr: 'choisissez une catégorie de la liste d’Apple.', en: 'choose a category from Apple’s list.' })));
    }
  }

  const explicit = textOf(channel['itunes:explicit']).trim();
  if (explicit !== 'true' && explicit !== 'false') {
    push(finding('error', 'explicit_invalid', showWhere(check, 'explicit', false),
      { fr: `itunes:explicit vaut « ${explicit} » ; Apple attend true ou false.`, en: `itunes:explicit is "${explicit}"; Apple expects true or false.` },
      fixIn({ fr: 'indiquez si l’émission est explicite.', en: 'say whether the show is explicit.' })));
  }
  const author = textOf(channel['itunes:author']);
  if (author.trim() === '') {
    push(finding('warning', 'author_missing', showWhere(check, 'author', false),
      { fr: 'Pas d’auteur (itunes:author), recommandé par Apple.', en: 'No author (itunes:author), recommended by Apple.' },
      fixIn({ fr: 'indiquez l’auteur.', en: 'fill in the author.' })));
  } else checkText(push, author, showWhere(check, 'author', false), { fr: 'L’auteur', en: 'The author' });
  if (textOf(nodes(channel['itunes:owner'])[0]?.['itunes:email']).trim() === '') {
    push(finding('warning', 'owner_missing', showWhere(check, 'ownerEmail', false),
      { fr: 'Pas de courriel du propriétaire (itunes:owner) : Apple s’en sert pour vérifier la propriété.',
        en: 'No owner email (itunes:owner): Apple uses it to verify ownership.' },
      fixIn({ fr: 'indiquez le courriel du propriétaire.', en: 'fill in the owner’s email.' })));
  }
  if (textOf(channel.link).trim() === '') {
    push(finding('warning', 'link_missing', showWhere(check, 'website', false),
      { fr: 'Pas de lien vers le site de l’émission.', en: 'No link to the show’s website.' },
      fixIn({ fr: 'indiquez le site web.', en: 'fill in the website.' })));
  }
  const copyright = textOf(channel.copyright);
  if (copyright !== '') checkText(push, copyright, showWhere(check, 'copyright', false), { fr: 'Le copyright', en: 'The copyright' });

  const self = nodes(channel['atom:link']).find((l) => attrOf(l, 'rel') === 'self');
  if (!self || !isAbsoluteWebUrl(attrOf(self, 'href'))) {
    push(finding('error', 'url_not_absolute', showWhere(check, 'baseUrl', false),
      { fr: 'Le flux n’a pas d’adresse publique (lien self) : l’URL de base de l’émission manque.',
        en: 'The feed has no public address (self link): the show’s base URL is missing.' },
      fixIn({ fr: 'indiquez l’URL de base où la publication sera hébergée (https://…/).',
        en: 'fill in the base URL where the release will be hosted (https://…/).' })));
  }
  await checkChannelArtwork(check, channel, seenArtwork);
}
