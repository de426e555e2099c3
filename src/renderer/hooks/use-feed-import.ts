// "Import feed…": the user picks an RSS/XML file, the renderer reads it (no path crosses the
// boundary) and 'feed.importText' makes a new show of it; a malformed feed creates nothing.
import { useCallback, useRef, useState } from 'react';
import { AppError } from '../../shared/api/errors';
import type { FeedImportResult } from '../../shared/domain/types';
import { getApi } from '../api/client';
import { toAppError } from '../api/errors';
import { bilingual } from '../i18n/i18n-context';
import { formatBytes } from '../i18n/format';
import { decodeFeedBytes } from '../lib/release-feed-text';

/** The contract's ceiling for a feed's text (20 MB). */
const FEED_MAX_BYTES = 20_000_000;

export type FeedImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; fileName: string }
  | { phase: 'done'; fileName: string; result: FeedImportResult }
  | { phase: 'failed'; fileName: string; error: AppError };

async function readFeed(file: File): Promise<string> {
  if (file.size > FEED_MAX_BYTES) {
    throw new AppError('feed_malformed', {}, {
      fr: bilingual('release.feed.tooLarge', { size: formatBytes('fr', file.size) }).fr,
      en: bilingual('release.feed.tooLarge', { size: formatBytes('en', file.size) }).en,
    });
  }
  const text = decodeFeedBytes(new Uint8Array(await file.arrayBuffer()));
  if (text.trim() === '') throw new AppError('feed_malformed', {}, bilingual('release.feed.empty'));
  return text;
}

/** `onImported` runs before the summary shows (reload the shows, open the new one). */
export function useFeedImport(onImported: (result: FeedImportResult) => Promise<void>) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<FeedImportState>({ phase: 'idle' });

  const pick = useCallback(() => input.current?.click(), []);
  const close = useCallback(() => setState({ phase: 'idle' }), []);

  const importFile = useCallback(async (file: File) => {
    setState({ phase: 'reading', fileName: file.name });
    try {
      const result = await getApi().invoke('feed.importText', { text: await readFeed(file) });
      await onImported(result);
      setState({ phase: 'done', fileName: file.name, result });
    } catch (e) {
      setState({ phase: 'failed', fileName: file.name, error: toAppError(e) });
    }
  }, [onImported]);

  return { input, state, pick, close, importFile };
}

export type FeedImport = ReturnType<typeof useFeedImport>;
