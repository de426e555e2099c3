// Paste and align: text in, `notes.align`'s proposal shown as the editor's grid and reshaped by
// the producer, then `notes.commitAlignment` (replace or append when the episode has notes).
// Nothing is stored before that; leaving with edits asks first.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Bilingual, Episode } from '../../../shared/domain/types';
import type { AlignInput as AlignArgs } from '../../../shared/notes/schemas';
import type { NotesDoc } from '../../../shared/notes/types';
import { getApi } from '../../api/client';
import { toAppError } from '../../api/errors';
import { useAlignDraft } from '../../hooks/use-align-draft';
import { useToasts } from '../../hooks/use-toasts';
import { bilingualPlural, useI18n } from '../../i18n/i18n-context';
import { rowsToCommit, summarize } from '../../lib/align-edits';
import { Dialog } from '../frame/Dialog';
import { Icon } from '../frame/Icon';
import { AlignInput, type AlignTexts } from './AlignInput';
import { KeyLegend } from './KeyLegend';
import { ProposalGrid } from './ProposalGrid';

interface Props {
  episode: Episode;
  /** A notes file picked from the menu: aligned as soon as the dialog opens. */
  initial?: { text: string; fileName: string };
  onDoc: (doc: NotesDoc) => void;
  onClose: () => void;
}

/** A question that replaces the footer's buttons until answered. */
type Ask = 'discard' | 'back' | 'mode' | null;

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

export function AlignDialog({ episode, initial, onDoc, onClose }: Props) {
  const { t, lang, plural, other } = useI18n();
  const toasts = useToasts();
  const history = useAlignDraft();
  const { draft } = history;
  const [texts, setTexts] = useState<AlignTexts>({
    mode: 'mixed', mixed: initial?.text ?? '', fr: '', en: '', files: initial ? { mixed: initial.fileName } : {},
  });
  const [busy, setBusy] = useState<'align' | 'commit' | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);
  const [ask, setAsk] = useState<Ask>(null);
  /** Rows the episode has now (null while unknown): decides whether to ask replace or append. */
  const [existing, setExisting] = useState<number | null>(null);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    getApi().invoke('notes.get', { episodeId: episode.id }).then((doc) => setExisting(doc.rows.length), () => setExisting(null));
  }, [episode.id]);

  const showError = useCallback((e: unknown) => setError(toAppError(e).messages), []);
  const hasText = texts.mode === 'mixed' ? texts.mixed.trim() !== '' : (texts.fr + texts.en).trim() !== '';

  const align = useCallback(async (input: AlignTexts) => {
    const args: AlignArgs = input.mode === 'mixed'
      ? { text: input.mixed, defaultLang: episode.spoken === 'en' ? 'en' : 'fr' }
      : { fr: input.fr, en: input.en };
    setBusy('align');
    setError(null);
    try {
      history.load(await getApi().invoke('notes.align', args));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  }, [episode.spoken, history, showError]);

  // A file picked from the menu is aligned at once; only on opening, never again.
  const started = useRef(false);
  useEffect(() => {
    if (initial && !started.current) void align({ mode: 'mixed', mixed: initial.text, fr: '', en: '', files: {} });
    started.current = true;
  }, [initial, align]);

  // The keys go to the grid as soon as a proposal is on screen, back to the text without one, and
  // back to either when a question is answered (its buttons are gone, the focus with them).
  const onProposal = draft !== null;
  useEffect(() => {
    if (ask !== null) return;
    const target = onProposal ? '[role="row"][tabindex="0"]' : 'textarea';
    body.current?.querySelector<HTMLElement>(target)?.focus();
  }, [onProposal, ask]);

  const summary = draft ? summarize(draft) : null;
  /** The file(s) the proposal came from, named above it. */
  const files = texts.mode === 'mixed' ? [texts.files.mixed] : [texts.files.fr, texts.files.en];
  const source = files.filter(Boolean).join(' · ');
  const kept = summary ? summary.rows - summary.rejected : 0;

  const commit = async (mode: 'replace' | 'append') => {
    if (!draft) return;
    setAsk(null);
    setBusy('commit');
    setError(null);
    try {
      const rows = rowsToCommit(draft);
      const doc = await getApi().invoke('notes.commitAlignment', { episodeId: episode.id, rows, mode });
      onDoc(doc);
      toasts.info(bilingualPlural(mode === 'replace' ? 'notesIo.committed' : 'notesIo.appended', rows.length));
      onClose();
    } catch (e) {
      showError(e);
      setBusy(null);
    }
  };
  const requestCommit = () => {
    if (!draft || kept === 0 || busy) return;
    if (existing === 0) void commit('replace');
    else setAsk('mode');
  };

  const edited = history.edited || (draft?.rows.some((r) => r.decision !== 'open') ?? false);
  const requestClose = () => {
    if (ask) setAsk(null);
    else if (draft ? edited : hasText) setAsk('discard');
    else onClose();
  };
  const back = () => {
    if (edited && ask !== 'back') setAsk('back');
    else {
      setAsk(null);
      history.clear();
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // The window's shortcuts (Alt+↑/↓ to another episode, Ctrl+K…) must not act behind this dialog.
    e.stopPropagation();
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
      e.preventDefault();
      if (draft) requestCommit();
      else if (hasText && !busy) void align(texts);
    }
  };

  const title = t('notesIo.dialogTitle', { episode: episode.number ?? '—', title: episode.title[lang] || episode.title[other] || t('list.untitled') });
  const question = () => {
    if (ask === 'mode') {
      return (
        <div className="align-ask" role="alertdialog" aria-label={t('notesIo.ask.modeTitle')} data-testid="align-ask-mode">
          <p>{existing === null ? t('notesIo.ask.modeUnknown') : plural('notesIo.ask.mode', existing)}</p>
          <button type="button" className="button" onClick={() => setAsk(null)} data-testid="align-mode-cancel">{t('common.cancel')}</button>
          <button type="button" className="button" onClick={() => void commit('append')} data-testid="align-append">{t('notesIo.ask.append')}</button>
          <button type="button" className="button primary" autoFocus onClick={() => void commit('replace')} data-testid="align-replace">{t('notesIo.ask.replace')}</button>
        </div>
      );
    }
    const leaving = ask === 'discard';
    return (
      <div className="align-ask" role="alertdialog" aria-label={t(leaving ? 'notesIo.ask.discard' : 'notesIo.ask.back')} data-testid="align-ask-discard">
        <p>{t(leaving ? 'notesIo.ask.discard' : 'notesIo.ask.back')}</p>
        <button type="button" className="button" autoFocus onClick={() => setAsk(null)} data-testid="align-keep">{t('notesIo.ask.keep')}</button>
        <button type="button" className="button danger" onClick={leaving ? onClose : back} data-testid="align-discard">
          {t(leaving ? 'notesIo.ask.discardYes' : 'notesIo.ask.backYes')}
        </button>
      </div>
    );
  };

  return (
    <Dialog title={title} onClose={requestClose} className="align-dialog" testId="align-dialog">
      <div ref={body} className="align-body" onKeyDown={onKeyDown} aria-busy={busy !== null}>
        {draft && summary ? (
          <>
            <div className="align-toolbar">
              <button type="button" className="button small" onClick={back} data-testid="align-back">
                {t('notesIo.back')}
              </button>
              <p className="align-summary" data-testid="align-summary">
                <strong>{plural('notesIo.sum.rows', summary.rows)}</strong>
                <span>{plural('notesIo.sum.pairs', summary.pairs)}</span>
                <span>{plural('notesIo.sum.oneSided', summary.oneSided)}</span>
                {summary.toCheck > 0 && <span className="sum-check">{plural('notesIo.sum.toCheck', summary.toCheck)}</span>}
                {summary.rejected > 0 && <span>{plural('notesIo.sum.rejected', summary.rejected)}</span>}
              </p>
              {source && <span className="align-source" title={source} data-testid="align-source"><Icon name="file" size={14} /> {source}</span>}
              <span className="button-pair">
                <button type="button" className="button small" aria-disabled={!history.canUndo} onClick={history.undo}
                  title={`${t('notesIo.undo')} (${MOD}+Z)`} data-testid="align-undo">
                  <Icon name="undo" size={14} /> {t('notesIo.undo')}
                </button>
                <button type="button" className="button small" aria-disabled={!history.canRedo} onClick={history.redo}
                  title={`${t('notesIo.redo')} (${MOD}+Y)`} aria-label={t('notesIo.redo')} data-testid="align-redo">
                  <Icon name="redo" size={14} />
                </button>
              </span>
            </div>
            <ProposalGrid draft={draft} onEdit={history.edit} onUndo={history.undo} onRedo={history.redo} />
            <KeyLegend mod={MOD} />
          </>
        ) : (
          <AlignInput texts={texts} onChange={setTexts} onError={showError} />
        )}
        {error && <p className="align-error" role="alert" data-testid="align-error"><Icon name="warning" /> {error[lang]}</p>}
        <footer className="align-footer">
          {ask ? question() : (
            <>
              <span className="align-note muted">{t(draft ? 'notesIo.noteProposal' : 'notesIo.noteInput')}</span>
              <button type="button" className="button" onClick={requestClose} data-testid="align-cancel">{t('common.cancel')}</button>
              {draft ? (
                <button type="button" className="button primary" aria-disabled={kept === 0 || busy !== null} onClick={requestCommit}
                  title={kept === 0 ? t('notesIo.nothingKept') : undefined} data-testid="align-commit">
                  {busy === 'commit' ? t('notesIo.committing') : plural('notesIo.commit', kept)} <kbd>{MOD}+↵</kbd>
                </button>
              ) : (
                <button type="button" className="button primary" aria-disabled={!hasText || busy !== null}
                  onClick={() => hasText && !busy && void align(texts)} data-testid="align-run">
                  {busy === 'align' ? t('notesIo.aligning') : t('notesIo.run')} <kbd>{MOD}+↵</kbd>
                </button>
              )}
            </>
          )}
        </footer>
      </div>
    </Dialog>
  );
}
