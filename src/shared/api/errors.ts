// Expected errors: every failure a user can cause or meet, with its French and English message.
// Errors cross the IPC/HTTP boundary as plain `WireError` objects and are rebuilt as `AppError`.

import type { Bilingual } from '../domain/types.js';

type Details = Record<string, string | number | boolean | null>;

const catalog = {
  validation: (d: Details) => ({
    fr: `Valeur invalide pour « ${d.field ?? '?'} » : ${d.problemFr ?? d.problem ?? ''}`.trim(),
    en: `Invalid value for "${d.field ?? '?'}": ${d.problem ?? ''}`.trim(),
  }),
  not_found: (d: Details) => ({
    fr: `Introuvable : ${d.what ?? 'élément'} ${d.ref ?? ''}`.trim(),
    en: `Not found: ${d.what ?? 'item'} ${d.ref ?? ''}`.trim(),
  }),
  duplicate: (d: Details) => ({
    fr: `Déjà utilisé : ${d.field ?? ''} « ${d.value ?? ''} » (${d.scope ?? ''})`.trim(),
    en: `Already in use: ${d.field ?? ''} "${d.value ?? ''}" (${d.scope ?? ''})`.trim(),
  }),
  library_too_new: (d: Details) => ({
    fr: `Cette bibliothèque a été écrite par une version plus récente de Balado Studio (schéma ${d.found}, cette version connaît ${d.supported}). Mettez l'application à jour ; rien n'a été modifié.`,
    en: `This library was written by a newer Balado Studio (schema ${d.found}; this version knows ${d.supported}). Update the app; nothing was changed.`,
  }),
  library_locked: (d: Details) => ({
    fr: `La bibliothèque ${d.path ?? ''} est occupée par un autre programme.`,
    en: `The library ${d.path ?? ''} is busy in another program.`,
  }),
  file_missing: (d: Details) => ({
    fr: `Fichier introuvable : ${d.path}`,
    en: `File not found: ${d.path}`,
  }),
  file_changed: (d: Details) => ({
    fr: `Le fichier a changé depuis l'importation (${d.reason}) : ${d.path}`,
    en: `The file changed since it was imported (${d.reason}): ${d.path}`,
  }),
  audio_unreadable: (d: Details) => ({
    fr: `« ${d.file} » n'est pas un fichier audio lisible : ${d.problem}`,
    en: `"${d.file}" is not a readable audio file: ${d.problem}`,
  }),
  audio_unsupported: (d: Details) => ({
    fr: `Format audio non pris en charge (${d.format}) pour « ${d.file} ». Formats acceptés : MP3, M4A/AAC, WAV, FLAC, Ogg/Opus.`,
    en: `Unsupported audio format (${d.format}) for "${d.file}". Accepted: MP3, M4A/AAC, WAV, FLAC, Ogg/Opus.`,
  }),
  chapters_malformed: (d: Details) => ({
    fr: `Fichier de chapitres illisible (${d.format ?? '?'})${d.line ? `, ligne ${d.line}` : ''} : ${d.problemFr ?? d.problem ?? ''} — rien n'a été modifié.`,
    en: `Chapter file not readable (${d.format ?? '?'})${d.line ? `, line ${d.line}` : ''}: ${d.problem ?? ''}; nothing was changed.`,
  }),
  notes_text_unreadable: (d: Details) => ({
    fr: `Texte des notes illisible${d.file ? ` (${d.file})` : ''} : ${d.problemFr ?? d.problem ?? ''} — rien n'a été modifié.`,
    en: `Show-notes text not readable${d.file ? ` (${d.file})` : ''}: ${d.problem ?? ''}; nothing was changed.`,
  }),
  transcript_malformed: (d: Details) => ({
    fr: `Transcription illisible${d.file ? ` « ${d.file} »` : ''} (${d.format ?? '?'})${d.line ? `, ligne ${d.line}` : ''} : ${d.problemFr ?? d.problem ?? ''} — rien n'a été enregistré.`,
    en: `Transcript not readable${d.file ? ` "${d.file}"` : ''} (${d.format ?? '?'})${d.line ? `, line ${d.line}` : ''}: ${d.problem ?? ''}; nothing was stored.`,
  }),
  xliff_malformed: (d: Details) => ({
    fr: `Fichier XLIFF illisible${d.line ? `, ligne ${d.line}` : ''} : ${d.problemFr ?? d.problem ?? ''} — rien n'a été modifié.`,
    en: `XLIFF file not readable${d.line ? `, line ${d.line}` : ''}: ${d.problem ?? ''}; nothing was changed.`,
  }),
  tmx_malformed: (d: Details) => ({
    fr: `Fichier TMX illisible${d.line ? `, ligne ${d.line}` : ''} : ${d.problemFr ?? d.problem ?? ''} — rien n'a été modifié.`,
    en: `TMX file not readable${d.line ? `, line ${d.line}` : ''}: ${d.problem ?? ''}; nothing was changed.`,
  }),
  path_forbidden: (d: Details) => ({
    fr: `Chemin refusé (hors de la bibliothèque) : ${d.path}`,
    en: `Path refused (outside the library): ${d.path}`,
  }),
  unauthorized: () => ({
    fr: 'Accès refusé : la demande ne vient pas de la fenêtre de Balado Studio (jeton absent ou invalide, ou origine inconnue).',
    en: 'Access denied: the request does not come from the Balado Studio window (missing or invalid token, or unknown origin).',
  }),
  cancelled: () => ({ fr: 'Opération annulée.', en: 'Operation cancelled.' }),
  unknown_call: (d: Details) => ({
    fr: `Appel inconnu : ${d.call}`,
    en: `Unknown call: ${d.call}`,
  }),
  feed_malformed: (d: Details) => ({
    fr: `Flux RSS illisible${d.line ? ` (ligne ${d.line})` : ''} : ${d.problemFr ?? d.problem ?? ''} — rien n'a été créé.`,
    en: `RSS feed not readable${d.line ? ` (line ${d.line})` : ''}: ${d.problem ?? ''}; nothing was created.`,
  }),
  release_exists: (d: Details) => ({
    fr: `Il y a déjà quelque chose à ${d.path} : une publication n'écrase jamais rien. Choisissez un autre dossier.`,
    en: `Something already exists at ${d.path}: a release never overwrites anything. Choose another folder.`,
  }),
  release_failed: (d: Details) => ({
    fr: `La publication n'a pas pu être écrite (${d.problemFr ?? d.problem ?? 'erreur inconnue'}) ; aucun fichier n'a été laissé.`,
    en: `The release could not be written (${d.problem ?? 'unknown error'}); no file was left behind.`,
  }),
  release_blocked: (d: Details) => ({
    fr: `Rien n'a été exporté : la validation a trouvé ${d.errors} erreur(s) et ${d.warnings} avertissement(s)${Number(d.errors) === 0 ? ' (acceptez les avertissements pour exporter quand même)' : ''}.`,
    en: `Nothing was exported: validation found ${d.errors} error(s) and ${d.warnings} warning(s)${Number(d.errors) === 0 ? ' (allow warnings to export anyway)' : ''}.`,
  }),
  release_invalid: (d: Details) => ({
    fr: `La publication ${d.path} n'est pas valide : ${d.errors} erreur(s), ${d.warnings} avertissement(s).`,
    en: `The release ${d.path} is not valid: ${d.errors} error(s), ${d.warnings} warning(s).`,
  }),
  release_busy: (d: Details) => ({
    fr: `Une publication est déjà en cours (tâche ${d.jobId}).`,
    en: `A release is already running (job ${d.jobId}).`,
  }),
  internal: (d: Details) => ({
    fr: `Erreur interne : ${d.problem ?? 'inconnue'}`,
    en: `Internal error: ${d.problem ?? 'unknown'}`,
  }),
} satisfies Record<string, (d: Details) => Bilingual>;

export type ErrorCode = keyof typeof catalog;
export const ERROR_CODES = Object.keys(catalog) as ErrorCode[];

export interface WireError {
  code: ErrorCode;
  message: Bilingual;
  details: Details;
}

/** An expected error: shown to the user in their language, never a crash. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messages: Bilingual;
  readonly details: Details;

  constructor(code: ErrorCode, details: Details = {}, messages?: Bilingual) {
    const text = messages ?? catalog[code](details);
    super(text.en);
    this.name = 'AppError';
    this.code = code;
    this.messages = text;
    this.details = details;
  }

  toWire(): WireError {
    return { code: this.code, message: this.messages, details: this.details };
  }

  static fromWire(wire: WireError): AppError {
    const code = (ERROR_CODES as string[]).includes(wire.code) ? wire.code : 'internal';
    return new AppError(code, wire.details ?? {}, wire.message);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Shorthand for the most common expected error. */
export function invalid(field: string, problem: string, problemFr?: string): AppError {
  return new AppError('validation', { field, problem, problemFr: problemFr ?? problem });
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WireError };
