/**
 * Lower-case letters that Unicode decomposition (NFKD) does not reduce to plain Latin,
 * mapped to the ASCII spelling a URL reader expects.
 */
const LATIN_SPECIALS: Readonly<Record<string, string>> = {
  ə: 'e', // Azerbaijani schwa has no decomposition
  ı: 'i', // dotless i (az/tr)
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ħ: 'h',
};

/** Russian, Ukrainian and Belarusian Cyrillic, lower case, in a simple GOST/ICAO-like scheme. */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  ә: 'e', // Azerbaijani/Kazakh Cyrillic schwa
  ғ: 'g',
  җ: 'zh',
  ҹ: 'j',
  ү: 'u',
  ө: 'o',
  һ: 'h',
  қ: 'q',
  ң: 'n',
};

/** Transliterates lower-case text to Latin letters; other characters pass through unchanged. */
export function transliterateLowerCase(text: string): string {
  let result = '';
  for (const char of text) {
    result += LATIN_SPECIALS[char] ?? CYRILLIC[char] ?? char;
  }
  return result;
}

/** Only the Latin letters NFKD cannot simplify ('ə' → 'e', 'ı' → 'i'); Cyrillic stays Cyrillic. */
export function simplifyLatinSpecials(text: string): string {
  let result = '';
  for (const char of text) {
    result += LATIN_SPECIALS[char] ?? char;
  }
  return result;
}

/** Removes accents and other combining marks: 'ü' → 'u', 'ç' → 'c', 'İ' → 'I'. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}
