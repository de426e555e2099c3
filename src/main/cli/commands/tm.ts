// `balado tm export|import|lookup`: the library's translation memory as TMX 1.4, and a lookup to
// see what the editor would suggest. A malformed TMX file exits 1 naming its line, adding nothing.

import path from 'node:path';
import type { TmMatch, TmxImportReport } from '../../../shared/notes/types.js';
import { UI_LANGUAGES } from '../../../shared/domain/types.js';
import { lookupMemory } from '../../services/notes/tm-lookup.js';
import { exportTmx } from '../../services/notes/tmx-export.js';
import { importTmx } from '../../services/notes/tmx-import.js';
import type { CliContext } from '../context.js';
import { oneOf, parseCommand } from '../options.js';
import { table } from '../output.js';
import { UsageError } from '../usage-error.js';
import { writeAtomically } from './chapters-print.js';
import { readTextFile } from './notes.js';

function describeImport(report: TmxImportReport, file: string): string {
  const lines = [`Read ${report.units} units from ${file}: ${report.added} added, ${report.known} already known, ${report.skipped.length} skipped.`];
  for (const s of report.skipped) lines.push(`  skipped${s.line ? ` (line ${s.line})` : ''}${s.tuid ? ` tu ${s.tuid}` : ''}: ${s.reason}`);
  lines.push(`The memory holds ${report.total} units.`);
  return lines.join('\n');
}

const describeMatches = (matches: TmMatch[]) => (matches.length === 0
  ? 'No match at 70 % or more.'
  : table(['%', 'FROM', 'SOURCE', 'TARGET'], matches.map((m) => [m.score, m.origin, m.source.slice(0, 50), m.target.slice(0, 50)])));

export async function tmCommand(ctx: CliContext, argv: string[]): Promise<void> {
  const [sub, ...rest] = argv;
  const { library, out } = ctx;
  switch (sub) {
    case 'export': {
      const { values: v } = parseCommand(rest, { out: { type: 'string' } }, { min: 0, max: 0, names: '' });
      const exported = exportTmx(library);
      if (v.out === undefined) {
        if (out.json) out.result(exported, () => exported.text);
        else process.stdout.write(exported.text);
        return;
      }
      const target = path.resolve(v.out);
      await writeAtomically(target, exported.text);
      out.result({ path: target, units: exported.units }, () => `Wrote ${exported.units} translation units to ${target}`);
      return;
    }
    case 'import': {
      const { positionals } = parseCommand(rest, {}, { min: 1, max: 1, names: 'FILE' });
      const file = path.resolve(positionals[0] as string);
      const report = importTmx(library, await readTextFile(file, false));
      out.result(report, () => describeImport(report, path.basename(file)));
      return;
    }
    case 'lookup': {
      const options = { lang: { type: 'string' }, episode: { type: 'string' } } as const;
      const { values: v, positionals } = parseCommand(rest, options, { min: 1, max: 1, names: 'TEXT' });
      const sourceLang = oneOf('lang', v.lang, UI_LANGUAGES);
      if (!sourceLang) throw new UsageError('tm lookup needs --lang fr|en (the language of TEXT)');
      const episodeId = v.episode === undefined ? undefined : library.episodes.resolveRef(v.episode);
      const matches = lookupMemory(library, { text: positionals[0] as string, sourceLang, episodeId });
      out.result(matches, () => describeMatches(matches));
      return;
    }
    default:
      throw new UsageError(sub ? `unknown tm command: ${sub}` : 'tm needs a command: export, import or lookup');
  }
}
