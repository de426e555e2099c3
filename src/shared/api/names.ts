// The names of the contract's calls and events, free of zod, so the sandboxed preload can
// allowlist channels without bundling every schema. contract.ts is checked against this list.

import { NOTES_CALL_NAMES } from '../notes/call-names.js';

export const CALL_NAMES = [
  ...NOTES_CALL_NAMES,
  'library.info', 'library.backup', 'settings.get', 'settings.set',
  'shows.list', 'shows.get', 'shows.create', 'shows.update', 'shows.createSample',
  'shows.setArtwork', 'shows.removeArtwork', 'shows.artwork',
  'episodes.list', 'episodes.get', 'episodes.create', 'episodes.update', 'episodes.delete',
  'episodes.numberAvailable', 'episodes.setPersons', 'episodes.importAudio', 'episodes.checkAudio',
  'episodes.relinkAudio', 'episodes.setArtwork', 'episodes.removeArtwork', 'episodes.setTranscript', 'episodes.removeTranscript',
  'search.query',
  'chapters.list', 'chapters.replace', 'chapters.importText', 'chapters.exportText', 'chapters.importEmbedded',
  'peaks.get', 'peaks.cancel',
  'release.settings', 'release.updateSettings', 'release.validate', 'release.export', 'release.cancel', 'release.reveal', 'release.list',
  'release.changes',
  'feed.importText',
] as const;
export type CallName = (typeof CALL_NAMES)[number];

export const EVENT_NAMES = ['import.progress', 'peaks.progress', 'release.progress'] as const;
export type EventName = (typeof EVENT_NAMES)[number];

/** The IPC channel of a call or event: one prefix so the preload can allowlist them. */
export const channelOf = (name: CallName | EventName): string => `balado:${name}`;
