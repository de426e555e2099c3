// Full-text search over episodes (0020-search.sql): bm25-ranked, titles weigh more than
// summaries, which weigh more than the names of the people on the episode.

import type { Database } from 'better-sqlite3';
import type { SearchHit } from '../../../shared/domain/types.js';
import { SUMMARY_COLUMNS, toEpisodeSummary, type EpisodeSummaryRow } from './episode-rows.js';
import { toFtsQuery } from './search-query.js';

export interface SearchOptions {
  showId?: number;
  limit?: number;
}

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 500;

// bm25 weights, in the column order of episode_search: title_fr, title_en, summary_fr, summary_en,
// guests. Given as the `rank` function so FTS5 sorts by it itself: SQLite then needs no sorter
// and computes snippet() only for the rows returned, not for every match.
const RANK_FUNCTION = 'bm25(10.0, 10.0, 4.0, 4.0, 2.0)';
// snippet(): best column (-1), [ ] around matches, about a dozen tokens.
const SNIPPET = "snippet(episode_search, -1, '[', ']', '…', 12)";

type HitRow = EpisodeSummaryRow & { hit_rank: number; snippet: string };

export function createSearch(db: Database): (query: string, options?: SearchOptions) => SearchHit[] {
  const statement = db.prepare<[string, string, number | null, number | null, number], HitRow>(
    `SELECT ${SUMMARY_COLUMNS}, episode_search.rank AS hit_rank, ${SNIPPET} AS snippet
     FROM episode_search
     JOIN episodes e ON e.id = episode_search.rowid
     JOIN shows s ON s.id = e.show_id
     LEFT JOIN assets a ON a.id = e.audio_asset_id
     WHERE episode_search MATCH ? AND episode_search.rank MATCH ? AND (? IS NULL OR e.show_id = ?)
     ORDER BY episode_search.rank
     LIMIT ?`,
  );

  return (query, options = {}) => {
    const match = toFtsQuery(query);
    if (match === null) return [];
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_LIMIT), 1), MAX_LIMIT);
    const showId = options.showId ?? null;
    return statement.all(match, RANK_FUNCTION, showId, showId, limit).map((row) => ({
      episode: toEpisodeSummary(row),
      rank: row.hit_rank,
      snippet: row.snippet,
    }));
  };
}
