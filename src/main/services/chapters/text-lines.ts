// Splits a chapter file into lines the way every line-based format here reads it: a leading
// byte-order mark dropped, CRLF, CR and LF all ending a line. Index i is line i + 1.

export function textLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** True for a line with nothing but spaces and tabs. */
export const isBlank = (line: string): boolean => /^[ \t]*$/.test(line);

/** Turns an offset into `text` into its 1-based line number (binary search: files can be large). */
export function lineLocator(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}
