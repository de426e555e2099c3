// Every chapter format by its name in the API and the CLI (`--format json|psc|…`).

import type { ChapterFormat } from '../../../../shared/domain/types.js';
import { audacityLabels } from './audacity.js';
import { cueSheet } from './cue.js';
import { ffmetadataChapters } from './ffmetadata.js';
import type { ChapterFormatModule } from './format.js';
import { jsonChapters } from './json.js';
import { mp4chapsChapters } from './mp4chaps.js';
import { pscChapters } from './psc.js';
import { descriptionTimestamps } from './timestamps.js';
import { vttChapters } from './vtt.js';

export const FORMATS: Record<ChapterFormat, ChapterFormatModule> = {
  json: jsonChapters,
  psc: pscChapters,
  mp4chaps: mp4chapsChapters,
  vtt: vttChapters,
  audacity: audacityLabels,
  cue: cueSheet,
  ffmetadata: ffmetadataChapters,
  timestamps: descriptionTimestamps,
};

export type { ChapterFormatModule, FormatCarries, ParseOptions, SerializeOptions } from './format.js';
