// podcast:person as library credits: role and group from the Podcast Taxonomy (lower case; an
// unknown group becomes cast), image and link kept only when they are web addresses.

import type { PersonInput } from '../../../shared/domain/schemas.js';
import { PERSON_GROUPS, type PersonGroup } from '../../../shared/domain/types.js';
import { nodes, textOf } from '../release/rss-reader.js';
import { webUrl } from './feed-values.js';

const attr = (node: Record<string, unknown>, name: string) => {
  const v = node[`@_${name}`];
  return typeof v === 'string' ? v.trim() : '';
};

/** Without a role attribute the namespace's default applies: host. */
export function readPersons(value: unknown): PersonInput[] {
  const seen = new Set<string>();
  return nodes(value).flatMap((node): PersonInput[] => {
    const name = textOf(node).trim().slice(0, 255);
    if (name === '' || seen.has(name.toLowerCase())) return [];
    seen.add(name.toLowerCase());
    const group = attr(node, 'group').toLowerCase();
    return [{
      name,
      role: (attr(node, 'role') || 'host').toLowerCase().slice(0, 60),
      group: (PERSON_GROUPS as readonly string[]).includes(group) ? (group as PersonGroup) : 'cast',
      img: webUrl(attr(node, 'img')),
      href: webUrl(attr(node, 'href')),
    }];
  }).slice(0, 50);
}
