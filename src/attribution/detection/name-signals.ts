import institutions from '../data/institutions.json';
import mediaWords from '../data/media-words.json';
import { escapeRegExp } from './regex-kit';

/*
 * Evidence for and against a capitalised word being an outlet's name, independent of any table.
 */

// Capitalised only because they open a sentence (or are dates): never part of an outlet's name.
const NEVER_IN_NAMES = new Set(
  [
    // en
    'Earlier Later Meanwhile Also But And However Today Yesterday Tonight Overnight Separately',
    'Previously Additionally Moreover Now Then So Still Yet Last This That These As In On At By',
    'For Since While When After Before Elsewhere Reportedly Thus Instead Finally Initially It He',
    'She They We Separately Monday Tuesday Wednesday Thursday Friday Saturday Sunday January',
    'February March April June July August September October November December',
    // az
    'Lakin Amma Ancaq Həmçinin Habelə Bundan Daha Eyni Öncə Əvvəlcə Sonra Bu O Bununla Qeyd',
    'Xatırladaq Beləliklə Digər Hazırda Dünən Artıq Yəni Həmin Belə Eləcə Hətta',
    // ru
    'Ранее Также Кроме Однако Но И А Как Вместе Между Тем Позднее Затем Вчера Сегодня Накануне',
    'При По Об Это Так Впрочем Напомним Еще Ещё Тогда Теперь Причем Причём',
    // tr
    'Ayrıca Öte Ancak Fakat Ama Ve Şu Dün Bugün Yine Öncesinde Son Nitekim Pazartesi Salı',
    'Çarşamba Perşembe Cuma Cumartesi Pazar Ocak Şubat Mart Nisan Mayıs Haziran Temmuz',
    'Ağustos Eylül Ekim Kasım Aralık',
    // de, fr, es, it, uk: words that open the sentence before a subject ('Wie der Spiegel …')
    'Wie Laut Nach Auch Zudem Außerdem Dagegen Demnach Dabei Damit Daher Zuvor Bereits Unterdessen',
    'Selon Comme Ainsi Aussi Alors Depuis Mais Puis Pourtant Enfin Lundi Mardi Mercredi Jeudi Vendredi',
    'Según Como Así Además Pero También Luego Ayer Hoy Mientras Secondo Come Così Anche Inoltre Intanto',
    'Ieri Oggi Poi Però Як Також Крім Проте Але Водночас Раніше Вчора Сьогодні Нагадаємо Тим',
  ]
    .join(' ')
    .split(' ')
);

export function isNeverInNames(word: string): boolean {
  return NEVER_IN_NAMES.has(word);
}

// Parts of words that betray a media outlet: data, so that a language adds its own words.
const MEDIA_WORD_PARTS = new RegExp(mediaWords.wordParts.map(escapeRegExp).join('|'), 'iu');
const MEDIA_WORDS = new Set(mediaWords.words);
const DOMAIN_NAME = /\.[\p{Ll}]{2,}$/u;

/** True when the name reads like a news outlet's without knowing it. */
export function looksLikeMediaName(name: string): boolean {
  if (MEDIA_WORD_PARTS.test(name)) return true;
  return name
    .split(/\s+/)
    .some((word) => MEDIA_WORDS.has(word.toLowerCase()) || DOMAIN_NAME.test(word));
}

/** A plain word, capitalised like any sentence start: 'Nazirliyin', 'Police' (not 'APA', 'AzərTAc'). */
export function isPlainCapitalisedWord(name: string): boolean {
  return /^[\p{Lu}\p{Lt}][\p{Ll}\p{M}]+$/u.test(name);
}

/** Whether a word at this offset opens a sentence or paragraph (so its capital proves nothing). */
export function opensSentence(text: string, offset: number): boolean {
  let index = offset - 1;
  // Skip opening quotes, brackets and dashes that may start a sentence.
  while (index >= 0 && /[^\S\n]|[«“„"‘([—–-]/u.test(text[index])) index -= 1;
  return index < 0 || /[\n.!?…:]/u.test(text[index]);
}

const GENERIC_STEMS: readonly string[] = mediaWords.genericNounStems;
const GENERIC_WORDS = new Set(mediaWords.genericWords);

/** 'The newspaper', 'Qəzetin', 'Агентство': a back-reference made only of generic nouns. */
export function isGenericOutletNoun(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[\s'’]+/u)
    .filter(Boolean);
  return (
    words.length > 0 &&
    words.every(
      (word) => GENERIC_WORDS.has(word) || GENERIC_STEMS.some((stem) => word.startsWith(stem))
    )
  );
}

const INSTITUTION = new RegExp(
  `(?<![\\p{L}])(?:${institutions.stems.map(escapeRegExp).join('|')})`,
  'iu'
);

/** 'India Meteorological Department', 'Mədəniyyət Nazirliyi', 'Минздрав': an office, not an outlet. */
export function isInstitution(name: string): boolean {
  return INSTITUTION.test(name);
}
