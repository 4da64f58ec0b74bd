import { dropEmptyBlocks } from '../../../src/attribution/text';

const text = (value: string) => ({ type: 'text', text: value });
const para = (...values: string[]) => ({ type: 'paragraph', children: values.map(text) });

describe('dropEmptyBlocks', () => {
  it('drops the blank paragraphs pasting leaves between paragraphs', () => {
    const pasted = [para('One.'), para(''), para('Two.'), para(' ', '\u00a0'), para('Three.')];
    expect(dropEmptyBlocks(pasted)).toEqual([para('One.'), para('Two.'), para('Three.')]);
  });

  it('treats zero-width characters and empty children as blank', () => {
    expect(dropEmptyBlocks([para('\u200b'), { type: 'paragraph', children: [] }])).toEqual([]);
  });

  it('keeps a paragraph whose only text is inside a link or formatted', () => {
    const linked = {
      type: 'paragraph',
      children: [text(''), { type: 'link', url: 'https://x.test', children: [text('Reuters')] }],
    };
    const bold = { type: 'paragraph', children: [{ ...text('Bold'), bold: true }] };
    expect(dropEmptyBlocks([linked, bold])).toEqual([linked, bold]);
  });

  it('drops empty headings, quotes and list items, and a list left with none', () => {
    const item = (value: string) => ({ type: 'list-item', children: [text(value)] });
    const body = [
      { type: 'heading', level: 2, children: [text('  ')] },
      { type: 'quote', children: [text('')] },
      { type: 'list', format: 'unordered', children: [item('a'), item(''), item('b')] },
      { type: 'list', format: 'ordered', children: [item(' ')] },
    ];
    expect(dropEmptyBlocks(body)).toEqual([
      { type: 'list', format: 'unordered', children: [item('a'), item('b')] },
    ]);
  });

  it('keeps blocks that carry no text, such as images', () => {
    const image = { type: 'image', image: { url: '/uploads/a.jpg' }, children: [text('')] };
    expect(dropEmptyBlocks([image, para('')])).toEqual([image]);
  });

  it('returns what is not a blocks array unchanged, for validation to judge', () => {
    expect(dropEmptyBlocks(null)).toBeNull();
    expect(dropEmptyBlocks('plain')).toBe('plain');
  });
});
