-- 0070-episode-media: an episode's own artwork (an image asset copied into the library, with the
-- pixel facts read from its header, so the Details tab can warn without reading the file again)
-- and its transcripts, one file per language (WebVTT, SubRip or Podcasting 2.0 JSON, validated
-- and copied into the library at import).
-- Runs inside the runner's single transaction: no BEGIN/COMMIT here. Never edit once shipped.

CREATE TABLE episode_artwork (
  episode_id INTEGER PRIMARY KEY REFERENCES episodes (id) ON DELETE CASCADE,
  -- Going with its asset row; an episode deleted leaves the asset, as its audio's is left.
  asset_id INTEGER NOT NULL REFERENCES assets (id) ON DELETE CASCADE,
  width INTEGER NOT NULL CHECK (width > 0),
  height INTEGER NOT NULL CHECK (height > 0),
  color_model TEXT NOT NULL CHECK (color_model IN ('rgb', 'rgba', 'palette', 'gray', 'cmyk', 'unknown'))
);
CREATE INDEX episode_artwork_asset ON episode_artwork (asset_id);

CREATE TABLE episode_transcripts (
  episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
  lang TEXT NOT NULL CHECK (lang IN ('fr', 'en')),
  -- The copy in <library>/assets/, named by its SHA-256; file_name is what the user chose.
  path TEXT NOT NULL CHECK (length(path) > 0),
  file_name TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('vtt', 'srt', 'json')),
  mime TEXT NOT NULL CHECK (length(mime) > 0),
  size INTEGER NOT NULL CHECK (size > 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  cues INTEGER NOT NULL CHECK (cues > 0),
  end_ms INTEGER NOT NULL CHECK (end_ms >= 0),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (episode_id, lang)
) WITHOUT ROWID;
