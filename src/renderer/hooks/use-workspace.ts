// What is open: the shows, the selected show's episode list (filters, sort), the episode or
// show page in the main area and its tab. Remembers the last show and episode across reloads.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { EpisodeStatus, EpisodeSummary, Show, SpokenLanguage, UiLanguage } from '../../shared/domain/types';
import { getApi } from '../api/client';
import { sortEpisodes, type Sort } from '../lib/sort-episodes';

export type Tab = 'audio' | 'notes' | 'details' | 'release';
export type MainView = { kind: 'home' } | { kind: 'show' } | { kind: 'episode'; id: number };
export interface Filters {
  status: EpisodeStatus | null;
  spoken: SpokenLanguage | null;
}

const remember = (key: string, value: unknown) => localStorage.setItem(`balado.${key}`, JSON.stringify(value));
function recall<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(`balado.${key}`);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

export function useWorkspace(lang: UiLanguage, onError: (e: unknown) => void) {
  const api = getApi();
  const [shows, setShows] = useState<Show[] | null>(null);
  const [showId, setShowId] = useState<number | null>(null);
  const [episodes, setEpisodes] = useState<EpisodeSummary[] | null>(null);
  const [filters, setFilters] = useState<Filters>({ status: null, spoken: null });
  const [sort, setSortState] = useState<Sort>(() => recall('sort', { key: 'number', dir: 'desc' }));
  const [view, setView] = useState<MainView>({ kind: 'home' });
  const [tab, setTabState] = useState<Tab>(() => recall('tab', 'audio'));
  const [inspectorOpen, setInspectorOpen] = useState<boolean>(() => recall('inspector', true));
  const restoring = useRef(recall<number | null>('episode', null));
  const listRequest = useRef(0);

  const reloadShows = useCallback(async (): Promise<Show[]> => {
    try {
      const list = await api.invoke('shows.list', {});
      setShows(list);
      setShowId((current) => {
        if (current !== null && list.some((s) => s.id === current)) return current;
        const last = recall<number | null>('show', null);
        return list.find((s) => s.id === last)?.id ?? list[0]?.id ?? null;
      });
      return list;
    } catch (e) {
      onError(e);
      setShows((s) => s ?? []);
      return [];
    }
  }, [api, onError]);

  const reloadEpisodes = useCallback(async () => {
    if (showId === null) {
      setEpisodes(null);
      return;
    }
    const request = ++listRequest.current;
    try {
      const list = await api.invoke('episodes.list', {
        showId, status: filters.status ?? undefined, spoken: filters.spoken ?? undefined,
      });
      if (request !== listRequest.current) return;
      setEpisodes(list);
      const wanted = restoring.current;
      if (wanted !== null) {
        restoring.current = null;
        if (list.some((e) => e.id === wanted)) setView({ kind: 'episode', id: wanted });
      }
    } catch (e) {
      onError(e);
    }
  }, [api, showId, filters, onError]);

  useEffect(() => void reloadShows(), [reloadShows]);
  useEffect(() => void reloadEpisodes(), [reloadEpisodes]);
  useEffect(() => remember('show', showId), [showId]);
  useEffect(() => remember('episode', view.kind === 'episode' ? view.id : null), [view]);

  const sorted = useMemo(() => sortEpisodes(episodes ?? [], sort, lang), [episodes, sort, lang]);
  const show = shows?.find((s) => s.id === showId) ?? null;

  const selectShow = useCallback((id: number) => {
    setShowId(id);
    setEpisodes(null);
    setFilters({ status: null, spoken: null });
    setView({ kind: 'home' });
  }, []);

  /** A new episode must be visible: drop filters it might not match. */
  const clearFilters = useCallback(() => {
    setFilters((f) => (f.status === null && f.spoken === null ? f : { status: null, spoken: null }));
  }, []);

  const openEpisode = useCallback((id: number, toTab?: Tab) => {
    setView({ kind: 'episode', id });
    if (toTab) setTabState(toTab);
  }, []);

  const setTab = useCallback((t: Tab) => {
    setTabState(t);
    remember('tab', t);
  }, []);

  const setSort = useCallback((s: Sort) => {
    setSortState(s);
    remember('sort', s);
  }, []);

  const toggleInspector = useCallback(() => setInspectorOpen((open) => {
    remember('inspector', !open);
    return !open;
  }), []);

  /** Alt+Up / Alt+Down: the neighbour of the open episode in the list as sorted on screen. */
  const step = useCallback((delta: 1 | -1) => {
    if (sorted.length === 0) return;
    const index = view.kind === 'episode' ? sorted.findIndex((e) => e.id === view.id) : -1;
    const next = index === -1 ? (delta === 1 ? 0 : sorted.length - 1) : index + delta;
    const target = sorted[Math.max(0, Math.min(sorted.length - 1, next))];
    if (target) setView({ kind: 'episode', id: target.id });
  }, [sorted, view]);

  /** After an edit elsewhere: patch the row in place so the list reflects it before the reload. */
  const patchSummary = useCallback((summary: EpisodeSummary) => {
    setEpisodes((list) => list?.map((e) => (e.id === summary.id ? { ...e, ...pickSummary(summary) } : e)) ?? list);
  }, []);

  return {
    shows, show, showId, selectShow, reloadShows,
    episodes, sorted, filters, setFilters, clearFilters, sort, setSort, reloadEpisodes, patchSummary,
    view, setView, openEpisode, tab, setTab, step, inspectorOpen, toggleInspector,
  };
}

function pickSummary(e: EpisodeSummary): EpisodeSummary {
  const { id, showId, showSlug, number, season, type, slug, spoken, title, status, publishedAt, durationMs } = e;
  return { id, showId, showSlug, number, season, type, slug, spoken, title, status, publishedAt, durationMs };
}

export type Workspace = ReturnType<typeof useWorkspace>;
