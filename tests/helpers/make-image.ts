// Real images for tests, made at test time with ffmpeg (no committed binaries): a plain colour
// at a given size, PNG or JPEG by the file name, optionally in another pixel format (gray, pal8).
//
//   const art = await makeImage(dir, 'art.png', '1400x1400');
//   const gray = await makeImage(dir, 'gray.png', '1400x1400', { pixFmt: 'gray' });

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function makeImage(dir: string, name: string, size: string, options: { color?: string; pixFmt?: string } = {}): Promise<string> {
  const out = path.join(dir, name);
  await run('ffmpeg', ['-nostdin', '-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `color=c=${options.color ?? 'blue'}:s=${size}`,
    '-frames:v', '1', ...(options.pixFmt ? ['-pix_fmt', options.pixFmt] : []), out]);
  return out;
}
