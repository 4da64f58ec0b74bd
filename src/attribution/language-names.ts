import { languageOf, lowerCase } from './locale';

/** A language's name in another language from ICU ('en' in 'az' → 'ingilis'), or null. */
export function displayLanguageName(
  code: string | null | undefined,
  inLanguage: string
): string | null {
  const language = languageOf(code);
  if (!language || language === 'und') return null;
  try {
    const name = new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'none' }).of(
      language
    );
    return name ?? null;
  } catch {
    return null; // malformed code
  }
}

/** Azerbaijani 'from X': 'ingilis dilindən'; a name that is already a noun ('kürdcə') takes -dən. */
export function azerbaijaniFromLanguage(name: string): string {
  if (/(?:c|ç)[əa]$/u.test(name))
    return name + (/[əeiöü][^aəeıioöuü]*$/u.test(name) ? 'dən' : 'dan');
  return `${name} dilindən`;
}

const RUSSIAN_CONSONANTS = 'бвгджзклмнпрстфхцчшщ';

/** Russian 'from X' with the genitive: 'с английского', 'со шведского', 'с иврита'. */
export function russianFromLanguage(name: string): string {
  const genitive = name.split(' ').map(russianGenitive).join(' ');
  // 'со' before a cluster that starts with a sibilant: 'со шведского', 'со словацкого'.
  const preposition = new RegExp(`^[сзшжщ][${RUSSIAN_CONSONANTS}]`, 'iu').test(genitive)
    ? 'со'
    : 'с';
  return `${preposition} ${genitive}`;
}

function russianGenitive(word: string): string {
  if (/[гкх]ий$/u.test(word)) return word.slice(0, -2) + 'ого'; // английский → английского
  if (/(?:ый|ой)$/u.test(word)) return word.slice(0, -2) + 'ого';
  if (/ий$/u.test(word)) return word.slice(0, -2) + 'его';
  if (new RegExp(`[${RUSSIAN_CONSONANTS}]$`, 'u').test(word)) return word + 'а'; // иврит → иврита
  return word; // хинди, суахили, эсперанто do not decline
}

const TURKISH_FRONT_VOWELS = 'eiöüîêéèä';
const TURKISH_BACK_VOWELS = 'aıouâûåàáôòó';
const TURKISH_VOICELESS = 'fstkçşhp';

/**
 * Turkish 'from X' with the ablative, by vowel harmony and consonant assimilation:
 * "İngilizce'den", "Rusça'dan", 'Azerbaycan dilinden' (a common noun takes no apostrophe).
 */
export function turkishFromLanguage(name: string): string {
  const words = name.split(' ');
  const last = words[words.length - 1];
  const lower = lowerCase(last, 'tr');
  const vowels = [...lower].filter(
    (char) => TURKISH_FRONT_VOWELS.includes(char) || TURKISH_BACK_VOWELS.includes(char)
  );
  const lastVowel = vowels[vowels.length - 1] ?? 'e';
  const harmony = TURKISH_FRONT_VOWELS.includes(lastVowel) ? 'e' : 'a';
  if (words.length > 1 && last === lower) return `${name}nd${harmony}n`; // dili → dilinden
  const consonant = TURKISH_VOICELESS.includes(lower[lower.length - 1]) ? 't' : 'd';
  return `${name}'${consonant}${harmony}n`;
}

/** Ukrainian 'from X', with the genitive: 'з англійської', 'зі шведської', 'з івриту'. */
export function ukrainianFromLanguage(name: string): string {
  const genitive = name
    .split(' ')
    .map((word) => {
      if (/ська$|цька$|зька$/u.test(word) || /а$/u.test(word)) return word.slice(0, -1) + 'ої';
      if (/[бвгґджзклмнпрстфхцчшщ]$/u.test(word)) return word + 'у'; // іврит → івриту
      return word; // гінді, суахілі do not decline
    })
    .join(' ');
  // 'зі' before a sibilant and a consonant, as Ukrainian euphony asks: 'зі шведської'.
  const preposition = /^[сзшжчщ][бвгґджзклмнпрстфхцчшщ]/iu.test(genitive) ? 'зі' : 'з';
  return `${preposition} ${genitive}`;
}

/** German 'aus dem Englischen': a language named by an adjective in -isch takes the -en. */
export function germanFromLanguage(name: string): string {
  return `aus dem ${/sch$/u.test(name) ? `${name}en` : name}`;
}

/** French 'de l'anglais', 'du russe' (language names are masculine; elision before a vowel). */
export function frenchFromLanguage(name: string): string {
  return /^[aeiouyhâàéèêîïôûü]/iu.test(name) ? `de l’${name}` : `du ${name}`;
}

/** Spanish 'del inglés' (language names are masculine). */
export function spanishFromLanguage(name: string): string {
  return `del ${name}`;
}

/** Italian 'dall'inglese', 'dal russo', 'dallo spagnolo' (the article the next sound asks). */
export function italianFromLanguage(name: string): string {
  if (/^[aeiouàèéìòù]/iu.test(name)) return `dall’${name}`;
  if (/^(?:s[^aeiou]|z|gn|ps|x|y|pn)/iu.test(name)) return `dallo ${name}`;
  return `dal ${name}`;
}

/** Georgian 'from X' with the ablative: 'ინგლისურიდან', 'ჰინდიდან'. */
export function georgianFromLanguage(name: string): string {
  return /[აეიოუ]$/u.test(name) ? `${name}დან` : `${name}იდან`;
}
