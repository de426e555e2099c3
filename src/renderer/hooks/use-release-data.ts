// What the Release tab reads about a show's releases: the preflight of the next one (run again on
// demand), what it changes since the last one, the history, and the show's episodes (to name the
// ones findings and changes point at). Late answers never overwrite newer ones.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EpisodeSummary, Release, ReleaseChanges, ReleaseReport } from '../../shared/domain/types';
import { getApi } from '../api/client';

export function useReleaseData(showId: number, onError: (e: unknown) => void) {
  const [report, setReport] = useState<ReleaseReport | null>(null);
  const [validating, setValidating] = useState(false);
  const [failed, setFailed] = useState(false);
  const [changes, setChanges] = useState<ReleaseChanges | null>(null);
  const [history, setHistory] = useState<Release[] | null>(null);
  const [episodes, setEpisodes] = useState<EpisodeSummary[]>([]);
  const validation = useRef(0);
  const historyRequest = useRef(0);
  const episodesRequest = useRef(0);

  const validate = useCallback(async () => {
    const mine = ++validation.current;
    setValidating(true);
    try {
      const next = await getApi().invoke('release.validate', { showId });
      if (mine !== validation.current) return;
      setReport(next);
      setFailed(false);
    } catch (e) {
      if (mine !== validation.current) return;
      setFailed(true);
      onError(e);
    } finally {
      if (mine === validation.current) setValidating(false);
    }
  }, [showId, onError]);

  const reloadHistory = useCallback(async () => {
    const mine = ++historyRequest.current;
    try {
      const [nextChanges, list] = await Promise.all([
        getApi().invoke('release.changes', { showId }),
        getApi().invoke('release.list', { showId }),
      ]);
      if (mine !== historyRequest.current) return;
      setChanges(nextChanges);
      setHistory(list);
    } catch (e) {
      if (mine === historyRequest.current) onError(e);
    }
  }, [showId, onError]);

  // Names for the checklist's groups: a quick list call, not held back by the slower history.
  const reloadEpisodes = useCallback(async () => {
    const mine = ++episodesRequest.current;
    try {
      const list = await getApi().invoke('episodes.list', { showId });
      if (mine === episodesRequest.current) setEpisodes(list);
    } catch (e) {
      if (mine === episodesRequest.current) onError(e);
    }
  }, [showId, onError]);

  const refresh = useCallback(async () => {
    await Promise.all([validate(), reloadHistory(), reloadEpisodes()]);
  }, [validate, reloadHistory, reloadEpisodes]);

  /** A report that came from elsewhere (a blocked export checks again): newer than any running check. */
  const showReport = useCallback((next: ReleaseReport) => {
    validation.current += 1;
    setValidating(false);
    setReport(next);
  }, []);

  // The tab checks again every time it opens: the show may have changed since.
  useEffect(() => void refresh(), [refresh]);

  return { report, validating, failed, changes, history, episodes, refresh, showReport };
}
