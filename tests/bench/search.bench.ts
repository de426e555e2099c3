// Full-text search at scale: 10,000 bilingual episodes with guests, ~200 varied queries through
// Library.search, against a naive LIKE '%word%' scan of the same table measured in the same run.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Library } from '../../src/main/services/library/library.js';
import { searchTerms } from '../../src/main/services/library/search-query.js';
import type { PersonInput } from '../../src/shared/domain/schemas.js';
import type { BenchRow } from './bench-row.js';
import { seededRandom } from '../../src/shared/seeded-random.js';

const EPISODES = 10_000;
const SHOWS = 5;
const QUERIES = 200;
const TARGET_MEDIAN_MS = 20;

const FR = (
  'élus municipaux région économie société laboratoire chercheuse santé forêt rivière hiver été ' +
  'québécois montréalais école université musique théâtre cinéma bibliothèque quartier marché ' +
  'agriculture pêcheurs élection démocratie environnement énergie électricité hydroélectricité ' +
  'patrimoine mémoire francophonie immigration famille enfance vieillesse hôpital infirmière ' +
  'médecin épidémie vaccin numérique téléphone réseau journalisme vérité débat conférence ' +
  'traduction langue accent créole autochtone territoire nord fleuve île côte neige tempête ' +
  'été indien érable cabane sucre poutine hockey patinoire vélo métro autobus logement loyer'
).split(' ');
const EN = (
  'council city economy society laboratory researcher health forest river winter summer school ' +
  'university music theatre cinema library neighbourhood market farming fishers election democracy ' +
  'environment energy electricity heritage memory immigration family childhood hospital nurse doctor ' +
  'epidemic vaccine digital phone network journalism truth debate conference translation language ' +
  'indigenous territory north island coast snow storm maple sugar hockey rink bicycle subway housing rent'
).split(' ');
const FIRST = 'Stéphane Hélène Josée Frédéric Amélie Jérôme Chloé Noémie Benoît Gaëlle Marc Ana Li Omar Zoé Éric'.split(' ');
const LAST = 'Tremblay Gagnon Côté Bélanger Lévesque Bérubé Nguyễn Roy Ouellet Pelletier Dubé Ménard Hébert'.split(' ');

const rand = seededRandom(20260304);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const words = (list: readonly string[], min: number, max: number) =>
  Array.from({ length: min + Math.floor(rand() * (max - min + 1)) }, () => pick(list)).join(' ');
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}+/gu, '');
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function person(): PersonInput {
  return { name: `${pick(FIRST)} ${pick(LAST)}`, role: 'guest', group: 'cast', img: '', href: '' };
}

function build(library: Library): void {
  library.transaction(() => {
    for (let s = 0; s < SHOWS; s += 1) {
      const show = library.shows.create({ slug: `show-${s}`, title: { fr: `Émission ${s}`, en: `Show ${s}` } });
      for (let n = 1; n <= EPISODES / SHOWS; n += 1) {
        const episode = library.episodes.create({
          showId: show.id,
          number: n,
          title: { fr: capital(words(FR, 3, 7)), en: capital(words(EN, 3, 7)) },
          summary: { fr: `${capital(words(FR, 25, 45))}.`, en: `${capital(words(EN, 25, 45))}.` },
        });
        if (rand() < 0.4) library.episodes.setPersons(episode.id, [person(), ...(rand() < 0.3 ? [person()] : [])]);
      }
    }
  });
}

/** What people type: accents left out, word starts, two words, English, a guest's name. */
function queries(): string[] {
  const kinds = [
    () => fold(pick(FR)),
    () => fold(pick(FR)).slice(0, 4),
    () => `${fold(pick(FR))} ${fold(pick(FR))}`,
    () => pick(EN),
    () => pick(EN).slice(0, 3),
    () => `${pick(EN)} ${pick(EN).slice(0, 4)}`,
    () => fold(pick(FIRST)).toLowerCase(),
    () => `${fold(pick(FIRST))} ${fold(pick(LAST))}`,
  ];
  return Array.from({ length: QUERIES }, (_, i) => (kinds[i % kinds.length] as () => string)());
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Times `fn` on every query after one warm-up pass; returns sorted milliseconds and total hits. */
function time(list: string[], fn: (query: string) => number): { ms: number[]; hits: number } {
  for (const q of list) fn(q);
  let hits = 0;
  const ms = list.map((q) => {
    const start = performance.now();
    hits += fn(q);
    return performance.now() - start;
  });
  return { ms: ms.sort((a, b) => a - b), hits };
}

export async function run(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balado-bench-'));
  const library = Library.open(dir);
  // The baseline reads the same file through its own connection: the naive way, no index.
  let raw: Database.Database | null = null;
  try {
    const buildStart = performance.now();
    build(library);
    const buildMs = performance.now() - buildStart;
    const list = queries();

    const fts = time(list, (q) => library.search(q).length);

    raw = new Database(library.dbPath, { readonly: true });
    const likeScan = (q: string) => {
      const terms = searchTerms(q);
      const clause = '(title_fr LIKE ? OR title_en LIKE ? OR summary_fr LIKE ? OR summary_en LIKE ?)';
      const sql = `SELECT id FROM episodes WHERE ${terms.map(() => clause).join(' AND ')}`;
      const params = terms.flatMap((t) => Array<string>(4).fill(`%${t}%`));
      return raw!.prepare(sql).all(...params).length;
    };
    const like = time(list, likeScan);

    const median = percentile(fts.ms, 50);
    return [
      {
        name: `search median (${EPISODES} episodes, ${list.length} queries)`,
        value: median,
        unit: 'ms',
        baseline: { name: 'LIKE scan', value: percentile(like.ms, 50) },
        target: `< ${TARGET_MEDIAN_MS} ms`,
        pass: median < TARGET_MEDIAN_MS,
      },
      { name: 'search p95', value: percentile(fts.ms, 95), unit: 'ms', baseline: { name: 'LIKE scan', value: percentile(like.ms, 95) } },
      { name: 'hits per query (limit 50)', value: fts.hits / list.length, unit: 'rows' },
      { name: `build library (${EPISODES} episodes)`, value: buildMs / 1000, unit: 's' },
    ];
  } finally {
    raw?.close();
    library.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
