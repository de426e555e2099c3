// A release from start to end: preflight (nothing written when it blocks), every file written into
// a staging folder and hashed, the staged folder validated again from disk, reports and manifest,
// the optional zip, then one rename into place and the library's record. Any failure or cancel
// removes what was staged: nothing half-written stays, and nothing earlier is ever replaced.

import path from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import type { ReleaseExportResult, ReleaseFile, ReleaseProgress } from '../../../shared/domain/types.js';
import { APP_VERSION } from '../app-version.js';
import type { Library } from '../library/library.js';
import { folderReader } from './bundle-reader.js';
import { throwIfCancelled } from './cancel.js';
import { releasedEpisode } from './episode-versions.js';
import { blocks, makeReport } from './findings.js';
import { MANIFEST_FILE, manifestText } from './manifest.js';
import { preflight, type PreflightOptions } from './preflight.js';
import { REPORT_HTML, REPORT_JSON, reportHtml, reportJson } from './report-files.js';
import { makeStaging, moveFileIntoPlace, moveIntoPlace, nextReleaseKey, removeQuietly } from './staging.js';
import { validateBundle } from './validate-bundle.js';
import { writeEntry } from './write-bundle.js';
import { zipFolder } from './zip-bundle.js';

export interface ExportOptions extends Partial<PreflightOptions> {
  showId: number;
  zip: boolean;
  allowWarnings: boolean;
  /** The bundle's folder (must not exist, or be empty); default <library>/releases/<date>-<n>/. */
  outDir?: string;
  onProgress?: (progress: Omit<ReleaseProgress, 'jobId'>) => void;
}

export async function exportRelease(library: Library, options: ExportOptions): Promise<ReleaseExportResult> {
  const now = options.now ?? new Date();
  const { signal, onProgress } = options;
  const progress = (phase: ReleaseProgress['phase'], done: number, total: number) => onProgress?.({ phase, done, total });
  /** Byte counts as events: at most one per MiB (a bar needs no more, and IPC stays quiet), always the last. */
  const meter = (phase: ReleaseProgress['phase'], total: number) => {
    let done = 0;
    let reported = 0;
    progress(phase, 0, total);
    return {
      add(n: number) {
        done += n;
        if (done - reported >= 1 << 20) progress(phase, (reported = done), total);
      },
      end: () => progress(phase, total, total),
    };
  };

  progress('planning', 0, 2);
  const { model, plan, report } = await preflight(library, options.showId, { now, signal, loudnessOf: options.loudnessOf });
  if (blocks(report, options.allowWarnings)) return { status: 'blocked', report };
  progress('planning', 1, 2);

  const parent = options.outDir ? path.dirname(path.resolve(options.outDir)) : path.join(library.dir, 'releases');
  const key = await nextReleaseKey(library, parent, now);
  const folder = options.outDir ? path.resolve(options.outDir) : path.join(parent, key);
  const zipPath = options.zip ? `${folder}.zip` : null;
  progress('planning', 2, 2);

  let staging: string | null = null;
  let stagedZip: string | null = null;
  let placed = false;
  try {
    staging = await makeStaging(parent);
    const writing = meter('writing', plan.entries.reduce((sum, e) => sum + e.size, 0));
    const files: ReleaseFile[] = [];
    for (const entry of plan.entries) files.push(await writeEntry(staging, entry, { signal, onBytes: writing.add }));
    writing.end();

    progress('verifying', 0, 1);
    const staged = await validateBundle(folderReader(staging), { mode: 'plan', episodeOfGuid: plan.episodeOfGuid, signal });
    const final = makeReport(options.showId, now, model.episodes.length, [...report.findings, ...staged.findings]);
    if (blocks(final, options.allowWarnings)) {
      await removeQuietly(staging);
      return { status: 'blocked', report: final };
    }
    progress('verifying', 1, 1);

    throwIfCancelled(signal);
    progress('finishing', 0, 3);
    for (const [name, text] of [[REPORT_JSON, reportJson(key, model.show, final)], [REPORT_HTML, reportHtml(key, model.show, final)]] as const) {
      const bytes = Buffer.from(text, 'utf8');
      files.push(await writeEntry(staging, { path: name, kind: 'text', bytes, size: bytes.length }, { signal }));
    }
    const manifest = manifestText({ format: 'balado-release/1', releaseId: key, show: model.show.slug, appVersion: APP_VERSION,
      releasedAt: now.toISOString(), files });
    const manifestBytes = Buffer.from(manifest, 'utf8');
    files.push(await writeEntry(staging, { path: MANIFEST_FILE, kind: 'text', bytes: manifestBytes, size: manifestBytes.length }, { signal }));
    progress('finishing', 1, 3);

    if (zipPath) {
      stagedZip = `${staging}.zip`;
      const zipping = meter('zipping', files.reduce((sum, f) => sum + f.size, 0));
      await zipFolder(staging, files.map((f) => f.path).sort(), stagedZip, {
        mtime: now, signal, topFolder: path.basename(folder), onBytes: zipping.add,
      });
      zipping.end();
    }

    throwIfCancelled(signal);
    await moveIntoPlace(staging, folder);
    placed = true;
    staging = null;
    if (zipPath && stagedZip) {
      await moveFileIntoPlace(stagedZip, zipPath);
      stagedZip = null;
    }
    progress('finishing', 2, 3);
    const release = library.releases.record({
      showId: options.showId, key, folder, zipPath, releasedAt: now.toISOString(), appVersion: APP_VERSION,
      feedUrls: model.feedUrls, counts: final.counts, findings: final.findings, files,
      episodes: model.episodes.map(releasedEpisode), podcastGuids: model.podcastGuids,
    });
    progress('done', 3, 3);
    return { status: 'exported', release, report: final };
  } catch (error) {
    await removeQuietly(staging);
    await removeQuietly(stagedZip);
    if (placed) {
      await removeQuietly(folder);
      if (zipPath && stagedZip === null) await removeQuietly(zipPath);
    }
    if (signal?.aborted) throw new AppError('cancelled');
    if (error instanceof AppError) throw error;
    const problem = error instanceof Error ? error.message : String(error);
    throw new AppError('release_failed', { problem, problemFr: problem });
  }
}
