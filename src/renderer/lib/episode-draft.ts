// The Details form's draft of an episode (strings for numbers and the local date, as typed)
// and its translation to the patch that episodes.update validates.
import type { EpisodePatch, PersonInput } from '../../shared/domain/schemas';
import type { Bilingual, Episode, EpisodeStatus, EpisodeType, PersonGroup, SpokenLanguage } from '../../shared/domain/types';
import { browserTimeZone, isoToLocal, localToIso } from './zoned-time';

export interface EpisodeDraft {
  number: string;
  season: string;
  type: EpisodeType;
  slug: string;
  spoken: SpokenLanguage;
  title: Bilingual;
  summary: Bilingual;
  publishedLocal: string;
  timeZone: string;
  explicit: boolean;
  status: EpisodeStatus;
}

export function toDraft(e: Episode): EpisodeDraft {
  const zone = e.timeZone ?? browserTimeZone();
  return {
    number: e.number === null ? '' : String(e.number),
    season: e.season === null ? '' : String(e.season),
    type: e.type,
    slug: e.slug,
    spoken: e.spoken,
    title: e.title,
    summary: e.summary,
    publishedLocal: isoToLocal(e.publishedAt, zone),
    timeZone: zone,
    explicit: e.explicit,
    status: e.status,
  };
}

/** '' -> null, anything else -> a number the schema judges (NaN and 1.5 fail as they should). */
export const parseCount = (text: string): number | null => (text.trim() === '' ? null : Number(text.trim()));

export function toPatch(d: EpisodeDraft): EpisodePatch {
  const dated = d.publishedLocal !== '';
  return {
    number: parseCount(d.number),
    season: parseCount(d.season),
    type: d.type,
    slug: d.slug,
    spoken: d.spoken,
    title: d.title,
    summary: d.summary,
    publishedAt: dated ? localToIso(d.publishedLocal, d.timeZone) : null,
    timeZone: dated ? d.timeZone : null,
    explicit: d.explicit,
    status: d.status,
  };
}

export interface PersonDraft extends PersonInput {
  /** Stable React key for a row being edited. */
  key: string;
}

let nextKey = 1;
export const personKey = () => `p${nextKey++}`;

export function toPersonDrafts(e: Episode): PersonDraft[] {
  return e.persons.map((p) => ({ key: `saved-${p.personId}`, name: p.name, role: p.role, group: p.group, img: p.img, href: p.href }));
}

export const toPersonInputs = (drafts: PersonDraft[]): PersonInput[] =>
  drafts.map(({ name, role, group, img, href }) => ({ name: name.trim(), role: role.trim(), group, img: img.trim(), href: href.trim() }));

/** Roles offered in the editor, each with the taxonomy group it usually belongs to. */
export const ROLE_GROUPS: Record<string, PersonGroup> = {
  host: 'cast',
  'co-host': 'cast',
  guest: 'cast',
  translator: 'writing',
  writer: 'writing',
  producer: 'audio production',
  editor: 'audio post-production',
  'audio engineer': 'audio production',
  composer: 'audio post-production',
};
