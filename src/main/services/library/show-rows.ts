// The shows table as rows and back: the SELECT every read uses, the row→Show mapping and the
// ShowPatch→column mapping shared by create and update.

import type { Show } from '../../../shared/domain/types.js';
import type { ShowPatch } from '../../../shared/domain/schemas.js';
import { bool, type SqlRecord } from './sql.js';

export interface ShowRow {
  id: number;
  slug: string;
  title_fr: string;
  title_en: string;
  subtitle_fr: string;
  subtitle_en: string;
  description_fr: string;
  description_en: string;
  author: string;
  owner_name: string;
  owner_email: string;
  website: string;
  copyright: string;
  language_fr: string;
  language_en: string;
  categories: string;
  explicit: number;
  base_url: string;
  artwork_asset_id: number | null;
  created_at: string;
  updated_at: string;
  episode_count: number;
}

export const SHOW_SELECT = `SELECT s.*, (SELECT count(*) FROM episodes e WHERE e.show_id = s.id) AS episode_count
  FROM shows s`;

export function toShow(row: ShowRow): Show {
  return {
    id: row.id,
    slug: row.slug,
    title: { fr: row.title_fr, en: row.title_en },
    subtitle: { fr: row.subtitle_fr, en: row.subtitle_en },
    description: { fr: row.description_fr, en: row.description_en },
    author: row.author,
    ownerName: row.owner_name,
    ownerEmail: row.owner_email,
    website: row.website,
    copyright: row.copyright,
    languages: { fr: row.language_fr, en: row.language_en },
    categories: JSON.parse(row.categories) as string[],
    explicit: row.explicit === 1,
    baseUrl: row.base_url,
    artworkAssetId: row.artwork_asset_id,
    episodeCount: row.episode_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Columns for the fields present in `input` (absent fields keep their default or value). */
export function showColumns(input: ShowPatch): SqlRecord {
  const c: SqlRecord = {};
  if (input.slug !== undefined) c.slug = input.slug;
  if (input.title) Object.assign(c, { title_fr: input.title.fr, title_en: input.title.en });
  if (input.subtitle) Object.assign(c, { subtitle_fr: input.subtitle.fr, subtitle_en: input.subtitle.en });
  if (input.description) {
    Object.assign(c, { description_fr: input.description.fr, description_en: input.description.en });
  }
  if (input.author !== undefined) c.author = input.author;
  if (input.ownerName !== undefined) c.owner_name = input.ownerName;
  if (input.ownerEmail !== undefined) c.owner_email = input.ownerEmail;
  if (input.website !== undefined) c.website = input.website;
  if (input.copyright !== undefined) c.copyright = input.copyright;
  if (input.languages) Object.assign(c, { language_fr: input.languages.fr, language_en: input.languages.en });
  if (input.categories !== undefined) c.categories = JSON.stringify(input.categories);
  if (input.explicit !== undefined) c.explicit = bool(input.explicit);
  if (input.baseUrl !== undefined) c.base_url = input.baseUrl;
  return c;
}
