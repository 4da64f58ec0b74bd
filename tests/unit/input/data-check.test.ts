import { findDataProblem } from '../../../src/input/data-check';
import { blocksProblem } from '../../../src/input/blocks';
import type { ModelSchema } from '../../../src/input/schema';

const models: Record<string, ModelSchema> = {
  article: {
    attributes: {
      title: { type: 'string' },
      lead: { type: 'text' },
      body: { type: 'blocks' },
      meta: { type: 'json' },
      rank: { type: 'integer' },
      featured: { type: 'boolean' },
      publishedAt: { type: 'datetime' },
      section: { type: 'relation', target: 'section' },
      sources: { type: 'component', component: 'ref', repeatable: true },
      translation: { type: 'component', component: 'translation' },
      zone: { type: 'dynamiczone', components: ['ref'] },
    },
  },
  ref: {
    attributes: {
      quotedAs: { type: 'string' },
      role: { type: 'enumeration', enum: ['origin', 'quoted'] },
    },
  },
  translation: { attributes: { method: { type: 'enumeration', enum: ['human', 'machine'] } } },
};
const lookup = (uid: string) => models[uid];
const check = (data: unknown) => findDataProblem(data, models.article, lookup);
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('written values are checked against the schema', () => {
  it('accepts a well-formed article', () => {
    expect(
      check({
        title: 'Ukraynaya hücum etmədiyinə dair sübut 🙂',
        lead: null,
        body: [
          paragraph('Reuters agentliyinin verdiyi məlumata görə'),
          { type: 'heading', level: 2, children: [{ type: 'text', text: 'x', bold: true }] },
        ],
        meta: { any: ['json', 1] },
        rank: '3',
        featured: true,
        publishedAt: new Date(),
        section: { connect: [{ documentId: 'abc', locale: 'az' }] },
        sources: [{ id: 4, quotedAs: 'Reuters', role: 'origin' }],
        translation: { method: 'human' },
        zone: [{ __component: 'ref', quotedAs: 'x' }],
        unknownKey: { left: 'to Strapi' },
      })
    ).toBeNull();
  });

  it('accepts a relation echoed back as the admin edit view reads it ({ count })', () => {
    expect(check({ section: { count: 0 } })).toBeNull();
    expect(check({ section: { count: 'many' } })).toMatchObject({ path: 'data.section.count' });
  });

  it.each([
    [{ title: 'a\u0000b' }, 'data.title'],
    [{ title: 'x\ud800' }, 'data.title'],
    [{ lead: '\udc00' }, 'data.lead'],
    [{ meta: { key: 'NUL \u0000 in json' } }, 'data.meta.key'],
    [{ title: 12345 }, 'data.title'],
    [{ lead: { a: { a: 'nested' } } }, 'data.lead'],
    [{ body: 'a plain string' }, 'data.body'],
    [{ body: { type: 'paragraph' } }, 'data.body'],
    [{ body: [paragraph('ok'), { type: 'script' }] }, 'data.body[1].type'],
    [{ body: [{ type: 'paragraph', children: [] }] }, 'data.body[0].children'],
    [
      { body: [{ type: 'heading', level: 9, children: [{ type: 'text', text: 'x' }] }] },
      'data.body[0].level',
    ],
    [
      {
        body: [
          {
            type: 'paragraph',
            children: [{ type: 'link', url: 'javascript:alert(1)', children: [] }],
          },
        ],
      },
      'data.body[0].children[0].url',
    ],
    [
      { body: [{ type: 'paragraph', children: [{ type: 'text', text: 1 }] }] },
      'data.body[0].children[0].text',
    ],
    [{ rank: '1e999' }, 'data.rank'],
    [{ rank: 2 ** 31 }, 'data.rank'],
    [{ featured: 'maybe' }, 'data.featured'],
    [{ publishedAt: '99999-01-01' }, 'data.publishedAt'],
    [{ section: 99999999999 }, 'data.section'],
    [{ section: { connect: [{ documentId: 'x', extra: 1 }] } }, 'data.section.connect[0].extra'],
    [{ sources: 'x' }, 'data.sources'],
    [{ sources: [{ role: 'weird' }] }, 'data.sources[0].role'],
    [{ translation: [{}] }, 'data.translation'],
    [{ zone: [{ __component: 'other' }] }, 'data.zone[0].__component'],
    ['not an object', 'data'],
  ])('refuses %j at %s', (data, path) => {
    expect(check(data)).toEqual({ path, message: expect.any(String) });
  });

  it('refuses values nested thousands deep without overflowing the stack', () => {
    let lead: unknown = 'x';
    for (let i = 0; i < 10_000; i += 1) lead = { a: lead };
    expect(check({ lead })?.message).toMatch(/nested deeper/);
  });

  it('refuses lists nested deeper than the editor makes them', () => {
    let list: Record<string, unknown> = {
      type: 'list-item',
      children: [{ type: 'text', text: 'x' }],
    };
    for (let i = 0; i < 20; i += 1) list = { type: 'list', format: 'ordered', children: [list] };
    expect(blocksProblem([list], 'body')?.message).toMatch(/nested at most/);
  });
});
