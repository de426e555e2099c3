// The episode fields the CLI can set, shared by `episode add` and `episode set`.

import { EPISODE_STATUSES, EPISODE_TYPES, SPOKEN_LANGUAGES, type Episode } from '../../../shared/domain/types.js';
import type { EpisodePatch } from '../../../shared/domain/schemas.js';
import { boolOption, intOption, oneOf } from '../options.js';
import { formatDuration } from '../output.js';

export const episodeFieldOptions = {
  number: { type: 'string' }, season: { type: 'string' }, type: { type: 'string' }, spoken: { type: 'string' },
  'title-fr': { type: 'string' }, 'title-en': { type: 'string' },
  'summary-fr': { type: 'string' }, 'summary-en': { type: 'string' },
  published: { type: 'string' }, 'time-zone': { type: 'string' }, status: { type: 'string' },
  slug: { type: 'string' }, explicit: { type: 'string' },
} as const;

type FieldValues = { [K in keyof typeof episodeFieldOptions]?: string };

/** Builds a patch of only the fields given; bilingual fields keep the other language as it is. */
export function episodePatchFrom(v: FieldValues, current?: Pick<Episode, 'title' | 'summary'>): EpisodePatch {
  const patch: EpisodePatch = {};
  const number = intOption('number', v.number);
  const season = intOption('season', v.season);
  if (number !== undefined) patch.number = number;
  if (season !== undefined) patch.season = season;
  const type = oneOf('type', v.type, EPISODE_TYPES);
  if (type) patch.type = type;
  const spoken = oneOf('spoken', v.spoken, SPOKEN_LANGUAGES);
  if (spoken) patch.spoken = spoken;
  const status = oneOf('status', v.status, EPISODE_STATUSES);
  if (status) patch.status = status;
  if (v['title-fr'] !== undefined || v['title-en'] !== undefined) {
    patch.title = { fr: v['title-fr'] ?? current?.title.fr ?? '', en: v['title-en'] ?? current?.title.en ?? '' };
  }
  if (v['summary-fr'] !== undefined || v['summary-en'] !== undefined) {
    patch.summary = { fr: v['summary-fr'] ?? current?.summary.fr ?? '', en: v['summary-en'] ?? current?.summary.en ?? '' };
  }
  if (v.published !== undefined) patch.publishedAt = v.published;
  if (v['time-zone'] !== undefined) patch.timeZone = v['time-zone'];
  if (v.slug !== undefined) patch.slug = v.slug;
  const explicit = boolOption('explicit', v.explicit);
  if (explicit !== undefined) patch.explicit = explicit;
  return patch;
}

export function describeEpisode(e: Episode): string {
  const lines: [string, string | number | null][] = [
    ['id', e.id], ['show', e.showSlug], ['number', e.number], ['season', e.season], ['type', e.type],
    ['slug', e.slug], ['spoken', e.spoken], ['status', e.status], ['title (fr)', e.title.fr], ['title (en)', e.title.en],
    ['published', e.publishedAt], ['time zone', e.timeZone], ['guid', e.guid], ['duration', formatDuration(e.durationMs)],
    ['audio', e.audio ? `${e.audio.path} (${e.audio.codec ?? '?'}, ${e.audio.size} bytes, sha256 ${e.audio.sha256.slice(0, 12)}…)` : null],
    ['persons', e.persons.map((p) => `${p.name} (${p.role})`).join(', ') || null],
    ['artwork', e.artwork ? `${e.artwork.width} × ${e.artwork.height} px ${e.artwork.mime} (${e.artwork.colorModel})` : null],
    ['transcripts', e.transcripts.map((t) => `${t.lang} ${t.format} ${t.fileName} (${t.cues} cues)`).join(', ') || null],
  ];
  return lines.filter(([, v]) => v !== null && v !== '').map(([k, v]) => `${k.padEnd(11)} ${v}`).join('\n');
}
