// One RSS 2.0 feed per language, built by fast-xml-parser's XMLBuilder (escaping is the
// library's). Notes travel as CDATA sections made by cdataSections, passed through as stop nodes.

import { XMLBuilder } from 'fast-xml-parser';
import type { UiLanguage } from '../../../shared/domain/types.js';
import { buildChannel } from './channel-builder.js';
import { buildItem } from './item-builder.js';
import type { ReleaseModel } from './release-model.js';
import { xmlSafeDeep } from './xml-text.js';

export const NAMESPACES = {
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
  content: 'http://purl.org/rss/1.0/modules/content/',
  atom: 'http://www.w3.org/2005/Atom',
} as const;

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
  // Already CDATA (cdataSections): written as they are, never escaped a second time.
  stopNodes: ['rss.channel.item.description', 'rss.channel.item.content:encoded'],
});

/** The feed's text; `mediaSizes` gives each episode's exported media size (the enclosure length). */
export function writeFeed(model: ReleaseModel, lang: UiLanguage, mediaSizes: ReadonlyMap<number, number>): string {
  const items = model.episodes.map((e) => buildItem(model, e, lang, mediaSizes.get(e.episode.id) ?? e.asset.size));
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    rss: {
      '@_version': '2.0',
      '@_xmlns:itunes': NAMESPACES.itunes,
      '@_xmlns:podcast': NAMESPACES.podcast,
      '@_xmlns:content': NAMESPACES.content,
      '@_xmlns:atom': NAMESPACES.atom,
      channel: { ...buildChannel(model, lang), item: items },
    },
  };
  return builder.build(xmlSafeDeep(document)) as string;
}
