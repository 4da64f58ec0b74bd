import { readFileSync } from 'node:fs';
import path from 'node:path';
import { detectAttributions, extractText, paragraphsToBlocks } from '../../../src/attribution';
import { expectOffsetsToMatch, namesIn } from './detection-helpers';

describe('detectAttributions, whatever the language', () => {
  it('reports each outlet once, at its first attribution, in order of appearance', () => {
    const text = [
      'LONDON (Reuters) - Oil fell.',
      'According to Bloomberg, stocks rose.',
      'Prices may rebound, Reuters reported, and according to Bloomberg they will.',
    ].join('\n\n');
    const detections = detectAttributions(text, 'en');
    expect(detections.map((detection) => detection.name)).toEqual(['Reuters', 'Bloomberg']);
    expect(detections[0].quotedAs).toBe('LONDON (Reuters) -');
    expectOffsetsToMatch(text, detections);
  });

  it.each([
    ['The strike ended, according to Agence France-Presse.', 'en', 'Agence France-Presse'],
    ['The strike ended, according to Interfax-Ukraine.', 'en', 'Interfax-Ukraine'],
    ['The strike ended, according to RFE/RL.', 'en', 'RFE/RL'],
    ['The strike ended, according to Dow Jones & Company.', 'en', 'Dow Jones & Company'],
    ['The strike ended, according to dpa.', 'en', 'dpa'],
    ['Yol açılıb, AzərTAc xəbər verir.', 'az', 'AzərTAc'],
    ['Yol açılıb, Report.az xəbər verir.', 'az', 'Report.az'],
  ])(
    'reads names with hyphens, slashes, ampersands, dots and odd capitals: %s',
    (text, locale, name) => {
      expect(namesIn(text, locale)).toEqual([name]);
    }
  );

  it('treats spellings that differ only in case or quotes as one outlet', () => {
    expect(namesIn('Как сообщает «ТАСС», снег. Об этом передает ТАСС.', 'ru')).toEqual(['ТАСС']);
  });

  it('gives offsets that point at quotedAs in every language', () => {
    const samples: [string, string][] = [
      ['Yol bağlanıb, APA-nın məlumatına görə, təmir gedir. Trend xəbər verir.', 'az'],
      ['Earlier, according to Reuters and the AP, talks stalled, Bloomberg reported.', 'en'],
      ['Как сообщает ТАСС, по данным «Интерфакса» и РБК, рейс отменен.', 'ru'],
      ["Anadolu Ajansı'nın haberine göre, Reuters'a konuşan yetkili bunu doğruladı.", 'tr'],
    ];
    for (const [text, locale] of samples) {
      const detections = detectAttributions(text, locale);
      expect(detections.length).toBeGreaterThan(1);
      expectOffsetsToMatch(text, detections);
    }
  });

  it("uses only the locale's own phrases (datelines count everywhere)", () => {
    expect(namesIn('Məlumat according to Reuters yayılıb.', 'az')).toEqual([]);
    expect(namesIn('BAKU (AFP) - Məlumat yayılıb.', 'az')).toEqual(['AFP']);
  });

  it('reads a regional locale tag as its language', () => {
    expect(namesIn('APA-nın məlumatına görə, yol açılıb.', 'az-Latn-AZ')).toEqual(['APA']);
    expect(namesIn('Как сообщает ТАСС, снег.', 'ru-RU')).toEqual(['ТАСС']);
  });

  it.each(['pl', 'xx-nope', '', 'not a locale'])(
    'tries every language for an unknown locale (%p)',
    (locale) => {
      const text =
        "Oil fell, according to Reuters. Как сообщает ТАСС, снег. Reuters'a konuşan AA muhabirine konuşan. APA-nın məlumatına görə.";
      expect(namesIn(text, locale)).toEqual(['Reuters', 'ТАСС', 'AA', 'APA']);
    }
  );

  it('returns nothing for empty or non-text input rather than throwing', () => {
    expect(detectAttributions('', 'en')).toEqual([]);
    expect(detectAttributions(null as unknown as string, 'en')).toEqual([]);
    expect(detectAttributions(42 as unknown as string, 'az')).toEqual([]);
  });

  it('works on text extracted from blocks', () => {
    const seed = readFileSync(
      path.join(__dirname, '..', '..', '..', 'database', 'samples', 'az-000-seed.txt'),
      'utf8'
    );
    const [title, ...paragraphs] = seed.split(/\n\s*\n/).slice(2);
    const text = extractText({ title, body: paragraphsToBlocks(paragraphs) });
    expect(namesIn(text, 'az')).toEqual(['Reuters']);
  });

  // A pattern that backtracks catastrophically on a long run of capitalised words never ends on
  // this text; a linear one finishes at once. The bound is jest's timeout, not a wall-clock
  // figure, so that a slow, busy machine does not fail it (speed is measured by benchmarks).
  it('ends on a long article of capitalised names', () => {
    const paragraph =
      'Rəsmi bildirib ki, Blinken və Lavrov Cenevrədə görüşüb, NATO və ABŞ Ukrayna Rusiya ' +
      'Avropa İttifaqı Birləşmiş Ştatlar Dövlət Departamenti danışıqları davam etdirəcək. ';
    const text = `${paragraph.repeat(400)}APA-nın məlumatına görə, görüş bitib.`;
    expect(namesIn(text, 'xx')).toEqual(['APA']);
  }, 60_000);
});
