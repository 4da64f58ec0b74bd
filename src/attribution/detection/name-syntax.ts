import { anyKeyword, escapeRegExp, SPACE, WORD_END, WORD_START } from './regex-kit';

/*
 * What a news outlet's name looks like in running text, as regex source:
 * capitalised words, acronyms, domains ('Report.az'), joined names ('France-Presse', 'RFE/RL'),
 * or anything short in quotes («Коммерсантъ», “Report”), plus a case ending after a hyphen or
 * apostrophe ('APA-nın', "Reuters'ın"), which the cleanup step removes again.
 */

const UPPER = '\\p{Lu}';
const NAME_CHAR = '[\\p{L}\\p{N}]';
const JOINER = '(?:[-‐‑/&+.](?=[\\p{Lu}\\p{N}]))';
const DOMAINS =
  'az|ru|ua|tr|ge|kz|kg|by|uz|am|com|net|org|info|news|io|media|co|uk|de|fr|it|es|eu|us|tv|me|ir';
// Lower case, or all capitals as datelines write them ('INTERFAX.RU').
const TOP_LEVEL_DOMAIN = `\\.(?:${DOMAINS}|${DOMAINS.toUpperCase()})${WORD_END}`;
const WORD_TAIL = `${NAME_CHAR}*(?:${JOINER}${NAME_CHAR}+)*(?:${TOP_LEVEL_DOMAIN})?`;
const FIRST_WORD = `${UPPER}${WORD_TAIL}`;
const NEXT_WORD = `(?:${UPPER}|\\p{N})${WORD_TAIL}`;
// Lower-case particles inside names: 'Voice of America', 'Der Spiegel', 'Al Jazeera'.
const CONNECTOR = `(?:${SPACE}+(?:of|de|du|des|del|della|di|da|für|van|von|der|al|el)${SPACE}+|${SPACE}*&${SPACE}*|${SPACE}+)`;
const CAPITALISED_NAME = `${FIRST_WORD}(?:${CONNECTOR}${NEXT_WORD}){0,5}`;
/** Capitalised words without a suffix, as regex source: 'South Korea' in 'South Korea's'. */
export const CAPITALISED_NAME_SOURCE = CAPITALISED_NAME;

export const QUOTED_NAME =
  '(?:«[^«»\\n]{1,60}»|»[^«»\\n]{1,60}«|“[^“”\\n]{1,60}[”“]|„[^„“”\\n]{1,60}[“”]|"[^"\\n]{1,60}"|‘[^‘’\\n]{1,60}’)';

/** A case ending written after the name: 'APA-nın', "AA'ya", "Reuters'" (English possessive). */
const WRITTEN_SUFFIX = "(?:[-‐‑]\\p{Ll}+|['’ʼ]\\p{Ll}*)";

// Known spellings the capitalised-words rule cannot read whole: 'dpa', 'Би-би-си', 'Новая газета'.
// (Only these: a long alternation of every alias would slow every match down.)
const CAPITALISED = new RegExp(`^${CAPITALISED_NAME}$`, 'u');
// Arabic-script and Georgian spellings are read by caseless-names.ts.
const CASELESS_SCRIPT = /[\p{Script=Arabic}\p{Script=Georgian}]/u;

/**
 * The known spellings the phrase regexes must spell out (those above, and the caseless
 * scripts'), deduplicated, in one order: the same list gives the same regexes, so phrases
 * compiled for it serve every registry with that list (other aliases only change lookups).
 */
export function spellingsInRegexes(spellings: readonly string[]): string[] {
  return [
    ...new Set(
      spellings.filter((spelling) => CASELESS_SCRIPT.test(spelling) || !CAPITALISED.test(spelling))
    ),
  ].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** Literal spellings as a regex alternation; one that never matches when there are none. */
export function spellingAlternation(spellings: readonly string[]): string {
  return spellings.length > 0 ? `(?:${spellings.join('|')})` : '(?!)';
}

function knownSpellingSource(spellings: readonly string[]): string {
  const alternatives = spellings
    .filter((spelling) => !CASELESS_SCRIPT.test(spelling) && !CAPITALISED.test(spelling))
    .map((spelling) => escapeRegExp(spelling).replace(/ /g, `${SPACE}+`));
  // Not the start of a longer word, domain or hyphenated name.
  return `${spellingAlternation(alternatives)}(?![\\p{L}\\p{N}]|[-‐‑./&][\\p{Lu}\\p{N}])`;
}

// 'Anadolu Ajansı (AA)': an abbreviation in brackets may follow, and carry the case ending.
const BRACKETED = `(?:${SPACE}+\\([\\p{Lu}\\p{N}][\\p{L}\\p{N}&.-]{0,11}\\)${WRITTEN_SUFFIX}?)?`;
// Titles that open with an elided article: 'L'Unione Sarda', 'L’Express'.
const ELIDED_ARTICLE = `(?:[LD]['’](?=\\p{Lu}))?`;

/**
 * What phrases read as one outlet's name, as regex source, for one list of known spellings
 * (see spellingsInRegexes): `item` is one name, `list(locale)` one or several in a group
 * `names`, `spellings` the known spellings themselves (caseless-names.ts spells out its own).
 */
export interface NameSyntax {
  readonly item: string;
  list(locale: string): string;
  readonly spellings: readonly string[];
}

export function nameSyntax(spellings: readonly string[]): NameSyntax {
  const item = `${WORD_START}(?:${QUOTED_NAME}|${knownSpellingSource(spellings)}|${ELIDED_ARTICLE}${CAPITALISED_NAME})${WRITTEN_SUFFIX}?${BRACKETED}`;
  return { item, list: (locale) => nameList(locale, item), spellings };
}

// The word for 'and' between names, per language (Arabic glues و to the next word: no list).
const CONJUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  az: ['və'],
  en: ['and'],
  ru: ['и'],
  tr: ['ve'],
  uk: ['і', 'й', 'та'],
  de: ['und'],
  fr: ['et'],
  es: ['y', 'e'],
  it: ['e', 'ed'],
  fa: ['و'],
  ka: ['და'],
};
// Articles that may open the next name of a list ('l’AFP et le Monde', 'Reuters and the AP').
const LIST_ARTICLES: Readonly<Record<string, readonly string[]>> = {
  en: ['the'],
  de: ['der', 'die', 'das', 'des', 'dem', 'den'],
  fr: ["l'", 'le', 'la', 'les', 'du', 'de la', "de l'", 'des', 'au', 'à la', "à l'"],
  es: ['el', 'la', 'los', 'las', 'del', 'al'],
  it: ["l'", 'il', 'lo', 'la', 'i', 'gli', 'le', 'del', 'della', "dell'", 'dal', 'dalla', "dall'"],
};

const ALL_CONJUNCTIONS = [...new Set(Object.values(CONJUNCTIONS).flat())];
const ALL_ARTICLES = [...new Set(Object.values(LIST_ARTICLES).flat())].map((article) =>
  escapeRegExp(article).replace(/'/g, "['’]").replace(/ /g, `${SPACE}+`)
);
const ANY_CONJUNCTION = `${WORD_START}(?:${ALL_CONJUNCTIONS.join('|')})${WORD_END}`;
const ANY_ARTICLE = `(?:(?:${ALL_ARTICLES.join('|')})(?:${SPACE}+|(?<=['’])))?`;
const LIST_SEPARATOR = new RegExp(
  `${SPACE}*[,،]${SPACE}*(?:${ANY_CONJUNCTION}${SPACE}+)?${ANY_ARTICLE}|${SPACE}+${ANY_CONJUNCTION}${SPACE}+${ANY_ARTICLE}`,
  'gu'
);
const HAS_CONJUNCTION = new RegExp(ANY_CONJUNCTION, 'u');

/** The list separator of a language as regex source: comma, or its 'and', then an article. */
export function listSeparator(locale: string): string {
  const conjunction = anyKeyword(CONJUNCTIONS[locale] ?? ['and'], locale);
  // Lower case only: a capitalised article belongs to the next title ('La Stampa').
  const articles = (LIST_ARTICLES[locale] ?? []).map((article) =>
    article.endsWith("'")
      ? `${escapeRegExp(article.slice(0, -1))}['’]`
      : `${escapeRegExp(article).replace(/ /g, `${SPACE}+`)}${SPACE}+`
  );
  const article = articles.length > 0 ? `(?:${articles.join('|')})?` : '';
  return `(?:${SPACE}*[,،]${SPACE}*(?:${conjunction}${SPACE}+)?|${SPACE}+${conjunction}${SPACE}+)${article}`;
}

/**
 * One name or a list ('Reuters, AP and AFP', 'ТАСС и «Интерфакс»') in a group called `names`.
 * (splitNameList drops comma-only runs: 'according to Reuters, Moscow denied' names Reuters.)
 */
function nameList(locale: string, item: string): string {
  return `(?<names>${item}(?:${listSeparator(locale)}${item})*)`;
}

const QUOTED_ANYWHERE = new RegExp(QUOTED_NAME, 'gu');

export interface ListedName {
  readonly text: string;
  readonly offset: number;
}

/**
 * Cuts the text of a `names` group into names at its commas and conjunctions (not inside
 * quotes). Without a conjunction, commas do not make a list: only the name next to the
 * phrase counts ('Moscow, Reuters reported' → Reuters).
 */
export function splitNameList(list: string, nextToPhrase: 'first' | 'last'): ListedName[] {
  // Blank out quoted names so a comma or 'и' inside «…» does not split them.
  const masked = list.replace(QUOTED_ANYWHERE, (quoted) => 'X'.repeat(quoted.length));
  const items: ListedName[] = [];
  let itemStart = 0;
  let hasConjunction = false;
  for (const separator of masked.matchAll(LIST_SEPARATOR)) {
    const index = separator.index ?? 0;
    items.push({ text: list.slice(itemStart, index), offset: itemStart });
    itemStart = index + separator[0].length;
    hasConjunction ||= HAS_CONJUNCTION.test(separator[0]);
  }
  items.push({ text: list.slice(itemStart), offset: itemStart });
  if (items.length > 1 && !hasConjunction)
    return [nextToPhrase === 'first' ? items[0] : items[items.length - 1]];
  return items;
}
