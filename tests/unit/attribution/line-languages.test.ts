import { renderAttributionLine } from '../../../src/attribution';

const line = (locale: string, sourceNames: string[], method?: 'human' | 'machine-reviewed') =>
  renderAttributionLine({
    locale,
    sourceNames,
    originalReporting: false,
    translation: method ? { method, from: 'en' } : null,
  });

describe('renderAttributionLine in the languages added for translators', () => {
  it.each([
    ['uk', 'Джерела: Reuters і AP. Переклад з англійської'],
    ['de', 'Quellen: Reuters und AP. Aus dem Englischen übersetzt'],
    ['fr', 'Sources\u00a0: Reuters et AP. Traduit de l’anglais'],
    ['es', 'Fuentes: Reuters y AP. Traducido del inglés'],
    ['it', 'Fonti: Reuters e AP. Tradotto dall’inglese'],
    ['ar', 'المصادر: Reuters وAP. مترجم عن الإنجليزية'],
    ['fa', 'منابع: Reuters و AP. ترجمه از انگلیسی'],
    ['ka', 'წყაროები: Reuters და AP. თარგმნილია ინგლისურიდან'],
  ])('%s: label, conjunction and the language translated from', (locale, expected) => {
    expect(line(locale, ['Reuters', 'AP'], 'human')).toBe(expected);
  });

  it.each([
    ['uk', 'Джерело: Reuters. Машинний переклад з англійської, перевірений редактором'],
    [
      'de',
      'Quelle: Reuters. Maschinelle Übersetzung aus dem Englischen, von der Redaktion geprüft',
    ],
    ['ka', 'წყარო: Reuters. მანქანური თარგმანი ინგლისურიდან, შემოწმებულია რედაქტორის მიერ'],
  ])('%s: a reviewed machine translation', (locale, expected) => {
    expect(line(locale, ['Reuters'], 'machine-reviewed')).toBe(expected);
  });

  it('declines the language name as each grammar asks', () => {
    const from = (locale: string, code: string) =>
      renderAttributionLine({
        locale,
        sourceNames: [],
        originalReporting: false,
        translation: { method: 'human', from: code },
      });
    expect(from('it', 'es')).toBe('Tradotto dallo spagnolo');
    expect(from('it', 'ru')).toBe('Tradotto dal russo');
    expect(from('fr', 'ru')).toBe('Traduit du russe');
    expect(from('uk', 'sv')).toBe('Переклад зі шведської');
    expect(from('de', 'tr')).toBe('Aus dem Türkischen übersetzt');
    expect(from('ka', 'ru')).toBe('თარგმნილია რუსულიდან');
  });

  it('never capitalises Georgian (its capitals are not sentence capitals)', () => {
    expect(line('ka', [], 'human')).toBe('თარგმნილია ინგლისურიდან');
  });
});
