// TMX (1.1–1.4) into the translation memory: every <tu> with a French and an English <tuv> is a
// unit; the others are reported as skipped. The file is read completely before one transaction
// writes it, so a malformed file (named by line) changes nothing.

import { AppError } from '../../../shared/api/errors.js';
import type { NoteLang, TmxImportReport } from '../../../shared/notes/types.js';
import type { Library } from '../library/library.js';
import type { TmUnitInput } from '../library/translation-memory.js';
import { readableOrThrow } from './readable-text.js';
import { languageOf } from './xliff-read.js';
import { elements, firstElement, langAttr, readXml, type Malformed, type XmlElement } from './xml-read.js';

const tmxMalformed: Malformed = (line, problem, problemFr) => new AppError('tmx_malformed', { line, problem, problemFr });

// <bpt>, <ept>, <ph>, <it>, <ut> hold the original format's codes, not text.
const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);
const segText = (node: XmlElement): string =>
  node.children.map((c) => ('text' in c ? c.text : CODES.has(c.name) ? '' : segText(c))).join('');

/** YYYYMMDDThhmmssZ → ISO-8601 with milliseconds; anything else → undefined (now is used). */
function isoDate(value: string | undefined): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

type Read = { unit: TmUnitInput } | { skipped: TmxImportReport['skipped'][number] };

function readTu(tu: XmlElement, headerSource: NoteLang | null): Read {
  const tuid = tu.attrs.tuid ?? null;
  const seg: Partial<Record<NoteLang, string>> = {};
  let first: NoteLang | null = null;
  for (const tuv of elements(tu, 'tuv')) {
    const lang = languageOf(langAttr(tuv));
    const s = firstElement(tuv, 'seg');
    if (!lang || !s) continue;
    first ??= lang;
    seg[lang] ??= segText(s).trim();
  }
  const missing = (['fr', 'en'] as const).filter((lang) => !seg[lang]);
  if (missing.length > 0) {
    return { skipped: { tuid, line: tu.line, missing, reason: `no ${missing.map((l) => (l === 'fr' ? 'French' : 'English')).join(' or ')} text` } };
  }
  const sourceLang = languageOf(tu.attrs.srclang) ?? headerSource ?? first ?? 'fr';
  return {
    unit: {
      sourceLang, fr: seg.fr as string, en: seg.en as string, origin: 'tmx',
      createdAt: isoDate(tu.attrs.creationdate), updatedAt: isoDate(tu.attrs.changedate) ?? isoDate(tu.attrs.creationdate),
    },
  };
}

export function importTmx(library: Library, text: string): TmxImportReport {
  readableOrThrow(text, tmxMalformed);
  const root = readXml(text, tmxMalformed);
  if (root.name !== 'tmx') {
    throw tmxMalformed(root.line, `this is not TMX: the root element is <${root.name}>`, `ce n'est pas du TMX : l'élément racine est <${root.name}>`);
  }
  if (!/^1\.[1-4]$/.test(root.attrs.version ?? '')) {
    throw tmxMalformed(root.line, `TMX version ${root.attrs.version ?? '?'} is not supported (1.1 to 1.4)`,
      `TMX version ${root.attrs.version ?? '?'} non prise en charge (1.1 à 1.4)`);
  }
  const body = firstElement(root, 'body');
  if (!body) throw tmxMalformed(root.line, '<tmx> has no <body>', '<tmx> sans <body>');
  const headerSource = languageOf(firstElement(root, 'header')?.attrs.srclang);
  const read = elements(body, 'tu').map((tu) => readTu(tu, headerSource));
  return library.transaction(() => {
    const result: TmxImportReport = { units: read.length, added: 0, known: 0, skipped: [], total: 0 };
    for (const r of read) {
      if ('skipped' in r) result.skipped.push(r.skipped);
      else if (library.tm.record(r.unit) === 'added') result.added++;
      else result.known++;
    }
    result.total = library.tm.count();
    return result;
  });
}
