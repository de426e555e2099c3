-- 0010 initial schema: shows, episodes, assets, persons and their credits, settings.
-- Never edit once shipped: add a new numbered migration instead (npm run new:migration -- name).
-- Timestamps are ISO-8601 UTC text (strftime with milliseconds), so they sort and read as written.

CREATE TABLE assets (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('audio', 'image')),
  path TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  mtime_ms REAL NOT NULL,
  sha256 TEXT NOT NULL,
  mime TEXT NOT NULL DEFAULT '',
  codec TEXT,
  container TEXT,
  duration_ms INTEGER,
  sample_rate INTEGER,
  channels INTEGER,
  bitrate INTEGER,
  vbr INTEGER NOT NULL DEFAULT 0 CHECK (vbr IN (0, 1)),
  tags TEXT CHECK (tags IS NULL OR json_valid(tags)),
  embedded_chapters TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(embedded_chapters)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX assets_sha256 ON assets (sha256);

CREATE TABLE shows (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title_fr TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  subtitle_fr TEXT NOT NULL DEFAULT '',
  subtitle_en TEXT NOT NULL DEFAULT '',
  description_fr TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  author TEXT NOT NULL DEFAULT '',
  owner_name TEXT NOT NULL DEFAULT '',
  owner_email TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  copyright TEXT NOT NULL DEFAULT '',
  language_fr TEXT NOT NULL DEFAULT 'fr-CA',
  language_en TEXT NOT NULL DEFAULT 'en-CA',
  categories TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(categories) AND json_type(categories) = 'array'),
  explicit INTEGER NOT NULL DEFAULT 0 CHECK (explicit IN (0, 1)),
  base_url TEXT NOT NULL DEFAULT '',
  artwork_asset_id INTEGER REFERENCES assets (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE episodes (
  id INTEGER PRIMARY KEY,
  show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
  guid TEXT NOT NULL UNIQUE,
  number INTEGER CHECK (number IS NULL OR number >= 0),
  season INTEGER CHECK (season IS NULL OR season >= 0),
  type TEXT NOT NULL DEFAULT 'full' CHECK (type IN ('full', 'trailer', 'bonus')),
  slug TEXT NOT NULL,
  spoken TEXT NOT NULL DEFAULT 'bilingual' CHECK (spoken IN ('fr', 'en', 'bilingual')),
  title_fr TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  summary_fr TEXT NOT NULL DEFAULT '',
  summary_en TEXT NOT NULL DEFAULT '',
  published_at TEXT,
  time_zone TEXT,
  explicit INTEGER NOT NULL DEFAULT 0 CHECK (explicit IN (0, 1)),
  status TEXT NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'editing', 'translating', 'review', 'ready', 'published')),
  audio_asset_id INTEGER REFERENCES assets (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (show_id, slug)
);
-- A season-less episode and season 0 share one numbering, as feeds treat them alike.
CREATE UNIQUE INDEX episodes_number_unique ON episodes (show_id, IFNULL(season, 0), number)
  WHERE number IS NOT NULL;
CREATE INDEX episodes_audio ON episodes (audio_asset_id) WHERE audio_asset_id IS NOT NULL;

-- The item guid is what podcast apps key on: changing it re-delivers the episode to everyone.
CREATE TRIGGER episodes_guid_immutable BEFORE UPDATE OF guid ON episodes
  WHEN NEW.guid IS NOT OLD.guid
BEGIN
  SELECT RAISE(ABORT, 'episode guid is immutable');
END;

CREATE TABLE persons (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) > 0),
  img TEXT NOT NULL DEFAULT '',
  href TEXT NOT NULL DEFAULT ''
);

-- Credits: role and group from the Podcast Taxonomy; position keeps the order the user chose.
CREATE TABLE show_persons (
  show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  grp TEXT NOT NULL CHECK (grp IN ('cast', 'writing', 'audio production', 'audio post-production',
    'administration', 'visuals', 'community', 'misc.', 'video production', 'video post-production',
    'creative direction')),
  position INTEGER NOT NULL,
  PRIMARY KEY (show_id, position)
);
CREATE INDEX show_persons_person ON show_persons (person_id);

CREATE TABLE episode_persons (
  episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  grp TEXT NOT NULL CHECK (grp IN ('cast', 'writing', 'audio production', 'audio post-production',
    'administration', 'visuals', 'community', 'misc.', 'video production', 'video post-production',
    'creative direction')),
  position INTEGER NOT NULL,
  PRIMARY KEY (episode_id, position)
);
CREATE INDEX episode_persons_person ON episode_persons (person_id);

-- One row per Settings key; value is JSON so null (follow the OS) is storable.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
);
