// A show's preflight (release.validate, and the first step of an export): read the library, plan
// the bundle, and check both sides, without writing a file. Also a bundle folder's check
// (`balado release validate DIR`): its feeds, its files and its manifest.

import type { ReleaseReport } from '../../../shared/domain/types.js';
import type { Library } from '../library/library.js';
import { planBundle, type BundlePlan } from './bundle-plan.js';
import { folderReader, planReader } from './bundle-reader.js';
import { makeReport } from './findings.js';
import type { LoudnessOf } from './loudness-source.js';
import { buildReleaseModel, type ReleaseModel } from './release-model.js';
import { validateBundle } from './validate-bundle.js';
import { validateLibrary } from './validate-library.js';
import { validateManifest } from './validate-manifest.js';

export interface PreflightOptions {
  /** The release clock: lastBuildDate and the release's date. Tests pass a fixed one. */
  now: Date;
  loudnessOf?: LoudnessOf;
  signal?: AbortSignal;
}

export interface Preflight {
  model: ReleaseModel;
  plan: BundlePlan;
  report: ReleaseReport;
}

export async function preflight(library: Library, showId: number, options: PreflightOptions): Promise<Preflight> {
  const model = await buildReleaseModel(library, showId, options);
  const plan = await planBundle(model, options.signal);
  const bundle = await validateBundle(planReader(plan), { mode: 'plan', episodeOfGuid: plan.episodeOfGuid, signal: options.signal });
  const findings = [...validateLibrary(library, model), ...bundle.findings];
  return { model, plan, report: makeReport(showId, options.now, model.episodes.length, findings) };
}

export async function validateReleaseShow(library: Library, showId: number, options: PreflightOptions): Promise<ReleaseReport> {
  return (await preflight(library, showId, options)).report;
}

export async function validateFolder(dir: string, options: { now: Date; signal?: AbortSignal }): Promise<ReleaseReport> {
  const reader = folderReader(dir);
  const bundle = await validateBundle(reader, { mode: 'folder', signal: options.signal });
  const manifest = await validateManifest(dir, reader, options.signal);
  return makeReport(null, options.now, bundle.items, [...bundle.findings, ...manifest]);
}
