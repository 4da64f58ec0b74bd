import anyAscii from 'any-ascii';
import { matchKey } from './case-fold';
import { spellingVariants } from './grammar';
import { knownLanguageOf } from './locale';

export interface SourceResolver {
  /** Canonical name of the source the raw name refers to, or null when none matches. */
  resolve(rawName: string, locale: string): string | null;
}

export interface NamedSource {
  readonly name: string;
  readonly aliases: readonly string[];
}

const LEADING_ARTICLE = /^the /;
const TRAILING_SUFFIX = /[-‐'’ʼ]\p{Ll}*$/u;

/** Keys for one spelling: itself, and without an English article ('The Guardian' ~ 'Guardian'). */
function keysOf(spelling: string): string[] {
  const key = matchKey(spelling);
  const withoutArticle = key.replace(LEADING_ARTICLE, '');
  return withoutArticle && withoutArticle !== key ? [key, withoutArticle] : [key];
}

/** Exact lookup of names and aliases by matchKey; earlier sources win a (mis)shared alias. */
export function createAliasIndex(sources: readonly NamedSource[]): (name: string) => string | null {
  const byKey = new Map<string, string>();
  for (const source of sources) {
    for (const spelling of [source.name, ...source.aliases]) {
      for (const key of keysOf(spelling)) {
        if (key && !byKey.has(key)) byKey.set(key, source.name);
      }
    }
  }
  return (name) => {
    for (const key of keysOf(name)) {
      const found = byKey.get(key);
      if (found) return found;
    }
    return null;
  };
}

// Shorter keys ('aa', 'ap') would let unrelated short names of two scripts meet.
const MIN_TRANSLITERATED_KEY = 5;

/** The name in plain ASCII letters: 'Фонтанка' and 'Fontanka' share 'fontanka'. */
export function transliteratedKey(name: string): string {
  return anyAscii(matchKey(name))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Resolves names as articles write them ('Рейтер', '«Интерфакса»', 'APA-nın', 'the AP')
 * to the canonical name of one of the given sources. An outlet known only by the spelling of
 * another script or case ('Fontanka' for a Source created as 'Фонтанка', then '«Фонтанки»')
 * is found by transliteration, so one outlet stays one Source.
 */
export function createSourceResolver(sources: readonly NamedSource[]): SourceResolver {
  const lookup = createAliasIndex(sources);
  const byTransliteration = new Map<string, string>();
  const index = (spelling: string, name: string) => {
    const key = transliteratedKey(spelling);
    if (key.length >= MIN_TRANSLITERATED_KEY && !byTransliteration.has(key))
      byTransliteration.set(key, name);
  };
  for (const source of sources)
    for (const spelling of [source.name, ...source.aliases]) index(spelling, source.name);
  // A Source created from a Slavic name in an oblique case ('Фонтанки', as the text wrote it)
  // is found by its nominative too ('Фонтанка'); exact names above win.
  for (const source of sources) {
    if (!/\p{Script=Cyrillic}/u.test(source.name)) continue;
    for (const language of ['ru', 'uk'])
      for (const form of spellingVariants(source.name, language)) index(form, source.name);
  }
  return {
    resolve(rawName, locale) {
      const tidy = canonicalizeUnknownName(rawName);
      if (!tidy) return null;
      const spellings = spellingsToTry(tidy, knownLanguageOf(locale));
      for (const spelling of spellings) {
        const found = lookup(spelling);
        if (found) return found;
      }
      for (const spelling of spellings) {
        const key = transliteratedKey(spelling);
        const found = key.length >= MIN_TRANSLITERATED_KEY ? byTransliteration.get(key) : undefined;
        if (found) return found;
      }
      return null;
    },
  };
}

/** The name as given, then without a case suffix after a hyphen/apostrophe, then stems. */
function spellingsToTry(name: string, language: string | null): string[] {
  const withoutSuffix = name.replace(TRAILING_SUFFIX, '');
  return [name, withoutSuffix, ...spellingVariants(withoutSuffix, language)];
}

const SURROUNDING_QUOTES = /^[«»‹›“”„‟"'’‘‚`]+|[«»‹›“”„‟"'’‘‚`]+$/gu;
const TRAILING_PUNCTUATION = /[\s.,;:!?…]+$/u;

/** Tidies a name found in text for a new, unverified Source: no quotes, single spaces. */
export function canonicalizeUnknownName(raw: string): string {
  let name = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  // Repeat: '«Report».' needs the dot and then the quotes removed.
  for (let previous = ''; previous !== name; ) {
    previous = name;
    name = name.replace(TRAILING_PUNCTUATION, '').replace(SURROUNDING_QUOTES, '').trim();
  }
  return name;
}
