// Bytes of a text file → text, with the encodings translators' tools and old back-catalogue
// files use. Pure (TextDecoder only), so it is tested under Node.

/** A UTF-16 byte-order mark (CAT tools write TMX that way), else UTF-8, else Windows-1252 (old Word exports). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
