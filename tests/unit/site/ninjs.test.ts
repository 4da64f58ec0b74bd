import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { articleToNinjs, ninjsFeed } from '../../../src/site/ninjs';
import { anArticle, site } from './fixtures';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(
  JSON.parse(
    fs.readFileSync(
      path.join(
        __dirname,
        '..',
        '..',
        'fixtures',
        'ninjs',
        'newsroom-ninjs-3.1-profile.schema.json'
      ),
      'utf8'
    )
  )
);

describe('articleToNinjs', () => {
  it('is valid against the ninjs 3.1 profile', () => {
    const ninjs = articleToNinjs(site, anArticle());
    expect(validate(ninjs) ? [] : validate.errors).toEqual([]);
  });

  it('names the translator and the version it translates', () => {
    const ninjs = articleToNinjs(site, anArticle(), { languageName: () => 'English' });
    expect(ninjs.infoSources).toContainEqual({ name: 'Aygün', role: 'translator' });
    expect(ninjs.edNote).toBe('Translation from English.');
    expect(ninjs.associations).toEqual([
      expect.objectContaining({ rel: 'translationOf', language: 'en' }),
    ]);
  });

  it('says a machine translation is one, with its engine', () => {
    const ninjs = articleToNinjs(
      site,
      anArticle({
        translation: {
          method: 'machine',
          from: 'en',
          engine: 'DeepL',
          translator: null,
          translatedAt: null,
          status: null,
        },
      }),
      { languageName: () => 'English' }
    );
    expect(ninjs.edNote).toBe('Machine translation from English (DeepL).');
  });

  it('has no null anywhere (ninjs has no nulls) and counts the body words', () => {
    const ninjs = articleToNinjs(site, anArticle({ dateline: null, lead: null, section: null }));
    expect(JSON.stringify(ninjs)).not.toContain('null');
    expect((ninjs.bodies as { wordCount: number }[])[0].wordCount).toBe(4);
    expect(validate(ninjs)).toBe(true);
  });
});

describe('ninjsFeed', () => {
  it('is a valid composite with one association per article', () => {
    const feed = ninjsFeed(
      site,
      'az',
      'https://api.example/api/feeds/az/ninjs.json',
      'Bbabo',
      [anArticle(), anArticle({ documentId: 'doc2' })],
      '2025-11-25T00:00:00.000Z'
    );
    expect(validate(feed) ? [] : validate.errors).toEqual([]);
    expect((feed.associations as unknown[]).length).toBe(2);
  });
});
