// Podcasting 2.0 JSON transcripts: `{ "version": "1.0.0", "segments": [ { "startTime", "endTime",
// "body", "speaker"? } ] }`, times in seconds. A syntax error names its line; a bad segment its
// number (JSON has no line per segment worth quoting).

import { lineLocator } from '../chapters/text-lines.js';
import { addCue, emptyTally, finish, type CueTally } from './cue-checks.js';
import { malformed } from './malformed.js';

type Json = Record<string, unknown>;

/** Node's JSON errors say `position N` (older) or `line L column C` (newer): the line, either way. */
function syntaxLine(text: string, message: string): number | null {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  return position ? lineLocator(text)(Number(position[1])) : null;
}

const seconds = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

export function readJsonTranscript(text: string): CueTally {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    throw malformed('json', syntaxLine(text, message), `not valid JSON (${message})`, `JSON non valide (${message})`);
  }
  const root = doc as Json;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || typeof root.version !== 'string' || !Array.isArray(root.segments)) {
    throw malformed('json', 1, 'a JSON transcript is an object with "version" and a "segments" list',
      'une transcription JSON est un objet avec « version » et une liste « segments »');
  }
  const tally = emptyTally();
  (root.segments as unknown[]).forEach((item, i) => {
    const segment = (typeof item === 'object' && item !== null ? item : {}) as Json;
    const where = { en: `segment ${i + 1}`, fr: `segment ${i + 1}` };
    if (!seconds(segment.startTime) || !seconds(segment.endTime)) {
      throw malformed('json', null, `${where.en}: startTime and endTime must be seconds (numbers ≥ 0)`,
        `${where.fr} : startTime et endTime doivent être des secondes (nombres ≥ 0)`);
    }
    if (typeof segment.body !== 'string') {
      throw malformed('json', null, `${where.en}: "body" (the text) is missing`, `${where.fr} : « body » (le texte) manque`);
    }
    if (segment.speaker !== undefined && typeof segment.speaker !== 'string') {
      throw malformed('json', null, `${where.en}: "speaker" must be text`, `${where.fr} : « speaker » doit être du texte`);
    }
    try {
      addCue('json', null, Math.round(segment.startTime * 1000), Math.round(segment.endTime * 1000), tally);
    } catch (error) {
      // Say which segment: the cue checks know times, not positions in a JSON list.
      const details = (error as { details?: { problem?: string; problemFr?: string } }).details ?? {};
      throw malformed('json', null, `${where.en}: ${details.problem ?? ''}`, `${where.fr} : ${details.problemFr ?? ''}`);
    }
  });
  return finish('json', tally);
}
