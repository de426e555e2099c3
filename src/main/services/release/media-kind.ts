// What an episode's audio becomes in the bundle: its extension, the enclosure's MIME type, and
// whether ID3 tags and chapters can be written into the copy (MP3 only; M4A is copied as is).

import type { Asset } from '../../../shared/domain/types.js';

export interface MediaKind {
  ext: string;
  mime: string;
  /** ID3v2 tags (with CHAP/CTOC) are written into the copy. */
  id3: boolean;
  /** Apple Podcasts plays it (the validator refuses the others). */
  apple: boolean;
}

export function mediaKindOf(asset: Pick<Asset, 'container' | 'mime' | 'fileName'>): MediaKind {
  switch (asset.container) {
    case 'mpeg':
      return { ext: 'mp3', mime: 'audio/mpeg', id3: true, apple: true };
    case 'mp4':
      return { ext: 'm4a', mime: 'audio/x-m4a', id3: false, apple: true };
    case 'adts':
      return { ext: 'aac', mime: 'audio/aac', id3: false, apple: false };
    case 'wav':
      return { ext: 'wav', mime: 'audio/wav', id3: false, apple: false };
    case 'flac':
      return { ext: 'flac', mime: 'audio/flac', id3: false, apple: false };
    case 'ogg':
      return { ext: asset.mime === 'audio/opus' ? 'opus' : 'ogg', mime: asset.mime || 'audio/ogg', id3: false, apple: false };
    default: {
      // Unprobed (e.g. remote) media: judge by the recorded MIME type.
      if (asset.mime === 'audio/mpeg') return { ext: 'mp3', mime: 'audio/mpeg', id3: true, apple: true };
      if (/m4a|mp4/.test(asset.mime)) return { ext: 'm4a', mime: 'audio/x-m4a', id3: false, apple: true };
      const ext = asset.fileName.includes('.') ? asset.fileName.split('.').pop() ?? 'bin' : 'bin';
      return { ext: ext.toLowerCase(), mime: asset.mime || 'application/octet-stream', id3: false, apple: false };
    }
  }
}

/** Enclosure types Apple Podcasts accepts for audio. */
export const APPLE_AUDIO_TYPES = ['audio/mpeg', 'audio/x-m4a', 'audio/mp4', 'audio/m4a'];
