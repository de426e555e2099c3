// One language's notes as HTML, plain text and Markdown: lists grouped, headings in bold,
// empty sides skipped.

import { describe, expect, it } from 'vitest';
import { blocksToHtml, blocksToMarkdown, blocksToText, type OutputBlock } from '../../../../src/shared/notes/notes-output.js';

const blocks: OutputBlock[] = [
  { kind: 'heading', text: 'Show Notes' },
  { kind: 'paragraph', text: 'Our guest **Stéphane Vincent**\non R&D.' },
  { kind: 'paragraph', text: '' },
  { kind: 'list_item', text: 'an interview with *Geoff Mulgan*;' },
  { kind: 'list_item', text: 'a list of top picks.' },
  { kind: 'numbered_item', text: 'first' },
  { kind: 'numbered_item', text: 'second' },
  { kind: 'link', text: '[Raccords](https://mis.quebec/raccords)' },
  { kind: 'paragraph', text: '# not a heading, 1. not a list' },
];

describe('notes output', () => {
  it('renders HTML with only p, ul, ol, li, a, strong, em and br', () => {
    expect(blocksToHtml(blocks)).toBe([
      '<p><strong>Show Notes</strong></p>',
      '<p>Our guest <strong>Stéphane Vincent</strong><br>on R&amp;D.</p>',
      '<ul><li>an interview with <em>Geoff Mulgan</em>;</li><li>a list of top picks.</li></ul>',
      '<ol><li>first</li><li>second</li></ol>',
      '<p><a href="https://mis.quebec/raccords">Raccords</a></p>',
      '<p># not a heading, 1. not a list</p>',
    ].join('\n'));
  });

  it('renders plain text for summaries', () => {
    expect(blocksToText(blocks)).toBe([
      'Show Notes', 'Our guest Stéphane Vincent\non R&D.', '- an interview with Geoff Mulgan;\n- a list of top picks.',
      '1. first\n2. second', 'Raccords (https://mis.quebec/raccords)', '# not a heading, 1. not a list',
    ].join('\n\n'));
  });

  it('renders Markdown, escaping what would read as a block marker', () => {
    expect(blocksToMarkdown(blocks)).toBe([
      '## Show Notes', 'Our guest **Stéphane Vincent**  \non R&D.', '- an interview with *Geoff Mulgan*;\n- a list of top picks.',
      '1. first\n2. second', '[Raccords](https://mis.quebec/raccords)', '\\# not a heading, 1. not a list',
    ].join('\n\n'));
  });
});
