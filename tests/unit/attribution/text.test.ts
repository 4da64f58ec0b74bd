import { extractText, paragraphsToBlocks } from '../../../src/attribution';

const text = (value: string) => ({ type: 'text', text: value });

describe('extractText', () => {
  it('joins title, lead and body blocks with blank lines', () => {
    const body = [
      { type: 'paragraph', children: [text('First paragraph.')] },
      { type: 'heading', level: 2, children: [text('A heading')] },
      {
        type: 'paragraph',
        children: [text('Second '), { ...text('bold'), bold: true }, text('.')],
      },
    ];
    expect(extractText({ title: 'Title', lead: 'Lead.', body })).toBe(
      'Title\n\nLead.\n\nFirst paragraph.\n\nA heading\n\nSecond bold.'
    );
  });

  it('keeps link text inline and quotes as blocks', () => {
    const body = [
      {
        type: 'paragraph',
        children: [
          text('According to '),
          { type: 'link', url: 'https://reuters.com', children: [text('Reuters')] },
          text(', oil fell.'),
        ],
      },
      { type: 'quote', children: [text('“We will not leave.”')] },
    ];
    expect(extractText({ body })).toBe('According to Reuters, oil fell.\n\n“We will not leave.”');
  });

  it('puts each list item on its own line, nested lists included', () => {
    const body = [
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('One')] },
          {
            type: 'list-item',
            children: [
              text('Two'),
              { type: 'list', children: [{ type: 'list-item', children: [text('Two.a')] }] },
            ],
          },
        ],
      },
    ];
    expect(extractText({ body })).toBe('One\nTwo\nTwo.a');
  });

  it('skips empty parts and images without text', () => {
    const body = [
      { type: 'image', image: { url: '/x.jpg' }, children: [text('')] },
      { type: 'paragraph', children: [text('   ')] },
      { type: 'paragraph', children: [text('Text.')] },
    ];
    expect(extractText({ title: '', lead: null, body })).toBe('Text.');
  });

  it('tolerates malformed bodies without throwing', () => {
    expect(extractText({ title: 'T', body: null })).toBe('T');
    expect(extractText({ title: 'T', body: 42 })).toBe('T');
    expect(extractText({ title: 'T', body: 'plain text body' })).toBe('T\n\nplain text body');
    expect(extractText({ body: { type: 'paragraph', children: [text('one block')] } })).toBe(
      'one block'
    );
    expect(
      extractText({ body: [null, 7, 'x', { children: null }, { children: [null, { text: 5 }] }] })
    ).toBe('');
    expect(extractText({})).toBe('');
    expect(extractText(null as unknown as { body: unknown })).toBe('');
  });

  it('stops at absurd nesting instead of overflowing the stack', () => {
    let node: Record<string, unknown> = text('deep');
    for (let depth = 0; depth < 10_000; depth += 1) node = { type: 'paragraph', children: [node] };
    expect(() => extractText({ body: [node] })).not.toThrow();
  });
});

describe('paragraphsToBlocks', () => {
  it('makes one paragraph block with one text node per paragraph', () => {
    expect(paragraphsToBlocks(['One.', 'Two.'])).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'One.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Two.' }] },
    ]);
  });

  it('drops blank paragraphs and trims the rest', () => {
    expect(paragraphsToBlocks(['  One.  ', '', '   '])).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'One.' }] },
    ]);
  });

  it('round-trips through extractText', () => {
    const paragraphs = [
      'Reuters agentliyinin verdiyi məlumata görə, danışıq olub.',
      'İkinci abzas.',
    ];
    expect(extractText({ body: paragraphsToBlocks(paragraphs) })).toBe(paragraphs.join('\n\n'));
  });
});
