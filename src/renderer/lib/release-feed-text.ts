// A feed file's bytes as text. XML says its own encoding (a BOM, or the declaration's
// `encoding="…"`); older hosts still publish ISO-8859-1 or Windows-1252, which UTF-8 decoding
// would turn into replacement characters.

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** The encoding the XML declaration names, read from its first bytes (ASCII in every encoding this covers). */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function decode(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    // An encoding the browser does not know: UTF-8 is what nearly every feed really is.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

export function decodeFeedBytes(bytes: Uint8Array): string {
  for (const [bom, label] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return decode(bytes.subarray(bom.length), label);
  }
  return decode(bytes, declaredEncoding(bytes) ?? 'utf-8');
}
