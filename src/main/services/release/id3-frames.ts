// ID3v2.4 frames, written by hand: node-id3 0.2 only writes ID3v2.3 tags, and the issue asks for
// 2.4 (UTF-8 text, synchsafe frame sizes). Covers what a podcast copy needs: text frames, COMM,
// APIC, WXXX, and CHAP/CTOC from the Chapter Frame Addendum 1.0.

const UTF8 = 0x03;
const NUL = Buffer.from([0]);

/** 28 bits in four 7-bit bytes: sizes in ID3v2.4 headers and frame headers. */
export function synchsafe(size: number): Buffer {
  if (!Number.isInteger(size) || size < 0 || size >= 2 ** 28) throw new RangeError(`ID3 size out of range: ${size}`);
  return Buffer.from([(size >>> 21) & 0x7f, (size >>> 14) & 0x7f, (size >>> 7) & 0x7f, size & 0x7f]);
}

export function readSynchsafe(bytes: Uint8Array, offset: number): number {
  return (((bytes[offset] ?? 0) & 0x7f) << 21) | (((bytes[offset + 1] ?? 0) & 0x7f) << 14) |
    (((bytes[offset + 2] ?? 0) & 0x7f) << 7) | ((bytes[offset + 3] ?? 0) & 0x7f);
}

export function frame(id: string, body: Buffer): Buffer {
  if (!/^[A-Z0-9]{4}$/.test(id)) throw new Error(`not an ID3v2.4 frame id: ${id}`);
  return Buffer.concat([Buffer.from(id, 'latin1'), synchsafe(body.length), Buffer.from([0, 0]), body]);
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
/** ISO-8859-1 fields (MIME types, URLs, element ids): anything outside it is percent-encoded first. */
const latin1 = (text: string) => Buffer.from(text.replace(/[^\x20-\x7e]/g, (c) => encodeURIComponent(c)), 'latin1');

/** T*** text frame (TIT2, TPE1, TALB, TDRC, TLAN, TCON…) in UTF-8. */
export function textFrame(id: string, text: string): Buffer {
  return frame(id, Buffer.concat([Buffer.from([UTF8]), utf8(text)]));
}

/** COMM: `language` is ISO 639-2 (three letters, e.g. fra, eng). */
export function commentFrame(language: string, text: string, description = ''): Buffer {
  return frame('COMM', Buffer.concat([Buffer.from([UTF8]), Buffer.from(language.slice(0, 3).padEnd(3, ' '), 'latin1'),
    utf8(description), NUL, utf8(text)]));
}

/** APIC front cover (type 3). MIME `-->` with a URL as data links to the picture instead. */
export function pictureFrame(mime: string, data: Buffer, description = ''): Buffer {
  return frame('APIC', Buffer.concat([Buffer.from([UTF8]), latin1(mime), NUL, Buffer.from([0x03]), utf8(description), NUL, data]));
}

export function linkedPictureFrame(url: string): Buffer {
  return pictureFrame('-->', latin1(url));
}

export function userUrlFrame(url: string, description = ''): Buffer {
  return frame('WXXX', Buffer.concat([Buffer.from([UTF8]), utf8(description), NUL, latin1(url)]));
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

/** CHAP: times in ms; byte offsets 0xFFFFFFFF ("use the times"); sub-frames follow. */
export function chapterFrame(elementId: string, startMs: number, endMs: number, subFrames: Buffer[]): Buffer {
  return frame('CHAP', Buffer.concat([latin1(elementId), NUL, u32(startMs), u32(endMs), u32(0xffffffff), u32(0xffffffff),
    ...subFrames]));
}

/** CTOC: flags 0x03 = top-level and ordered; at most 255 entries (one byte). */
export function tocFrame(elementId: string, childIds: readonly string[], subFrames: Buffer[], topLevel = true): Buffer {
  if (childIds.length === 0 || childIds.length > 255) throw new RangeError(`CTOC needs 1–255 entries, got ${childIds.length}`);
  const flags = (topLevel ? 0x02 : 0) | 0x01;
  return frame('CTOC', Buffer.concat([latin1(elementId), NUL, Buffer.from([flags, childIds.length]),
    ...childIds.flatMap((id) => [latin1(id), NUL]), ...subFrames]));
}

/** The whole tag: `ID3` v2.4.0, no flags, synchsafe size of the frames. */
export function id3v24Tag(frames: readonly Buffer[]): Buffer {
  const body = Buffer.concat(frames);
  return Buffer.concat([Buffer.from('ID3', 'latin1'), Buffer.from([0x04, 0x00, 0x00]), synchsafe(body.length), body]);
}
