// The Notes tab: the episode's French/English show notes side by side (issue 4). Holds what is
// on screen (filter, selection, the row being worked on, open snippets, dialogs) over the editor
// model (hooks/use-notes-editor.ts), routes the keyboard, and moves the caret where actions land.
// The paste-and-align, XLIFF and TMX actions live in ../notes-io and hand back a new NotesDoc.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Episode } from '../../../shared/domain/types';
import type { NoteLang, TmMatch } from '../../../shared/notes/types';
import { useApp } from '../../hooks/app-context';
import { useNotesColumns } from '../../hooks/use-notes-columns';
import { useNotesEditor } from '../../hooks/use-notes-editor';
import { focusSide, stepRow, useNotesKeys, useNotesUndoKeysWithoutFocus, type KeyTarget } from '../../hooks/use-notes-keys';
import { useNotesPreview } from '../../hooks/use-notes-preview';
import { useShowSnippets } from '../../hooks/use-notes-snippets';
import { useNotesTm } from '../../hooks/use-notes-tm';
import { textRowIn } from '../../hooks/use-notes-undo';
import { useNotesView } from '../../hooks/use-notes-view';
import { useRegisterPaletteCommands, type PaletteCommand } from '../../hooks/use-palette-commands';
import { useSaveShortcut } from '../../hooks/use-save-shortcut';
import { useToasts } from '../../hooks/use-toasts';
import { bilingual, useI18n } from '../../i18n/i18n-context';
import type { NotesFilter } from '../../lib/notes-filter';
import { targetOf } from '../../lib/notes-live-row';
import { chordText, type NotesCommand } from '../../lib/notes-keys';
import { consecutiveTextRows, inDocOrder, nextSelection, snippetNameFrom } from '../../lib/notes-selection';
import { NotesInterchange } from '../notes-io/NotesInterchange';
import { NotesGrid, NotesHead } from './NotesGrid';
import { NotesPreview } from './NotesPreview';
import { NotesToolbar } from './NotesToolbar';
import type { RowHandlers } from './row-handlers';
import { SnippetNameDialog } from './SnippetNameDialog';
import { SnippetPicker } from './SnippetPicker';

const IS_MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const STRUCTURAL: ReadonlySet<NotesCommand> = new Set(['split', 'merge', 'moveUp', 'moveDown', 'insertRow', 'deleteRow']);

export function NotesTab({ episode }: { episode: Episode }) {
  const { t, lang: uiLang } = useI18n();
  const toasts = useToasts();
  const { ws } = useApp();
  const root = useRef<HTMLDivElement>(null);
  const editor = useNotesEditor(episode.id, toasts.error);
  const { doc, autosave, undo, actions, focus, setFocus, adoptDoc } = editor;
  const view = useNotesView(doc, autosave.edits);
  const { columns, swap } = useNotesColumns();
  const [filter, setFilter] = useState<NotesFilter>('all');
  const [active, setActive] = useState<{ rowId: number; lang: NoteLang | null } | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const lastSelected = useRef<number | null>(null);
  const [editingSnippets, setEditingSnippets] = useState<ReadonlySet<number>>(new Set());
  const [previewOpen, setPreviewOpen] = useState(false);
  const [picker, setPicker] = useState<{ afterId: number | null } | null>(null);
  const [naming, setNaming] = useState<number[] | null>(null);
  const lastCaret = useRef(new Map<number, { lang: NoteLang; caret: number }>());

  useSaveShortcut(() => void autosave.flush());
  const snippetRevision = doc ? doc.snippets.map((s) => `${s.id}.${s.version}`).join(',') : '';
  const showSnippets = useShowSnippets(doc?.owner.showId ?? null, snippetRevision, toasts.error);
  const renders = useNotesPreview(episode.id, previewOpen, doc?.changedAt ?? null, toasts.error);

  const activeRow = active ? textRowIn(doc, active.rowId) : null;
  const tm = useNotesTm(episode.id, activeRow ? { rowId: activeRow.id, text: autosave.textOf(activeRow, activeRow.source), sourceLang: activeRow.source } : null);

  // Where an action or an undo landed: the caret goes there once the doc shows it.
  useEffect(() => {
    if (!focus) return;
    focusSide(root.current, focus.rowId, focus.lang, focus.caret);
    setFocus(null);
  }, [focus, doc, setFocus]);

  const originOf = useCallback((m: TmMatch) => {
    if (m.origin === 'snippet') return t('notes.tmFromSnippet', { name: showSnippets?.find((s) => s.id === m.snippetId)?.name ?? '…' });
    const ep = ws.episodes?.find((e) => e.id === m.episodeId);
    if (!ep) return t('notes.tmFromMemory');
    return t('notes.tmFromEpisode', { n: ep.number ?? '—', title: ep.title[uiLang] || ep.title[uiLang === 'fr' ? 'en' : 'fr'] });
  }, [showSnippets, t, uiLang, ws.episodes]);

  const chord = useCallback((command: NotesCommand) => chordText(command, IS_MAC, uiLang), [uiLang]);

  const applyMatch = useCallback((rowId: number, match: TmMatch) => {
    const row = textRowIn(doc, rowId);
    if (!row) return;
    actions.replaceText(rowId, targetOf(row), match.target);
    setFocus({ rowId, lang: targetOf(row), caret: 'end' });
  }, [actions, doc, setFocus]);

  /** The selection, or just this row when it is not part of it. */
  const openNaming = useCallback((rowId: number | null) => {
    setNaming(inDocOrder(doc?.rows ?? [], rowId === null || selected.has(rowId) ? selected : [rowId]));
  }, [doc, selected]);

  const select = useCallback((rowId: number, extend: boolean) => {
    const order = doc?.rows.map((r) => r.id) ?? [];
    const anchor = lastSelected.current;
    setSelected((set) => nextSelection(order, set, rowId, anchor, extend));
    lastSelected.current = rowId;
  }, [doc]);

  const run = useCallback((command: NotesCommand, at: KeyTarget) => {
    if (command === 'undo') return undo.undo();
    if (command === 'redo') return undo.redo();
    if (command === 'insertSnippet') return setPicker({ afterId: at.rowId });
    if (at.rowId === null) {
      if (command === 'insertRow') actions.insertRow(null);
      return;
    }
    const row = textRowIn(doc, at.rowId);
    const lang = at.lang ?? row?.source ?? 'fr';
    if (row && row.snippetId !== null && STRUCTURAL.has(command)) return toasts.info(bilingual('notes.snippetStructure'));
    const side = root.current?.querySelector<HTMLTextAreaElement>(`textarea[data-row-id="${at.rowId}"][data-lang="${lang}"]`) ?? null;
    switch (command) {
      case 'markTranslated':
      case 'markReviewed':
        if (!row) return;
        actions.mark(row.id, command === 'markTranslated' ? 'translated' : 'reviewed');
        if (side) stepRow(root.current, side, 1);
        return;
      case 'useSuggestion': {
        const best = tm?.rowId === at.rowId ? tm.matches[0] : undefined;
        if (best) applyMatch(at.rowId, best);
        return;
      }
      case 'split': return row ? actions.split(row.id, lang, at.caret) : undefined;
      case 'merge': return actions.mergeWithNext(at.rowId, lang);
      case 'moveUp':
      case 'moveDown':
        return actions.move(at.rowId, command === 'moveUp' ? -1 : 1, at.lang ? { rowId: at.rowId, lang: at.lang, caret: at.caret } : null);
      case 'insertRow': return actions.insertRow(at.rowId);
      case 'deleteRow': return actions.deleteRow(at.rowId, lang);
      case 'minorEdit': return actions.toggleMinor(at.rowId);
      default: return undefined;
    }
  }, [actions, applyMatch, doc, tm, toasts, undo]);

  const onKeyDown = useNotesKeys(root, IS_MAC, run);
  useNotesUndoKeysWithoutFocus(IS_MAC, (command) => (command === 'undo' ? undo.undo() : undo.redo()));

  // Rows get one object whose methods call the latest closures, so it never changes identity.
  const latest = useRef({ actions, select, openNaming, applyMatch, originOf, chord });
  latest.current = { actions, select, openNaming, applyMatch, originOf, chord };
  const handlers = useMemo<RowHandlers>(() => ({
    type: (rowId, lang, text) => latest.current.actions.type(rowId, lang, text),
    leave: (rowId, lang) => {
      const side = root.current?.querySelector<HTMLTextAreaElement>(`textarea[data-row-id="${rowId}"][data-lang="${lang}"]`);
      if (side) lastCaret.current.set(rowId, { lang, caret: side.selectionStart });
      editor.history.seal();
      latest.current.actions.endMinor(rowId);
    },
    mark: (rowId, status) => latest.current.actions.mark(rowId, status),
    setKind: (rowId, kind) => latest.current.actions.setKind(rowId, kind),
    swapSource: (rowId) => latest.current.actions.swapSource(rowId),
    split: (rowId) => {
      const at = lastCaret.current.get(rowId);
      if (at) latest.current.actions.split(rowId, at.lang, at.caret);
    },
    merge: (rowId) => latest.current.actions.mergeWithNext(rowId, lastCaret.current.get(rowId)?.lang ?? 'fr'),
    move: (rowId, delta) => latest.current.actions.move(rowId, delta, null),
    insertBelow: (rowId) => latest.current.actions.insertRow(rowId),
    remove: (rowId) => latest.current.actions.deleteRow(rowId, lastCaret.current.get(rowId)?.lang ?? 'fr'),
    select: (rowId, extend) => latest.current.select(rowId, extend),
    makeSnippet: (rowId) => latest.current.openNaming(rowId),
    toggleMinor: (rowId) => latest.current.actions.toggleMinor(rowId),
    applyMatch: (rowId, match) => latest.current.applyMatch(rowId, match),
    focusSide: (rowId, lang) => focusSide(root.current, rowId, lang, 'end'),
    editSnippet: (refRowId) => setEditingSnippets((set) => {
      const next = new Set(set);
      if (next.has(refRowId)) next.delete(refRowId);
      else next.add(refRowId);
      return next;
    }),
    detach: (refRowId) => latest.current.actions.detach(refRowId),
    originOf: (m) => latest.current.originOf(m),
    chord: (command) => latest.current.chord(command),
  }), [editor.history]);

  // The same actions in the Ctrl/Cmd+K palette while the tab is open.
  const paletteCommands = useMemo<PaletteCommand[]>(() => [
    { id: 'notes-add-row', label: t('notes.palette.addRow'), hint: chord('insertRow'), key: true, run: () => latest.current.actions.insertRow(null) },
    { id: 'notes-insert-snippet', label: t('notes.palette.insertSnippet'), hint: chord('insertSnippet'), key: true, run: () => setPicker({ afterId: null }) },
    { id: 'notes-filter-work', label: t('notes.palette.needsWork'), run: () => setFilter('work') },
    { id: 'notes-preview', label: t('notes.palette.preview'), run: () => setPreviewOpen((o) => !o) },
    { id: 'notes-swap', label: t('notes.palette.swap'), run: swap },
  ], [t, chord, swap]);
  useRegisterPaletteCommands(paletteCommands);

  // Selections and open snippets only ever name rows the doc still has.
  useEffect(() => {
    if (!doc) return;
    const ids = new Set(doc.rows.map((r) => r.id));
    setSelected((set) => ([...set].every((id) => ids.has(id)) ? set : new Set([...set].filter((id) => ids.has(id)))));
    setEditingSnippets((set) => ([...set].every((id) => ids.has(id)) ? set : new Set([...set].filter((id) => ids.has(id)))));
  }, [doc]);

  /** A new filter shows exactly its rows: the row last worked on no longer stays by default. */
  const chooseFilter = (next: NotesFilter) => {
    setFilter(next);
    setActive(null);
  };

  const nextWarning = () => {
    const rows = doc?.rows ?? [];
    const from = rows.findIndex((r) => r.id === active?.rowId);
    const warned = new Set(doc?.warnings.map((w) => w.rowId));
    const ordered = [...rows.slice(from + 1), ...rows.slice(0, from + 1)];
    const hit = ordered.find((r) => warned.has(r.id));
    if (hit?.type === 'text') {
      const w = doc?.warnings.find((x) => x.rowId === hit.id);
      setFilter('all');
      setFocus({ rowId: hit.id, lang: w?.lang ?? hit.source, caret: 'end' });
    }
  };

  const interchange = <NotesInterchange episode={episode} onDoc={adoptDoc} />;

  if (!doc) return <div className="notes-tab" data-testid="notes-tab"><p className="muted">{t('common.loading')}</p></div>;

  return (
    <div
      className="notes-tab"
      data-testid="notes-tab"
      ref={root}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        const target = e.target as HTMLElement;
        const holder = target.closest('dialog') ? null : target.closest<HTMLElement>('[data-row-id]');
        if (!holder) return;
        const rowId = Number(holder.dataset.rowId);
        const lang = target.dataset.lang as NoteLang | undefined;
        setActive((a) => (a?.rowId === rowId && a.lang === (lang ?? a.lang) ? a : { rowId, lang: lang ?? null }));
      }}
    >
      <div className="notes-sticky">
        <NotesToolbar
          doc={doc} columns={columns} counts={view.counts} warnings={view.warningCount} filter={filter} onFilter={chooseFilter}
          save={autosave.state} onRetry={() => void autosave.retry()}
          canUndo={undo.canUndo} canRedo={undo.canRedo} onUndo={undo.undo} onRedo={undo.redo}
          chords={{ insertRow: chord('insertRow'), insertSnippet: chord('insertSnippet'), undo: chord('undo'), redo: chord('redo') }}
          onAddRow={() => actions.insertRow(active?.rowId ?? null)} onInsertSnippet={() => setPicker({ afterId: active?.rowId ?? null })}
          selection={selected.size} onMakeSnippet={() => openNaming(null)}
          previewOpen={previewOpen} onTogglePreview={() => setPreviewOpen((o) => !o)} onNextWarning={nextWarning}
          interchange={interchange}
        />
        {doc.rows.length > 0 && <NotesHead columns={columns} onSwap={swap} />}
      </div>
      {doc.rows.length === 0 ? (
        <div className="empty-state notes-empty" data-testid="notes-empty">
          <h2>{t('notes.title')}</h2>
          <p>{t('notes.empty')}</p>
          <button type="button" className="button primary" onClick={() => actions.insertRow(null)} data-testid="notes-empty-add">
            {t('notes.emptyAdd')}
          </button>
        </div>
      ) : (
        <NotesGrid
          doc={doc} snippets={view.snippets} columns={columns} filter={filter}
          edits={view.editsByRow} warnings={view.warningsByRow} activeRowId={active?.rowId ?? null} activeLang={active?.lang ?? null}
          selected={selected}
          editingSnippets={editingSnippets} minorRows={actions.minorRows} tm={tm && tm.matches.length > 0 ? tm : null} on={handlers}
        />
      )}
      {previewOpen && <NotesPreview renders={renders} columns={columns} />}
      {picker && (
        <SnippetPicker
          snippets={showSnippets}
          onClose={() => setPicker(null)}
          onPick={(s) => {
            actions.insertSnippet(s.id, picker.afterId);
            setPicker(null);
          }}
        />
      )}
      {naming && (
        <SnippetNameDialog
          count={naming.length}
          suggested={snippetNameFrom(doc.rows.find((r) => r.id === naming[0]))}
          problem={consecutiveTextRows(doc.rows, naming) ? null : t('notes.nameConsecutive')}
          onClose={() => setNaming(null)}
          onCreate={(name) => {
            actions.makeSnippet(naming, name);
            setNaming(null);
            setSelected(new Set());
          }}
        />
      )}
    </div>
  );
}
