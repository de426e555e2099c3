-- 0050-notes: show notes as ordered French/English rows with per-side status and the hash of
-- the source each side was translated from (staleness comes from content, not timestamps);
-- snippets owned by a show and shown in episodes by reference; the library's translation memory.
-- Runs inside the runner's single transaction: no BEGIN/COMMIT here. Never edit once shipped.

-- `version` goes up on every change of a snippet: a release compares it to see that the notes of
-- every episode showing the snippet changed.
CREATE TABLE snippets (
  id INTEGER PRIMARY KEY,
  show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  version INTEGER NOT NULL DEFAULT 1 CHECK (typeof(version) = 'integer' AND version >= 1),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX snippets_show ON snippets (show_id);

-- A row belongs to an episode or to a snippet, never both. A row of kind 'snippet' (episodes
-- only) shows the snippet `ref_snippet_id` and has no text of its own. `*_from_hash` and
-- `*_from_text` are the other side's hash and text when this side was last marked translated.
-- No UNIQUE (owner, position): moves renumber rows one statement at a time.
CREATE TABLE note_rows (
  id INTEGER PRIMARY KEY,
  episode_id INTEGER REFERENCES episodes (id) ON DELETE CASCADE,
  snippet_id INTEGER REFERENCES snippets (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (typeof(position) = 'integer' AND position >= 0),
  kind TEXT NOT NULL DEFAULT 'paragraph'
    CHECK (kind IN ('paragraph', 'heading', 'list_item', 'numbered_item', 'link', 'snippet')),
  ref_snippet_id INTEGER REFERENCES snippets (id) ON DELETE CASCADE,
  source_lang TEXT NOT NULL DEFAULT 'fr' CHECK (source_lang IN ('fr', 'en')),
  fr_text TEXT NOT NULL DEFAULT '',
  en_text TEXT NOT NULL DEFAULT '',
  fr_status TEXT NOT NULL DEFAULT 'untranslated' CHECK (fr_status IN ('untranslated', 'draft', 'translated', 'reviewed')),
  en_status TEXT NOT NULL DEFAULT 'untranslated' CHECK (en_status IN ('untranslated', 'draft', 'translated', 'reviewed')),
  fr_from_hash TEXT,
  fr_from_text TEXT,
  en_from_hash TEXT,
  en_from_text TEXT,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((episode_id IS NULL) <> (snippet_id IS NULL)),
  CHECK ((kind = 'snippet') = (ref_snippet_id IS NOT NULL)),
  CHECK (kind <> 'snippet' OR episode_id IS NOT NULL),
  CHECK ((fr_from_hash IS NULL) = (fr_from_text IS NULL) AND (en_from_hash IS NULL) = (en_from_text IS NULL))
);
CREATE INDEX note_rows_episode ON note_rows (episode_id, position) WHERE episode_id IS NOT NULL;
CREATE INDEX note_rows_snippet ON note_rows (snippet_id, position) WHERE snippet_id IS NOT NULL;
CREATE INDEX note_rows_ref ON note_rows (ref_snippet_id) WHERE ref_snippet_id IS NOT NULL;

-- When an episode's notes last changed, deletions and moves included (a row's own updated_at
-- cannot say that a row is gone); `revision` goes up with every write.
CREATE TABLE episode_notes (
  episode_id INTEGER PRIMARY KEY REFERENCES episodes (id) ON DELETE CASCADE,
  revision INTEGER NOT NULL DEFAULT 1 CHECK (typeof(revision) = 'integer' AND revision >= 1),
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- The translation memory: one unit per distinct French/English pair, whichever way it was
-- translated (`source_lang`). Word counts let a fuzzy lookup skip units that cannot reach 70 %.
-- Episode and row are provenance only: the memory outlives them.
CREATE TABLE tm_units (
  id INTEGER PRIMARY KEY,
  source_lang TEXT NOT NULL CHECK (source_lang IN ('fr', 'en')),
  fr_text TEXT NOT NULL CHECK (length(trim(fr_text)) > 0),
  en_text TEXT NOT NULL CHECK (length(trim(en_text)) > 0),
  fr_words INTEGER NOT NULL CHECK (fr_words >= 0),
  en_words INTEGER NOT NULL CHECK (en_words >= 0),
  origin TEXT NOT NULL CHECK (origin IN ('notes', 'alignment', 'xliff', 'tmx')),
  episode_id INTEGER REFERENCES episodes (id) ON DELETE SET NULL,
  row_id INTEGER REFERENCES note_rows (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (fr_text, en_text)
);
CREATE INDEX tm_units_fr_words ON tm_units (fr_words);
CREATE INDEX tm_units_en_words ON tm_units (en_words);
CREATE INDEX tm_units_row ON tm_units (row_id) WHERE row_id IS NOT NULL;
