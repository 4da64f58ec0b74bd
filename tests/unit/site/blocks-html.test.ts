import { blocksToHtml } from '../../../src/site/blocks-html';

describe('blocksToHtml', () => {
  it('renders paragraphs, headings, lists, quotes and inline styles, escaping all text', () => {
    const html = blocksToHtml([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'A & B' }] },
      { type: 'paragraph', children: [{ type: 'text', text: '<script>', bold: true }] },
      {
        type: 'list',
        format: 'ordered',
        children: [{ type: 'list-item', children: [{ type: 'text', text: 'one' }] }],
      },
      { type: 'quote', children: [{ type: 'text', text: 'q', italic: true }] },
    ]);
    expect(html).toBe(
      '<h2>A &amp; B</h2>\n<p><strong>&lt;script&gt;</strong></p>\n<ol><li>one</li></ol>\n<blockquote><em>q</em></blockquote>'
    );
  });

  it('keeps only http(s) and mailto links', () => {
    const link = (url: string) => [
      {
        type: 'paragraph',
        children: [{ type: 'link', url, children: [{ type: 'text', text: 'x' }] }],
      },
    ];
    expect(blocksToHtml(link('https://a.example/?a=1&b=2'))).toBe(
      '<p><a href="https://a.example/?a=1&amp;b=2">x</a></p>'
    );
    expect(blocksToHtml(link('javascript:alert(1)'))).toBe('<p>x</p>');
  });

  it('never throws on malformed input', () => {
    expect(blocksToHtml(null)).toBe('');
    expect(blocksToHtml([null, 3, { children: 'no' }])).toBe('\n\n');
  });
});
