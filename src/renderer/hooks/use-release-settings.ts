// A show's release settings (release.settings / release.updateSettings): loaded once per show,
// saved whole from the Release tab's form.
import { useCallback, useEffect, useState } from 'react';
import type { ReleaseSettingsPatch } from '../../shared/domain/schemas';
import type { ReleaseSettings } from '../../shared/domain/types';
import { getApi } from '../api/client';

export function useReleaseSettings(showId: number, onError: (e: unknown) => void) {
  const [settings, setSettings] = useState<ReleaseSettings | null>(null);

  useEffect(() => {
    let live = true;
    getApi().invoke('release.settings', { showId }).then((s) => live && setSettings(s), (e: unknown) => live && onError(e));
    return () => {
      live = false;
    };
  }, [showId, onError]);

  /** Resolves with the saved settings; rejects (after nothing changed) when the call fails. */
  const save = useCallback(async (patch: ReleaseSettingsPatch) => {
    const saved = await getApi().invoke('release.updateSettings', { showId, patch });
    setSettings(saved);
    return saved;
  }, [showId]);

  return { settings, save };
}
