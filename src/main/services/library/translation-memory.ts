// The library's translation memory: one unit per distinct French/English pair, fed by every
// translated or reviewed row, by aligned back-catalogue notes, XLIFF and TMX. Lookups read
// candidates by word count here; the scoring itself is ../notes/tm-similarity.ts.

import type { Database } from 'better-sqlite3';
import { comparableTokens } from '../../../shared/notes/tokens.js';
import type { NoteLang } from '../../../shared/notes/types.js';
import { NOW_SQL } from './sql.js';

export type TmOrigin = 'notes' | 'alignment' | 'xliff' | 'tmx';

export interface TmUnit {
  id: number;
  sourceLang: NoteLang;
  fr: string;
  en: string;
  origin: TmOrigin;
  episodeId: number | null;
  rowId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface TmUnitInput {
  sourceLang: NoteLang;
  fr: string;
  en: string;
  origin: TmOrigin;
  episodeId?: number | null;
  rowId?: number | null;
  /** ISO-8601; now when absent (TMX import keeps the file's dates). */
  createdAt?: string;
  updatedAt?: string;
}

export interface TranslationMemoryApi {
  /**
   * Adds the pair, or refreshes it when known. A row translated again (same source, new target)
   * replaces its own earlier unit rather than piling up near-copies.
   */
  record(unit: TmUnitInput): 'added' | 'updated' | 'unchanged';
  /** Units whose `lang` side has between `minWords` and `maxWords` comparable tokens. */
  candidates(lang: NoteLang, minWords: number, maxWords: number): TmUnit[];
  all(): TmUnit[];
  count(): number;
}

interface TmRecord {
  id: number;
  source_lang: NoteLang;
  fr_text: string;
  en_text: string;
  origin: TmOrigin;
  episode_id: number | null;
  row_id: number | null;
  created_at: string;
  updated_at: string;
}

const SELECT = 'SELECT id, source_lang, fr_text, en_text, origin, episode_id, row_id, created_at, updated_at FROM tm_units';

const toUnit = (r: TmRecord): TmUnit => ({
  id: r.id, sourceLang: r.source_lang, fr: r.fr_text, en: r.en_text, origin: r.origin,
  episodeId: r.episode_id, rowId: r.row_id, createdAt: r.created_at, updatedAt: r.updated_at,
});

const tmWordCount = (text: string): number => comparableTokens(text).length;

export function createTranslationMemory(db: Database): TranslationMemoryApi {
  const byPair = db.prepare<[string, string], TmRecord>(`${SELECT} WHERE fr_text = ? AND en_text = ?`);
  const byRow = db.prepare<[number], TmRecord>(`${SELECT} WHERE row_id = ?`);
  const refresh = db.prepare<{ id: number; episode_id: number | null; row_id: number | null; updated_at: string | null }>(
    `UPDATE tm_units SET episode_id = COALESCE(@episode_id, episode_id), row_id = COALESCE(@row_id, row_id),
       updated_at = COALESCE(@updated_at, ${NOW_SQL}) WHERE id = @id`,
  );
  const retarget = db.prepare<{ id: number; fr_text: string; en_text: string; fr_words: number; en_words: number }>(
    `UPDATE tm_units SET fr_text = @fr_text, en_text = @en_text, fr_words = @fr_words, en_words = @en_words,
       updated_at = ${NOW_SQL} WHERE id = @id`,
  );
  const insert = db.prepare<Record<string, string | number | null>>(
    `INSERT INTO tm_units (source_lang, fr_text, en_text, fr_words, en_words, origin, episode_id, row_id, created_at, updated_at)
     VALUES (@source_lang, @fr_text, @en_text, @fr_words, @en_words, @origin, @episode_id, @row_id,
       COALESCE(@created_at, ${NOW_SQL}), COALESCE(@updated_at, @created_at, ${NOW_SQL}))`,
  );
  const candidatesFr = db.prepare<[number, number], TmRecord>(`${SELECT} WHERE fr_words BETWEEN ? AND ? ORDER BY updated_at DESC`);
  const candidatesEn = db.prepare<[number, number], TmRecord>(`${SELECT} WHERE en_words BETWEEN ? AND ? ORDER BY updated_at DESC`);
  const everything = db.prepare<[], TmRecord>(`${SELECT} ORDER BY id`);
  const counted = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM tm_units');

  return {
    record(unit) {
      const fr = unit.fr.trim();
      const en = unit.en.trim();
      if (fr === '' || en === '') return 'unchanged';
      const known = byPair.get(fr, en);
      if (known) {
        refresh.run({ id: known.id, episode_id: unit.episodeId ?? null, row_id: unit.rowId ?? null, updated_at: unit.updatedAt ?? null });
        return 'unchanged';
      }
      const words = { fr_words: tmWordCount(fr), en_words: tmWordCount(en) };
      const source = unit.sourceLang === 'fr' ? fr : en;
      const earlier = unit.rowId ? byRow.all(unit.rowId).find((u) => (u.source_lang === 'fr' ? u.fr_text : u.en_text) === source) : undefined;
      if (earlier) {
        retarget.run({ id: earlier.id, fr_text: fr, en_text: en, ...words });
        return 'updated';
      }
      insert.run({
        source_lang: unit.sourceLang, fr_text: fr, en_text: en, ...words, origin: unit.origin,
        episode_id: unit.episodeId ?? null, row_id: unit.rowId ?? null,
        created_at: unit.createdAt ?? null, updated_at: unit.updatedAt ?? null,
      });
      return 'added';
    },

    candidates(lang, minWords, maxWords) {
      return (lang === 'fr' ? candidatesFr : candidatesEn).all(minWords, maxWords).map(toUnit);
    },

    all: () => everything.all().map(toUnit),
    count: () => counted.get()?.n ?? 0,
  };
}
