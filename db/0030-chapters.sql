-- 0030-chapters: an episode's chapters, titled in French and English, with link, image and the
-- Podcasting 2.0 `toc: false` flag (hidden). Runs inside the runner's single transaction: no
-- BEGIN/COMMIT here. Never edit once shipped.

-- No UNIQUE (episode_id, start_ms): the editor autosaves lists that are still being fixed (two
-- markers dropped on one spot) and shows that inline; the library API refuses it on add/update.
CREATE TABLE chapters (
  id INTEGER PRIMARY KEY,
  episode_id INTEGER NOT NULL REFERENCES episodes (id) ON DELETE CASCADE,
  start_ms INTEGER NOT NULL CHECK (typeof(start_ms) = 'integer' AND start_ms >= 0),
  end_ms INTEGER CHECK (end_ms IS NULL OR (typeof(end_ms) = 'integer' AND end_ms > start_ms)),
  title_fr TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  img TEXT NOT NULL DEFAULT '',
  hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX chapters_episode_start ON chapters (episode_id, start_ms);
