// Reading an RSS feed back (the validator re-reads the feeds it wrote; feed import reads other
// hosts' feeds): XML well-formedness with the line of the fault, then a plain object whose
// namespaced names use the usual prefixes whatever prefix the feed declared.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Bilingual } from '../../../shared/domain/types.js';

export type XmlNode = Record<string, unknown>;

const CANONICAL: Record<string, string> = {
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'https://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'https://podcastindex.org/namespace/1.0': 'podcast',
  'https://github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md': 'podcast',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://www.w3.org/2005/atom': 'atom',
  'http://podlove.org/simple-chapters': 'psc',
};

const options = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
};
const trimming = new XMLParser({ ...options, trimValues: true });
/** The validator sees values as written: Apple refuses leading and trailing spaces. */
const exact = new XMLParser({ ...options, trimValues: false });

export type RssRead =
  | { ok: true; rss: XmlNode; channel: XmlNode }
  | { ok: false; line: number | null; problem: Bilingual };

function renamed(value: unknown, map: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => renamed(v, map));
  if (value === null || typeof value !== 'object') return value;
  const out: XmlNode = {};
  for (const [key, v] of Object.entries(value)) {
    const at = key.startsWith('@_') ? 2 : 0;
    const colon = key.indexOf(':', at);
    const prefix = colon > 0 ? key.slice(at, colon) : '';
    const to = map.get(prefix);
    out[to ? `${key.slice(0, at)}${to}${key.slice(colon)}` : key] = renamed(v, map);
  }
  return out;
}

/** Namespace URIs compared without case and without caring for a trailing slash. */
function canonicalPrefix(uri: string): string | undefined {
  const bare = uri.trim().toLowerCase().replace(/\/+$/, '');
  return CANONICAL[bare] ?? CANONICAL[`${bare}/`];
}

export function readRss(text: string, read: { keepSpaces?: boolean } = {}): RssRead {
  const verdict = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (verdict !== true) {
    const { line } = verdict.err;
    const msg = verdict.err.msg.replace(/\.$/, '');
    return { ok: false, line: line ?? null, problem: { en: msg, fr: `XML mal formé : ${msg}` } };
  }
  const root = (read.keepSpaces ? exact : trimming).parse(text) as XmlNode;
  const rss = root.rss;
  if (!rss || typeof rss !== 'object' || Array.isArray(rss)) {
    return { ok: false, line: null, problem: { en: 'no <rss> element: not an RSS feed', fr: "pas d'élément <rss> : ce n'est pas un flux RSS" } };
  }
  const map = new Map<string, string>();
  for (const [key, uri] of Object.entries(rss as XmlNode)) {
    if (!key.startsWith('@_xmlns:') || typeof uri !== 'string') continue;
    const canonical = canonicalPrefix(uri);
    const prefix = key.slice('@_xmlns:'.length);
    if (canonical && canonical !== prefix) map.set(prefix, canonical);
  }
  const node = (map.size > 0 ? renamed(rss, map) : rss) as XmlNode;
  const channel = node.channel;
  if (!channel || typeof channel !== 'object' || Array.isArray(channel)) {
    return { ok: false, line: null, problem: { en: 'no <channel> inside <rss>', fr: "pas d'élément <channel> dans <rss>" } };
  }
  return { ok: true, rss: node, channel: channel as XmlNode };
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** An element's text (with or without attributes); '' when absent. First one when repeated. */
export function textOf(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first;
  if (typeof first === 'number' || typeof first === 'boolean') return String(first);
  if (first && typeof first === 'object') {
    const inner = (first as XmlNode)['#text'];
    return typeof inner === 'string' || typeof inner === 'number' ? String(inner) : '';
  }
  return '';
}

export function attrOf(value: unknown, name: string): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (!first || typeof first !== 'object') return '';
  const v = (first as XmlNode)[`@_${name}`];
  return typeof v === 'string' ? v : '';
}

export const nodes = (value: unknown): XmlNode[] =>
  asArray(value).filter((v): v is XmlNode => v !== null && typeof v === 'object' && !Array.isArray(v));
