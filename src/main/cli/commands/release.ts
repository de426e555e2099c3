// `balado release export|validate|list|changes`: a show's feed-ready bundle on the command line.
// Validation errors (or warnings without --allow-warnings) print every finding and exit 1.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors.js';
import type { ReleaseReport } from '../../../shared/domain/types.js';
import { exportRelease } from '../../services/release/export-release.js';
import { validateFolder, validateReleaseShow } from '../../services/release/preflight.js';
import { releaseChanges } from '../../services/release/release-changes.js';
import type { CliContext } from '../context.js';
import { parseCommand } from '../options.js';
import { UsageError } from '../usage-error.js';
import { describeChanges, describeFindings, describeRelease, describeReleases } from './release-print.js';
import { resolveShow } from './resolve-show.js';

function needShow(value: string | undefined, sub: string): string {
  if (!value) throw new UsageError(`release ${sub} needs --show S`);
  return value;
}

/** Findings go to stderr when the result is refused, so stdout stays the --json result alone. */
function printReport(ctx: CliContext, report: ReleaseReport, toStderr: boolean): void {
  if (ctx.out.json) ctx.out.result(report, () => '');
  else if (report.findings.length > 0 || !toStderr) (toStderr ? process.stderr : process.stdout).write(`${describeFindings(report, ctx.lang)}\n`);
}

export async function releaseCommand(ctx: CliContext, argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  const { library } = ctx;
  switch (sub) {
    case 'export': {
      const options = { show: { type: 'string' }, out: { type: 'string' }, zip: { type: 'boolean' }, 'allow-warnings': { type: 'boolean' } } as const;
      const { values: v } = parseCommand(rest, options, { min: 0, max: 0, names: '' });
      const show = resolveShow(library, needShow(v.show, 'export'));
      const result = await exportRelease(library, {
        showId: show.id, zip: v.zip ?? false, allowWarnings: v['allow-warnings'] ?? false,
        outDir: v.out === undefined ? undefined : path.resolve(v.out),
        onProgress: (p) => ctx.progress(`${p.phase} ${p.total > 0 ? Math.round((100 * p.done) / p.total) : 0}%`),
      });
      if (result.status === 'blocked') {
        printReport(ctx, result.report, true);
        throw new AppError('release_blocked', { errors: result.report.counts.error, warnings: result.report.counts.warning });
      }
      if (ctx.out.json) ctx.out.result(result, () => '');
      else {
        if (result.report.findings.length > 0) process.stdout.write(`${describeFindings(result.report, ctx.lang)}\n`);
        process.stdout.write(`${describeRelease(result.release, ctx.lang)}\n`);
      }
      return;
    }
    case 'validate': {
      const { values: v, positionals } = parseCommand(rest, { show: { type: 'string' } }, { min: 0, max: 1, names: 'DIR' });
      let report: ReleaseReport;
      let label: string;
      if (v.show !== undefined) {
        if (positionals.length > 0) throw new UsageError('release validate takes DIR or --show S, not both');
        const show = resolveShow(library, v.show);
        report = await validateReleaseShow(library, show.id, { now: new Date() });
        label = show.slug;
      } else {
        const dir = positionals[0];
        if (!dir) throw new UsageError('release validate needs DIR (a release folder) or --show S');
        label = path.resolve(dir);
        const info = await stat(label).catch(() => null);
        if (!info?.isDirectory()) throw new AppError('file_missing', { path: label });
        report = await validateFolder(label, { now: new Date() });
      }
      printReport(ctx, report, report.counts.error > 0);
      if (report.counts.error > 0) {
        throw new AppError('release_invalid', { path: label, errors: report.counts.error, warnings: report.counts.warning });
      }
      return;
    }
    case 'list': {
      const { values: v } = parseCommand(rest, { show: { type: 'string' } }, { min: 0, max: 0, names: '' });
      const releases = library.releases.list(resolveShow(library, needShow(v.show, 'list')).id);
      ctx.out.result(releases, () => describeReleases(releases));
      return;
    }
    case 'changes': {
      const { values: v } = parseCommand(rest, { show: { type: 'string' } }, { min: 0, max: 0, names: '' });
      const changes = await releaseChanges(library, resolveShow(library, needShow(v.show, 'changes')).id, { now: new Date() });
      ctx.out.result(changes, () => describeChanges(changes));
      return;
    }
    default:
      throw new UsageError(sub ? `unknown release command: ${sub}` : 'release needs a command: export, validate, list or changes');
  }
}
