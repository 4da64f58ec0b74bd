import { paragraphsToBlocks, parseArticleText } from '../../../src/ingest';
import type { BlocksContent } from '../../../src/ingest';
import { readSample } from './helpers';

describe('paragraphsToBlocks', () => {
  it('makes one Strapi paragraph block with one text node per paragraph', () => {
    const blocks: BlocksContent = paragraphsToBlocks(['Birinci abzas.', 'İkinci abzas.']);
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Birinci abzas.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'İkinci abzas.' }] },
    ]);
  });

  it('returns no blocks for no paragraphs', () => {
    expect(paragraphsToBlocks([])).toEqual([]);
  });

  it('skips empty and whitespace-only paragraphs, which Strapi would show as empty lines', () => {
    expect(paragraphsToBlocks(['', 'Mətn.', ' \t'])).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Mətn.' }] },
    ]);
  });

  it('keeps the text exactly, quotes and agency credits included', () => {
    const text = '(Reuters) - “Peşəkar və dürüst” söhbət, "düz" dırnaqlar, «ёлки».';
    expect(paragraphsToBlocks([text])[0].children[0].text).toBe(text);
  });

  it('turns the seed article into nine blocks that survive a JSON round trip', () => {
    const blocks = paragraphsToBlocks(parseArticleText(readSample('az-000-seed.txt')).paragraphs);
    expect(blocks).toHaveLength(9);
    expect(JSON.parse(JSON.stringify(blocks))).toEqual(blocks);
  });
});
