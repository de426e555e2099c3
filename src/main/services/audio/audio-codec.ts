// Which codec each supported container may carry, named the way the library stores it, with the
// MIME type an enclosure of that file gets. Anything else in a known container is refused.

import type { IFormat } from 'music-metadata';
import type { Bilingual } from '../../../shared/domain/types.js';
import type { AudioKind } from './sniff-format.js';

export interface CodecInfo {
  codec: 'mp3' | 'aac' | 'alac' | 'pcm' | 'pcm_float' | 'flac' | 'vorbis' | 'opus';
  container: 'mpeg' | 'adts' | 'mp4' | 'wav' | 'flac' | 'ogg';
  mime: string;
}

export type CodecVerdict =
  | { ok: true; info: CodecInfo }
  | { ok: false; unsupported: Bilingual }
  | { ok: false; unreadable: Bilingual };

export const KIND_LABEL: Record<AudioKind, string> = {
  mp3: 'MP3', adts: 'AAC', mp4: 'M4A/MP4', wav: 'WAV', flac: 'FLAC', ogg: 'Ogg',
};

const VIDEO_TRACK = 1; // music-metadata's TrackType.video

export function codecOf(kind: AudioKind, format: IFormat): CodecVerdict {
  const codec = format.codec ?? '';
  const ok = (info: CodecInfo): CodecVerdict => ({ ok: true, info });
  const unsupported = (en: string, fr: string): CodecVerdict => ({ ok: false, unsupported: { en, fr } });
  switch (kind) {
    case 'mp3':
      return /^MPEG (1|2|2\.5) Layer 3$/.test(codec)
        ? ok({ codec: 'mp3', container: 'mpeg', mime: 'audio/mpeg' })
        : { ok: false, unreadable: { en: 'no MPEG audio frames found', fr: 'aucune trame audio MPEG trouvée' } };
    case 'adts':
      return codec === 'AAC'
        ? ok({ codec: 'aac', container: 'adts', mime: 'audio/aac' })
        : { ok: false, unreadable: { en: 'no AAC frames found', fr: 'aucune trame AAC trouvée' } };
    case 'mp4': {
      if (format.hasVideo || format.trackInfo.some((t) => t.type === VIDEO_TRACK)) {
        return unsupported('MPEG-4 video', 'vidéo MPEG-4');
      }
      if (codec === 'MPEG-4/AAC') return ok({ codec: 'aac', container: 'mp4', mime: 'audio/mp4' });
      if (codec === 'ALAC') return ok({ codec: 'alac', container: 'mp4', mime: 'audio/mp4' });
      if (codec === '') {
        return { ok: false, unreadable: { en: 'this MP4 file has no audio track', fr: "ce fichier MP4 n'a pas de piste audio" } };
      }
      return unsupported(`MP4 with ${codec} audio`, `MP4 avec audio ${codec}`);
    }
    case 'wav':
      if (codec === 'PCM') return ok({ codec: 'pcm', container: 'wav', mime: 'audio/wav' });
      if (codec === 'IEEE_FLOAT') return ok({ codec: 'pcm_float', container: 'wav', mime: 'audio/wav' });
      // WAVE_FORMAT_EXTENSIBLE (ffmpeg's 24-bit and float output): music-metadata calls integer PCM lossless.
      if (codec === 'non-PCM (65534)') {
        return ok({ codec: format.lossless ? 'pcm' : 'pcm_float', container: 'wav', mime: 'audio/wav' });
      }
      return unsupported(`WAV with ${codec || 'unknown'} encoding`, `WAV encodé en ${codec || 'format inconnu'}`);
    case 'flac':
      return codec === 'FLAC'
        ? ok({ codec: 'flac', container: 'flac', mime: 'audio/flac' })
        : { ok: false, unreadable: { en: 'no FLAC stream found', fr: 'aucun flux FLAC trouvé' } };
    case 'ogg':
      // Podcasting 2.0 feeds (podcast:alternateEnclosure) label Ogg Opus files audio/opus.
      if (codec === 'Opus') return ok({ codec: 'opus', container: 'ogg', mime: 'audio/opus' });
      if (codec === 'Vorbis I') return ok({ codec: 'vorbis', container: 'ogg', mime: 'audio/ogg' });
      if (codec === 'Theora' || format.hasVideo) return unsupported('Ogg video (Theora)', 'vidéo Ogg (Theora)');
      return codec === ''
        ? { ok: false, unreadable: { en: 'no audio stream found in this Ogg file', fr: 'aucun flux audio dans ce fichier Ogg' } }
        : unsupported(`Ogg ${codec}`, `Ogg ${codec}`);
    default: {
      const never: never = kind;
      throw new Error(`unhandled audio kind ${String(never)}`);
    }
  }
}
