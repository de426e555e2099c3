// balado-media://asset/<id> and nothing else names an asset.
import { describe, expect, it } from 'vitest';
import { parseMediaUrl } from '../../../../src/main/electron/media-url.js';

describe('media URLs', () => {
  it('reads the id the renderer puts in the URL', () => {
    expect(parseMediaUrl('balado-media://asset/42')).toBe(42);
    expect(parseMediaUrl('balado-media://asset/7/')).toBe(7);
  });

  it('refuses anything that is not a positive id on the asset host', () => {
    for (const url of [
      'balado-media://asset/0', 'balado-media://asset/-1', 'balado-media://asset/01', 'balado-media://asset/1.5',
      'balado-media://asset/1/2', 'balado-media://asset/..%2f1', 'balado-media://asset/99999999999999999',
      'balado-media://file/1', 'balado-media://asset/', 'app://asset/1', 'garbage',
    ]) expect(parseMediaUrl(url), url).toBeNull();
  });
});
