-- 0020 full-text search over episodes: both languages' titles and summaries plus the names of
-- the episode's persons. rowid = episodes.id. Kept in sync by triggers so every write path
-- (library API, CLI, a future import) stays consistent without remembering to reindex.

CREATE VIRTUAL TABLE episode_search USING fts5(
  title_fr, title_en, summary_fr, summary_en, guests,
  tokenize = "unicode61 remove_diacritics 2",
  prefix = '2 3'
);

INSERT INTO episode_search (rowid, title_fr, title_en, summary_fr, summary_en, guests)
SELECT e.id, e.title_fr, e.title_en, e.summary_fr, e.summary_en,
  IFNULL((SELECT group_concat(p.name, ' ') FROM episode_persons ep JOIN persons p ON p.id = ep.person_id
    WHERE ep.episode_id = e.id), '')
FROM episodes e;

CREATE TRIGGER episode_search_insert AFTER INSERT ON episodes
BEGIN
  INSERT INTO episode_search (rowid, title_fr, title_en, summary_fr, summary_en, guests)
  VALUES (NEW.id, NEW.title_fr, NEW.title_en, NEW.summary_fr, NEW.summary_en,
    IFNULL((SELECT group_concat(p.name, ' ') FROM episode_persons ep JOIN persons p ON p.id = ep.person_id
      WHERE ep.episode_id = NEW.id), ''));
END;

CREATE TRIGGER episode_search_update AFTER UPDATE OF title_fr, title_en, summary_fr, summary_en ON episodes
BEGIN
  UPDATE episode_search
  SET title_fr = NEW.title_fr, title_en = NEW.title_en, summary_fr = NEW.summary_fr, summary_en = NEW.summary_en
  WHERE rowid = NEW.id;
END;

CREATE TRIGGER episode_search_delete AFTER DELETE ON episodes
BEGIN
  DELETE FROM episode_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER episode_search_guest_insert AFTER INSERT ON episode_persons
BEGIN
  UPDATE episode_search
  SET guests = IFNULL((SELECT group_concat(p.name, ' ') FROM episode_persons ep JOIN persons p ON p.id = ep.person_id
    WHERE ep.episode_id = NEW.episode_id), '')
  WHERE rowid = NEW.episode_id;
END;

CREATE TRIGGER episode_search_guest_delete AFTER DELETE ON episode_persons
BEGIN
  UPDATE episode_search
  SET guests = IFNULL((SELECT group_concat(p.name, ' ') FROM episode_persons ep JOIN persons p ON p.id = ep.person_id
    WHERE ep.episode_id = OLD.episode_id), '')
  WHERE rowid = OLD.episode_id;
END;

CREATE TRIGGER episode_search_guest_update AFTER UPDATE OF episode_id, person_id ON episode_persons
BEGIN
  UPDATE episode_search
  SET guests = IFNULL((SELECT group_concat(p.name, ' ') FROM episode_persons ep JOIN persons p ON p.id = ep.person_id
    WHERE ep.episode_id = episode_search.rowid), '')
  WHERE rowid IN (OLD.episode_id, NEW.episode_id);
END;

CREATE TRIGGER episode_search_person_rename AFTER UPDATE OF name ON persons
  WHEN NEW.name IS NOT OLD.name
BEGIN
  UPDATE episode_search
  SET guests = IFNULL((SELECT group_concat(p.name, ' ') FROM episode_persons ep JOIN persons p ON p.id = ep.person_id
    WHERE ep.episode_id = episode_search.rowid), '')
  WHERE rowid IN (SELECT episode_id FROM episode_persons WHERE person_id = NEW.id);
END;
