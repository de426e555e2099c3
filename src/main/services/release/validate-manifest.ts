// A bundle folder against its manifest: every file listed is there with the same size and
// SHA-256 (hashed again, streaming), and nothing unlisted was added.

import { createReadStream } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ReleaseFinding } from '../../../shared/domain/types.js';
import type { BundleReader } from './bundle-reader.js';
import { throwIfCancelled } from './cancel.js';
import { finding } from './findings.js';
import { MANIFEST_FILE, parseManifest } from './manifest.js';

const AGAIN = { fr: 'Copiez le dossier de nouveau depuis la publication d’origine, ou exportez-la de nouveau.',
  en: 'Copy the folder again from the original release, or export it again.' };

export async function hashOnDisk(file: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20, signal })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function validateManifest(dir: string, reader: BundleReader, signal?: AbortSignal): Promise<ReleaseFinding[]> {
  const text = await reader.read(MANIFEST_FILE);
  const where = { scope: 'bundle' as const, file: MANIFEST_FILE };
  const manifest = text ? parseManifest(text.toString('utf8')) : null;
  if (!manifest) {
    return [finding('error', 'manifest_missing', where,
      { fr: 'Pas de manifest.json lisible : impossible de vérifier que les fichiers sont complets.', en: 'No readable manifest.json: the files cannot be checked for completeness.' },
      AGAIN)];
  }
  const out: ReleaseFinding[] = [];
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const file of manifest.files) {
    throwIfCancelled(signal);
    const size = await reader.size(file.path);
    const problem = size === null ? { fr: 'absent', en: 'missing' }
      : size !== file.size ? { fr: `${size} octets au lieu de ${file.size}`, en: `${size} bytes instead of ${file.size}` }
        : (await hashOnDisk(path.join(dir, ...file.path.split('/')), signal)) !== file.sha256
          ? { fr: 'contenu différent (SHA-256)', en: 'different content (SHA-256)' } : null;
    if (problem) {
      out.push(finding('error', 'manifest_mismatch', { scope: 'bundle', file: file.path },
        { fr: `${file.path} : ${problem.fr}.`, en: `${file.path}: ${problem.en}.` }, AGAIN));
    }
  }
  for (const file of await reader.files()) {
    if (file === MANIFEST_FILE || listed.has(file)) continue;
    out.push(finding('warning', 'manifest_mismatch', { scope: 'bundle', file },
      { fr: `${file} n’est pas dans le manifeste (ajouté après la publication ?).`, en: `${file} is not in the manifest (added after the release?).` },
      { fr: 'Retirez ce fichier ou exportez de nouveau.', en: 'Remove this file or export again.' }));
  }
  return out;
}
