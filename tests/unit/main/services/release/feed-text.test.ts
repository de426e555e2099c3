// The small pieces under every feed: XML-safe text and CDATA sections (property-tested against a
// real XML parser), RFC 2822 dates both ways, bundle URLs, podcast:guid and the item guids.

import fc from 'fast-check';
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { baseWithSlash, bundleUrl, itemGuid, podcastGuidOf } from '../../../../../src/main/services/release/feed-urls.js';
import { dateToRfc2822, isoToRfc2822, rfc2822ToIso } from '../../../../../src/main/services/release/rfc2822.js';
import { cdataSections, xmlSafe } from '../../../../../src/main/services/release/xml-text.js';

const builder = new XMLBuilder({ stopNodes: ['doc.notes'] });
const parser = new XMLParser({ trimValues: false, parseTagValue: false });

describe('CDATA sections', () => {
  it('split on every `]]>` so the text reads back exactly', () => {
    expect(cdataSections('a ]]> b')).toBe('<![CDATA[a ]]]]><![CDATA[> b]]>');
    expect(cdataSections(']]>]]>')).toBe('<![CDATA[]]]]><![CDATA[>]]]]><![CDATA[>]]>');
  });

  it('hold any text (once made XML-safe) through a real parser', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom('', ']]>', ']]', ']', '>', '<![CDATA[', '&amp;'), (text, trap) => {
      const value = `${text}${trap}${text}`;
      const xml = builder.build({ doc: { notes: cdataSections(value) } }) as string;
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(String(parser.parse(xml).doc.notes)).toBe(xmlSafe(value));
    }), { numRuns: 300 });
  });

  it('XML-safe text keeps emoji, right-to-left and accents, drops what XML 1.0 cannot hold', () => {
    expect(xmlSafe('é 🎙️ שלום \u0000\u0007bell\uFFFF \uD800lone')).toBe('é 🎙️ שלום bell lone');
    expect(xmlSafe('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r');
  });
});

describe('RFC 2822 dates', () => {
  it('keep the offset the date was chosen in', () => {
    expect(isoToRfc2822('2026-03-04T06:00:00-05:00')).toBe('Wed, 04 Mar 2026 06:00:00 -0500');
    expect(isoToRfc2822('2026-11-01T23:30:00.250+05:30')).toBe('Sun, 01 Nov 2026 23:30:00 +0530');
    expect(isoToRfc2822('2024-02-29T00:00:00Z')).toBe('Thu, 29 Feb 2024 00:00:00 +0000');
    expect(isoToRfc2822('not a date')).toBeNull();
    expect(dateToRfc2822(new Date('2026-03-05T12:00:00Z'))).toBe('Thu, 05 Mar 2026 12:00:00 +0000');
  });

  it('read back as feeds write them, named zones too', () => {
    expect(rfc2822ToIso('Wed, 04 Mar 2026 06:00:00 -0500')).toBe('2026-03-04T06:00:00-05:00');
    expect(rfc2822ToIso('Fri, 09 Oct 2020 04:30:38 GMT')).toBe('2020-10-09T04:30:38Z');
    expect(rfc2822ToIso('9 Oct 20 4:30 EST')).toBe('2020-10-09T04:30:00-05:00');
    expect(rfc2822ToIso('Mon, 31 Feb 2026 00:00:00 GMT')).toBeNull();
    expect(rfc2822ToIso('yesterday')).toBeNull();
  });

  it('round-trip any moment in any offset', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1970-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
      fc.integer({ min: -12 * 4, max: 14 * 4 }), (date, quarters) => {
        const offset = quarters * 15;
        const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * 60_000).toISOString().slice(0, 19);
        const sign = offset < 0 ? '-' : '+';
        const abs = Math.abs(offset);
        const zone = offset === 0 ? 'Z' : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
        const iso = `${local}${zone}`;
        expect(rfc2822ToIso(isoToRfc2822(iso) as string)).toBe(iso);
      }), { numRuns: 300 });
  });
});

describe('URLs and guids', () => {
  it('bundle URLs sit under the base URL, with or without its trailing slash', () => {
    expect(baseWithSlash('https://example.org/raccords')).toBe('https://example.org/raccords/');
    expect(bundleUrl('https://example.org/raccords/', 'media/ep-1.mp3')).toBe('https://example.org/raccords/media/ep-1.mp3');
    expect(bundleUrl('', 'feed.fr.xml')).toBe('feed.fr.xml');
  });

  it('podcast:guid follows the namespace’s own test vectors (scheme and trailing slashes removed)', () => {
    expect(podcastGuidOf('https://mp3s.nashownotes.com/pc20rss.xml')).toBe('917393e3-1b1e-5cef-ace4-edaa54e1f810');
    expect(podcastGuidOf('podnews.net/rss////')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
    expect(podcastGuidOf('http://podnews.net/rss/')).toBe('9b024349-ccf0-5f69-a609-6b82873eab3c');
  });

  it('item guids: the episode’s own in its feed, a stable derived one in the other', () => {
    const guid = '2471f862-441d-471f-8e0e-07dc1d7bea78';
    expect(itemGuid(guid, 'fr', 'fr')).toBe(guid);
    const en = itemGuid(guid, 'en', 'fr');
    expect(en).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(itemGuid(guid, 'en', 'fr')).toBe(en);
    expect(itemGuid('https://example.com/ep0003', 'en', 'en')).toBe('https://example.com/ep0003');
  });
});
