import { extractDateline } from '../../../src/ingest';

describe('extractDateline', () => {
  it.each([
    ['Vaşinqton, - Blinken', { place: 'Vaşinqton', rest: 'Blinken' }],
    ['Vaşinqton, – Blinken', { place: 'Vaşinqton', rest: 'Blinken' }],
    ['Bakı, 24 noyabr. – APA', { place: 'Bakı', date: '24 noyabr.', rest: 'APA' }],
    [
      'LONDON, Nov 24 (Reuters) - Britain',
      { place: 'LONDON', date: 'Nov 24', credit: 'Reuters', rest: '(Reuters) - Britain' },
    ],
    ['NEW ORLEANS (AP) — A car', { place: 'NEW ORLEANS', credit: 'AP', rest: '(AP) — A car' }],
    [
      'МОСКВА, 24 ноября. /ТАСС/. Снег',
      { place: 'МОСКВА', date: '24 ноября.', credit: 'ТАСС', rest: '/ТАСС/. Снег' },
    ],
    ['ANKARA (AA) - Kar', { place: 'ANKARA', credit: 'AA', rest: '(AA) - Kar' }],
    [
      'İstanbul, 24 Kasım (AA) - Vapur',
      { place: 'İstanbul', date: '24 Kasım', credit: 'AA', rest: '(AA) - Vapur' },
    ],
    [
      'Bakı, Azərbaycan, 24 noyabr (Trend) - Neft',
      { place: 'Bakı', date: 'Azərbaycan, 24 noyabr', credit: 'Trend', rest: '(Trend) - Neft' },
    ],
    ['WASHINGTON — The', { place: 'WASHINGTON', rest: 'The' }],
    ['Rio de Janeiro, 24 Nov - Rain', { place: 'Rio de Janeiro', date: '24 Nov', rest: 'Rain' }],
  ])('reads %j', (paragraph, expected) => {
    expect(extractDateline(paragraph)).toEqual({
      date: undefined,
      credit: undefined,
      ...expected,
    });
  });

  it('returns the dateline with an empty rest when nothing follows it', () => {
    expect(extractDateline('LONDON, Nov 24 (Reuters) -')).toMatchObject({
      place: 'LONDON',
      rest: '(Reuters) -',
    });
    expect(extractDateline('Vaşinqton, -')).toMatchObject({ place: 'Vaşinqton', rest: '' });
  });

  it.each([
    'Rusiya - Ukrayna danışıqları davam edir.',
    'NATO – Rusiya münasibətləri gərgindir.',
    'Rusiya, Ukrayna və Belarus - üç ölkə.',
    'Birləşmiş Ştatların dövlət katibi (ABŞ) Antoni Blinken sübut istədi.',
    'Storm hits Britain LONDON, Nov 24 (Reuters) - A storm hit.',
    'Washington — the capital — was quiet.',
    'Blinken said talks would continue.',
    '(Reuters) - A storm hit Britain.',
    '',
  ])('finds no dateline in %j', (paragraph) => {
    expect(extractDateline(paragraph)).toBeUndefined();
  });
});
