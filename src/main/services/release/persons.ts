// podcast:person elements: the show's hosts on the channel; on an item, the hosts again and then
// the episode's credits, because item-level persons replace the channel's in podcast apps.

import type { PersonCredit } from '../../../shared/domain/types.js';

export type PersonNode = Record<string, string | undefined>;

export function personNode(p: PersonCredit): PersonNode {
  return {
    '#text': p.name,
    '@_role': p.role,
    '@_group': p.group,
    '@_img': p.img || undefined,
    '@_href': p.href || undefined,
  };
}

export function itemPersons(hosts: readonly PersonCredit[], credits: readonly PersonCredit[]): PersonCredit[] {
  if (credits.length === 0) return [];
  const credited = new Set(credits.map((c) => c.name.toLowerCase()));
  return [...hosts.filter((h) => !credited.has(h.name.toLowerCase())), ...credits];
}
