import { describe, expect, it } from 'vitest';
import { whereLabel } from '../../../src/renderer/components/release/where-label.js';
import { en as english } from '../../../src/renderer/i18n/en.js';
import { fr as french, type MessageKey } from '../../../src/renderer/i18n/fr.js';
import { goToTarget } from '../../../src/renderer/lib/release-goto.js';

describe('go to a finding', () => {
  it('opens the show settings on the field, in the finding’s language', () => {
    expect(goToTarget({ scope: 'show', field: 'baseUrl' })).toEqual({ view: 'show', focus: ['#show-base-url'] });
    expect(goToTarget({ scope: 'show', field: 'description', lang: 'en' })).toEqual({ view: 'show', focus: ['#show-description-en'] });
    // Both feeds at once: the French side, the one producers fill first.
    expect(goToTarget({ scope: 'show', field: 'title' })).toEqual({ view: 'show', focus: ['#show-title-fr'] });
    // The artwork: its choose button in the show settings.
    expect(goToTarget({ scope: 'show', field: 'artwork' })).toEqual({ view: 'show', focus: ['[data-testid="show-artwork-choose"]'] });
    expect(goToTarget({ scope: 'bundle', file: 'feed.fr.xml', field: 'categories' })).toEqual({ view: 'show', focus: ['#show-categories'] });
  });

  it('opens the episode’s Details tab on metadata fields', () => {
    expect(goToTarget({ scope: 'episode', episodeId: 4, field: 'title', lang: 'en' }))
      .toEqual({ view: 'episode', episodeId: 4, tab: 'details', focus: ['#ep-title-en'] });
    expect(goToTarget({ scope: 'episode', episodeId: 4, field: 'publishedAt' }))
      .toEqual({ view: 'episode', episodeId: 4, tab: 'details', focus: ['#ep-published-at'] });
    expect(goToTarget({ scope: 'episode', episodeId: 4, field: 'guid', lang: 'fr' }))
      .toEqual({ view: 'episode', episodeId: 4, tab: 'details', focus: [] });
    expect(goToTarget({ scope: 'episode', episodeId: 4, field: 'artwork' }))
      .toEqual({ view: 'episode', episodeId: 4, tab: 'details', focus: ['[data-testid="episode-artwork-choose"]'] });
    expect(goToTarget({ scope: 'episode', episodeId: 4, field: 'transcripts', lang: 'en' }))
      .toEqual({ view: 'episode', episodeId: 4, tab: 'details', focus: ['[data-testid="transcript-choose-en"]'] });
  });

  it('opens the Audio tab for audio, loudness and chapters, on the chapter’s title in the language named', () => {
    expect(goToTarget({ scope: 'episode', episodeId: 4, field: 'audio', lang: 'fr' }))
      .toEqual({ view: 'episode', episodeId: 4, tab: 'audio', focus: [] });
    expect(goToTarget({ scope: 'chapter', episodeId: 4, field: 'chapters', lang: 'en', chapterIndex: 2 }))
      .toEqual({ view: 'episode', episodeId: 4, tab: 'audio', focus: ['[data-testid="chapter-title-en-2"]', '[data-testid="chapter-start-2"]'] });
    expect(goToTarget({ scope: 'chapter', episodeId: 4, field: 'chapters', chapterIndex: 0 }))
      .toEqual({ view: 'episode', episodeId: 4, tab: 'audio', focus: ['[data-testid="chapter-start-0"]'] });
  });

  it('opens the Notes tab for notes and an item’s description', () => {
    expect(goToTarget({ scope: 'episode', episodeId: 4, field: 'notes', lang: 'en' })).toEqual({ view: 'episode', episodeId: 4, tab: 'notes', focus: [] });
    expect(goToTarget({ scope: 'episode', episodeId: 4, field: 'description', lang: 'fr' })).toEqual({ view: 'episode', episodeId: 4, tab: 'notes', focus: [] });
  });
});

describe('where a finding points, in words', () => {
  // The UI's `t` over each dictionary (i18n-context itself reads the browser's language).
  const translator = (dict: Record<MessageKey, string>) => (key: MessageKey, vars: Record<string, string | number> = {}) =>
    dict[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  const fr = translator(french);
  const en = translator(english);

  it('names the view, the field, the chapter and the language, as "Go to" will open them', () => {
    expect(whereLabel({ scope: 'show', field: 'baseUrl' }, fr)).toBe('Réglages de l’émission › Adresse de publication');
    expect(whereLabel({ scope: 'show', field: 'baseUrl' }, en)).toBe('Show settings › Publishing address');
    expect(whereLabel({ scope: 'episode', episodeId: 1, field: 'publishedAt' }, fr)).toBe('Détails › Date de publication');
    expect(whereLabel({ scope: 'chapter', episodeId: 1, field: 'chapters', lang: 'en', chapterIndex: 1 }, fr))
      .toBe('Audio & chapitres › Chapitres, chapitre 2 · EN');
    expect(whereLabel({ scope: 'episode', episodeId: 1, field: 'notes', lang: 'fr' }, en)).toBe('Notes FR/EN › Notes · FR');
  });

  it('names a bundle file, and keeps an unknown field as it came', () => {
    expect(whereLabel({ scope: 'bundle', file: 'feed.fr.xml', field: 'title', lang: 'fr' }, en)).toBe('Show settings › Title, file feed.fr.xml · FR');
    expect(whereLabel({ scope: 'episode', episodeId: 1, field: 'somethingNew' }, en)).toBe('Details › somethingNew');
  });
});
