// Where release notes come from: the notes model when the episode has note rows, the episode's
// summary (Markdown subset) otherwise, always sanitized.

import { describe, expect, it } from 'vitest';
import { notesForRelease } from '../../../../../src/main/services/release/notes-source.js';
import { makeShow, useLibrary } from '../library/temp-library.js';

describe('notesForRelease', () => {
  const lib = useLibrary();

  it('renders the summary’s Markdown subset when the episode has no note rows', () => {
    const show = makeShow(lib());
    const episode = lib().episodes.create({ showId: show.id, summary: { fr: 'Un **mot** <script>x</script>', en: '' } });
    expect(notesForRelease(lib(), episode.id, 'fr')).toBe('<p>Un <strong>mot</strong> &lt;script&gt;x&lt;/script&gt;</p>');
    expect(notesForRelease(lib(), episode.id, 'en')).toBe('');
  });

  it('uses the notes model once the episode has rows, in each language', () => {
    const show = makeShow(lib());
    const episode = lib().episodes.create({ showId: show.id, summary: { fr: 'ancien résumé', en: 'old summary' } });
    lib().notes.replaceAll({ episodeId: episode.id }, [
      { kind: 'paragraph', fr: 'Bonjour & <b>bienvenue</b> ]]>', en: 'Hello' },
      { kind: 'list_item', fr: 'un', en: '' },
    ]);
    const fr = notesForRelease(lib(), episode.id, 'fr');
    expect(fr).toContain('Bonjour &amp; &lt;b&gt;bienvenue&lt;/b&gt; ]]&gt;');
    expect(fr).toContain('<li>un</li>');
    expect(fr).not.toContain('ancien');
    expect(notesForRelease(lib(), episode.id, 'en')).toContain('Hello');
  });
});
