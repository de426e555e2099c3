// A transcript's bytes as text: UTF-8 only (with or without a byte-order mark). Binary files and
// UTF-16 are refused with a sentence that says so, rather than read as garbage cues.

import { malformed } from './malformed.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw malformed('text', null, 'the file is empty', 'le fichier est vide');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw malformed('text', 1, 'the file is UTF-16 text: save it as UTF-8', 'le fichier est en UTF-16 : enregistrez-le en UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).reduce((n, byte) => (byte === 0x0a ? n + 1 : n), 1);
    throw malformed('text', line, 'binary data (a NUL byte): this is not a text file', 'données binaires (un octet NUL) : ce n’est pas un fichier texte');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw malformed('text', null, 'not UTF-8 text (save the file as UTF-8)', 'pas du texte UTF-8 (enregistrez le fichier en UTF-8)');
  }
  if (text.trim() === '') throw malformed('text', null, 'the file is empty', 'le fichier est vide');
  return text;
}
