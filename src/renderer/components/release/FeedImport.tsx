// "Import feed…": the hidden file input every entry point clicks (sidebar, first run, palette),
// and the dialog that follows the import: reading, then what was imported (episodes, chapters,
// remote media to relink, what was adapted), or the error, with nothing created.
import type { FeedImport as FeedImportHook } from '../../hooks/use-feed-import';
import { useI18n } from '../../i18n/i18n-context';
import { Dialog } from '../frame/Dialog';
import { FileButton } from '../frame/FileButton';
import { Icon } from '../frame/Icon';
import { ProgressBar } from '../frame/ProgressBar';

export const FEED_ACCEPT = '.xml,.rss,application/rss+xml,application/xml,text/xml';

function Figure({ value, word, testId }: { value: number; word: string; testId: string }) {
  const { count } = useI18n();
  return (
    <div className="feed-figure" data-testid={testId}>
      <span className="feed-figure-value tabular">{count(value)}</span>
      <span className="feed-figure-word">{word}</span>
    </div>
  );
}

function Body({ feed }: { feed: FeedImportHook }) {
  const { t, plural, pick, other, lang } = useI18n();
  const { state } = feed;
  switch (state.phase) {
    case 'idle':
      return null;
    case 'reading':
      return (
        <div className="dialog-body" aria-busy="true">
          <p>{t('release.feed.reading', { name: state.fileName })}</p>
          <ProgressBar done={0} total={0} label={t('release.feed.reading', { name: state.fileName })} />
        </div>
      );
    case 'failed':
      return (
        <div className="dialog-body">
          <div className="feed-error" role="alert" data-testid="feed-import-error">
            <Icon name="error" />
            <div>
              <strong>{t('release.feed.failed')}</strong>
              <p>{state.error.messages[lang]}</p>
              <p className="muted">{t('release.feed.nothingCreated')}</p>
            </div>
          </div>
          <div className="dialog-footer">
            {/* Its own input: the page behind a modal dialog is inert. */}
            <FileButton onFile={(file) => void feed.importFile(file)} testId="feed-import-again" accept={FEED_ACCEPT}>
              {t('release.feed.another')}
            </FileButton>
            <button type="button" className="button primary" onClick={feed.close}>{t('common.close')}</button>
          </div>
        </div>
      );
    case 'done': {
      const { result } = state;
      const title = pick(result.show.title) || result.show.title[other] || result.show.slug;
      return (
        <div className="dialog-body" data-testid="feed-import-summary">
          <p className="feed-done"><Icon name="ok" /> {t('release.feed.done', { title, name: state.fileName })}</p>
          <div className="feed-figures">
            <Figure value={result.episodes} word={plural('release.feed.episodes', result.episodes)} testId="feed-import-episodes" />
            <Figure value={result.chapters} word={plural('release.feed.chapters', result.chapters)} testId="feed-import-chapters" />
            <Figure value={result.remoteMedia} word={plural('release.feed.remote', result.remoteMedia)} testId="feed-import-remote" />
          </div>
          {result.remoteMedia > 0 && <p className="muted">{t('release.feed.remoteHint')}</p>}
          {result.notes.length > 0 && (
            <div className="feed-notes">
              <h3>{t('release.feed.notes')}</h3>
              <ul data-testid="feed-import-notes">
                {result.notes.map((note, i) => <li key={i}>{pick(note)}</li>)}
              </ul>
            </div>
          )}
          <div className="dialog-footer">
            <button type="button" className="button primary" onClick={feed.close} data-testid="feed-import-close">{t('common.close')}</button>
          </div>
        </div>
      );
    }
    default: {
      const never: never = state;
      return never;
    }
  }
}

export function FeedImport({ feed }: { feed: FeedImportHook }) {
  const { t } = useI18n();
  return (
    <>
      <input
        ref={feed.input}
        type="file"
        accept={FEED_ACCEPT}
        hidden
        tabIndex={-1}
        data-testid="feed-import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void feed.importFile(file);
        }}
      />
      {feed.state.phase !== 'idle' && (
        // While the file is read and imported there is nothing to close: the show is being made.
        <Dialog title={t('release.feed.title')} onClose={feed.state.phase === 'reading' ? () => undefined : feed.close}
          testId="feed-import-dialog" className="feed-import">
          <Body feed={feed} />
        </Dialog>
      )}
    </>
  );
}
