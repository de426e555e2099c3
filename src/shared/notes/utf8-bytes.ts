// UTF-8 size of a text, counted without TextEncoder so it runs anywhere: Apple Podcasts limits an
// episode description to 4000 bytes, and an accented letter takes two of them.

export const APPLE_DESCRIPTION_LIMIT = 4000;

/** Bytes `text` takes in UTF-8; a lone surrogate counts as U+FFFD (3 bytes), as encoders write it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Characters as a reader counts them: code points, so an emoji is one. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
