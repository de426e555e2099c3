// The Audio & chapters workspace: overview strip, zoomable waveform with chapter bands and
// handles, the player bar, chapter actions and the chapter list. Owns the selection and the
// keyboard; chapters edits go through the undo history and are autosaved (use-chapters).
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Asset, ChapterImportResult, Episode, UiLanguage } from '../../../shared/domain/types';
import { mediaUrl } from '../../api/client';
import { useChapters } from '../../hooks/use-chapters';
import { useEditorKeys } from '../../hooks/use-editor-keys';
import { useMarkerDrag } from '../../hooks/use-marker-drag';
import { usePeakDetail } from '../../hooks/use-peak-detail';
import { usePeaks } from '../../hooks/use-peaks';
import { useShuttle } from '../../hooks/use-shuttle';
import { useToasts } from '../../hooks/use-toasts';
import { useWaveform } from '../../hooks/use-waveform';
import { bilingual, useI18n } from '../../i18n/i18n-context';
import { addChapter, chapterAt, moveStart, newKey, patchChapter, removeChapter, type ChapterPatch } from '../../lib/chapter-edits';
import { suggestedBoundaries } from '../../lib/snap';
import { ChapterBands, ChapterFlags } from './ChapterLayers';
import { ChapterFiles } from './ChapterFiles';
import { ChapterList, type RowActions } from './ChapterList';
import { ChapterToolbar } from './ChapterToolbar';
import { DetailView } from './DetailView';
import { ImportReport } from './ImportReport';
import { OverviewStrip } from './OverviewStrip';
import { PeaksNotice } from './PeaksNotice';
import { Transport, ZOOM_STEP } from './Transport';

const WAVE_HEIGHT = 136;

export function ChapterEditor({ episode, asset }: { episode: Episode; asset: Asset }) {
  const { t } = useI18n();
  const toasts = useToasts();
  // The waveform panel is the editor's tab stop: clicks and Escape in a field bring focus back there.
  const panel = useRef<HTMLDivElement>(null);
  const waveRef = useRef<HTMLDivElement>(null);
  const detailBody = useRef<HTMLDivElement>(null);
  const fallback = Math.max(1, (asset.durationMs ?? 1000) / 1000);
  const peaks = usePeaks(episode.id, asset.id, fallback, asset.fileName);
  const model = useChapters(episode.id, toasts.error);
  const { chapters, commit } = model;
  const [picked, setPicked] = useState<string | null>(null);
  const [filesOpen, setFilesOpen] = useState(false);
  const [report, setReport] = useState<{ result: ChapterImportResult; fileName: string } | null>(null);
  const selected = chapters.some((c) => c.key === picked) ? picked : null;

  const { store, controls, error } = useWaveform({
    container: waveRef, url: mediaUrl(asset.id), duration: fallback, buffer: peaks.buffer, version: peaks.version,
    height: WAVE_HEIGHT, onClickTime: (seconds) => setPicked(chapterAt(chapters, seconds * 1000)?.key ?? null),
  });
  usePeakDetail(episode.id, peaks.view, peaks.buffer, store, peaks.bump);
  const shuttle = useShuttle(store, controls);
  const suggestions = useMemo(() => suggestedBoundaries(peaks.view?.silences ?? []), [peaks.view]);
  const durationMs = () => store.get().duration * 1000;

  const focusRoot = useCallback(() => panel.current?.focus({ preventScroll: true }), []);
  const goTo = useCallback((key: string) => {
    const chapter = chapters.find((c) => c.key === key);
    setPicked(key);
    if (!chapter) return;
    controls.seek(chapter.startMs / 1000);
    controls.reveal(chapter.startMs / 1000);
  }, [chapters, controls]);

  const drag = useMarkerDrag({
    store, suggestions, viewport: detailBody, scrollBy: controls.scrollBy, onGrab: focusRoot, onClick: goTo,
    onMove: (key, ms) => {
      setPicked(key);
      commit((list) => moveStart(list, key, ms));
    },
  });
  const shown = drag.preview ? moveStart(chapters, drag.preview.key, drag.preview.ms) : chapters;

  const add = () => {
    const ms = Math.round(store.get().time * 1000);
    const existing = chapters.find((c) => c.startMs === ms);
    if (existing) return setPicked(existing.key);
    const key = newKey();
    commit((list) => addChapter(list, ms, key));
    setPicked(key);
  };
  const remove = (key: string | null) => {
    if (!key) return;
    const index = chapters.findIndex((c) => c.key === key);
    commit((list) => removeChapter(list, key));
    setPicked(chapters[index + 1]?.key ?? chapters[index - 1]?.key ?? null);
  };
  const nudge = (delta: number) => {
    const key = selected;
    if (!key) return;
    const limit = durationMs();
    commit((list) => {
      const c = list.find((x) => x.key === key);
      return c ? moveStart(list, key, Math.min(limit, Math.max(0, c.startMs + delta))) : list;
    }, `nudge:${key}`);
  };
  const step = (delta: -1 | 1) => {
    if (chapters.length === 0) return;
    const from = selected ? chapters.findIndex((c) => c.key === selected) : chapters.indexOf(chapterAt(chapters, store.get().time * 1000) ?? chapters[0]!);
    const target = chapters[Math.min(chapters.length - 1, Math.max(0, from + delta))];
    if (target) goTo(target.key);
  };

  const onKeyDown = useEditorKeys({
    playPause: () => {
      shuttle.release();
      controls.playPause();
    },
    addChapter: add,
    deleteSelected: () => remove(selected),
    seekBy: (s) => controls.seek(store.get().time + s),
    seekTo: (where) => controls.seek(where === 'start' ? 0 : store.get().duration),
    nudge,
    stepChapter: step,
    zoom: (dir) => controls.zoomTo(dir > 0 ? store.get().pxPerSec * ZOOM_STEP : store.get().pxPerSec / ZOOM_STEP),
    shuttle: (key) => (key === 'l' ? shuttle.forward() : key === 'j' ? shuttle.backward() : shuttle.stop()),
    undo: model.undo,
    redo: model.redo,
  }, () => panel.current);

  const rows: RowActions = {
    select: setPicked,
    seekTo: goTo,
    setStart: (key, ms) => commit((list) => moveStart(list, key, ms)),
    patch: (key, patch: ChapterPatch, field) => commit((list) => patchChapter(list, key, patch), `${field}:${key}`),
    remove,
  };

  const showReport = (fileName: string) => (result: ChapterImportResult) => {
    setReport({ result, fileName });
    setPicked(null);
  };
  const problems = model.save.findings.length;
  const filesLang: UiLanguage = chapters.length > 0 && chapters.every((c) => c.title.fr) && chapters.some((c) => !c.title.en)
    ? 'en' : episode.spoken === 'en' ? 'en' : 'fr';

  return (
    <section className="chapter-editor" aria-label={t('editor.label')} onKeyDown={onKeyDown}
      data-testid="chapter-editor" aria-busy={!model.ready}>
      <PeaksNotice status={peaks.status} vbr={peaks.view?.vbr ?? asset.vbr} playbackError={error}
        onCancel={peaks.cancel} onRetry={peaks.retry} />
      <div ref={panel} className="wave-panel" tabIndex={0} aria-label={t('editor.panel')} data-testid="wave-panel">
        <OverviewStrip store={store} buffer={peaks.buffer} version={peaks.version} chapters={shown} selected={selected} controls={controls} />
        <DetailView
          store={store} waveRef={waveRef} bodyRef={detailBody} controls={controls}
          under={<ChapterBands store={store} chapters={shown} selected={selected} suggestions={suggestions} preview={drag.preview} />}
          over={<ChapterFlags store={store} chapters={shown} selected={selected} preview={drag.preview} handlers={drag.handlers} />}
        />
        <Transport store={store} controls={controls} loudness={peaks.view?.loudness ?? null} />
      </div>
      <ChapterToolbar
        count={chapters.length} problems={problems} save={model.save.state} canUndo={model.canUndo} canRedo={model.canRedo}
        hasSelection={selected !== null} filesOpen={filesOpen}
        onAdd={add} onDelete={() => remove(selected)} onUndo={model.undo} onRedo={model.redo} onRetry={model.save.retry}
        onToggleFiles={() => setFilesOpen((o) => !o)}
      />
      {filesOpen && (
        <ChapterFiles
          defaultLang={filesLang} embeddedCount={asset.embeddedChapters.length} onError={toasts.error}
          onImport={(text, fileName, lang) => model.importText(text, fileName, lang).then(showReport(fileName))}
          onImportEmbedded={(lang) => model.importEmbedded(lang).then(showReport(asset.fileName))}
          onExport={model.exportText}
          onExported={(name) => toasts.info(bilingual('chapters.exported', { name }))}
        />
      )}
      {report && <ImportReport report={report.result} fileName={report.fileName} onClose={() => setReport(null)} />}
      <ChapterList store={store} chapters={chapters} selected={selected} findings={model.save.findings} actions={rows} />
    </section>
  );
}
