// A small JSON reader that remembers the line of every object and array, so a Podcasting 2.0
// chapters file can be refused with "line 12: …". JSON.parse gives no positions to point at.

import { lineLocator } from '../text-lines.js';

export class JsonSyntaxError extends Error {
  constructor(readonly line: number, readonly problem: { en: string; fr: string }) {
    super(`line ${line}: ${problem.en}`);
  }
}

export interface ParsedJson {
  value: unknown;
  /** The line where an object or array of `value` opens. */
  lineOf(node: object): number;
}

const MAX_DEPTH = 64;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;

export function parseJsonWithLines(text: string): ParsedJson {
  const lines = new WeakMap<object, number>();
  const source = text.replace(/^\uFEFF/, '');
  let at = 0;

  const lineAt = lineLocator(source);
  const fail = (en: string, fr: string, offset = at): never => {
    throw new JsonSyntaxError(lineAt(offset), { en, fr });
  };
  const skip = () => {
    WHITESPACE.lastIndex = at;
    WHITESPACE.exec(source);
    at = WHITESPACE.lastIndex;
  };
  const shown = () => (at >= source.length ? 'end of file' : `"${source[at]}"`);
  const shownFr = () => (at >= source.length ? 'fin du fichier' : `« ${source[at]} »`);
  const expect = (char: string) => {
    skip();
    if (source[at] !== char) fail(`expected "${char}", found ${shown()}`, `« ${char} » attendu, ${shownFr()} trouvé`);
    at++;
  };

  function string(): string {
    const start = at;
    at++;
    for (;;) {
      const code = source.charCodeAt(at);
      if (at >= source.length) fail('unterminated string', 'chaîne non terminée', start);
      if (code === 0x22) break;
      if (code < 0x20) fail('control character inside a string', 'caractère de contrôle dans une chaîne');
      at += code === 0x5c ? 2 : 1;
    }
    at++;
    try {
      return JSON.parse(source.slice(start, at)) as string;
    } catch {
      return fail('bad escape in a string', 'échappement invalide dans une chaîne', start);
    }
  }

  function value(depth: number): unknown {
    skip();
    if (depth > MAX_DEPTH) fail('nested too deeply', 'imbrication trop profonde');
    const char = source[at];
    const opened = at;
    if (char === '{') {
      at++;
      const object: Record<string, unknown> = {};
      lines.set(object, lineAt(opened));
      skip();
      if (source[at] === '}') return at++, object;
      for (;;) {
        skip();
        if (source[at] !== '"') fail(`expected a "quoted" key, found ${shown()}`, `clé « entre guillemets » attendue, ${shownFr()} trouvé`);
        const key = string();
        expect(':');
        // defineProperty: a "__proto__" key in a file stays data and never becomes a prototype.
        Object.defineProperty(object, key, { value: value(depth + 1), enumerable: true, writable: true, configurable: true });
        skip();
        if (source[at] === ',') { at++; continue; }
        if (source[at] === '}') return at++, object;
        fail(`expected "," or "}", found ${shown()}`, `« , » ou « } » attendu, ${shownFr()} trouvé`);
      }
    }
    if (char === '[') {
      at++;
      const array: unknown[] = [];
      lines.set(array, lineAt(opened));
      skip();
      if (source[at] === ']') return at++, array;
      for (;;) {
        array.push(value(depth + 1));
        skip();
        if (source[at] === ',') { at++; continue; }
        if (source[at] === ']') return at++, array;
        fail(`expected "," or "]", found ${shown()}`, `« , » ou « ] » attendu, ${shownFr()} trouvé`);
      }
    }
    if (char === '"') return string();
    for (const [word, result] of [['true', true], ['false', false], ['null', null]] as const) {
      if (source.startsWith(word, at)) return (at += word.length), result;
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(source);
    if (number) return (at = NUMBER.lastIndex), Number(number[0]);
    return fail(`unexpected ${shown()}`, `${shownFr()} inattendu`);
  }

  const result = value(0);
  skip();
  if (at < source.length) fail(`unexpected ${shown()} after the end of the JSON`, `${shownFr()} inattendu après la fin du JSON`);
  return { value: result, lineOf: (node) => lines.get(node) ?? 1 };
}
