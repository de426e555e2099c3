-- 0060-releases: release bundles recorded per show (files with their hashes, each episode's version
-- and the item guids each feed carried), a show's release settings and the podcast:guid of each of
-- its feeds (set once), and remote media: audio known only by URL (feed import), to relink.
-- Runs inside the runner's single transaction: no BEGIN/COMMIT here. Never edit once shipped.

ALTER TABLE shows ADD COLUMN itunes_type TEXT NOT NULL DEFAULT 'episodic' CHECK (itunes_type IN ('episodic', 'serial'));
ALTER TABLE shows ADD COLUMN description_timestamps INTEGER NOT NULL DEFAULT 0 CHECK (description_timestamps IN (0, 1));
-- The label added to an item's title in the French (English) feed when the audio is in English (French).
ALTER TABLE shows ADD COLUMN feed_label_fr TEXT NOT NULL DEFAULT '(en anglais)';
ALTER TABLE shows ADD COLUMN feed_label_en TEXT NOT NULL DEFAULT '(in French)';
ALTER TABLE shows ADD COLUMN feed_locked INTEGER NOT NULL DEFAULT 1 CHECK (feed_locked IN (0, 1));
ALTER TABLE shows ADD COLUMN podcast_guid_fr TEXT;
ALTER TABLE shows ADD COLUMN podcast_guid_en TEXT;
-- Whose item guids are the episodes' own guids (an imported feed keeps its guids in its language).
ALTER TABLE shows ADD COLUMN guid_feed TEXT NOT NULL DEFAULT 'fr' CHECK (guid_feed IN ('fr', 'en'));

-- podcast:guid identifies a feed for good: once written it never changes, even if the base URL does.
CREATE TRIGGER shows_podcast_guid_once BEFORE UPDATE OF podcast_guid_fr, podcast_guid_en ON shows
  WHEN (OLD.podcast_guid_fr IS NOT NULL AND NEW.podcast_guid_fr IS NOT OLD.podcast_guid_fr)
    OR (OLD.podcast_guid_en IS NOT NULL AND NEW.podcast_guid_en IS NOT OLD.podcast_guid_en)
BEGIN
  SELECT RAISE(ABORT, 'podcast guid is set once');
END;

-- Remote media: path '' (so integrity checks and the media route see a missing file) and the URL
-- it was published at. Relinking gives it a path; the URL stays as where it came from.
ALTER TABLE assets ADD COLUMN remote_url TEXT NOT NULL DEFAULT '';

CREATE TABLE releases (
  id INTEGER PRIMARY KEY,
  show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
  -- `2026-03-04-1`: the folder name under <library>/releases/ and the id in manifest.json.
  key TEXT NOT NULL UNIQUE CHECK (key GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]-[1-9]*'),
  folder TEXT NOT NULL,
  zip_path TEXT,
  released_at TEXT NOT NULL,
  app_version TEXT NOT NULL,
  feed_url_fr TEXT NOT NULL DEFAULT '',
  feed_url_en TEXT NOT NULL DEFAULT '',
  errors INTEGER NOT NULL DEFAULT 0 CHECK (errors >= 0),
  warnings INTEGER NOT NULL DEFAULT 0 CHECK (warnings >= 0),
  infos INTEGER NOT NULL DEFAULT 0 CHECK (infos >= 0),
  -- The warnings and infos the release went out with (ReleaseFinding[]).
  findings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(findings) AND json_type(findings) = 'array'),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX releases_show ON releases (show_id, id);

CREATE TABLE release_files (
  release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
  path TEXT NOT NULL CHECK (length(path) > 0),
  size INTEGER NOT NULL CHECK (size >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  PRIMARY KEY (release_id, path)
) WITHOUT ROWID;

-- No foreign key to episodes: the history keeps an episode that was deleted since.
CREATE TABLE release_episodes (
  release_id INTEGER NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
  episode_id INTEGER NOT NULL,
  slug TEXT NOT NULL,
  title_fr TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  guid_fr TEXT NOT NULL,
  guid_en TEXT NOT NULL,
  version TEXT NOT NULL,
  metadata_hash TEXT NOT NULL,
  notes_hash TEXT NOT NULL,
  chapters_hash TEXT NOT NULL,
  audio_sha256 TEXT NOT NULL,
  PRIMARY KEY (release_id, episode_id)
) WITHOUT ROWID;
CREATE INDEX release_episodes_episode ON release_episodes (episode_id);
