import { turkicStems, type GrammaticalCase } from '../grammar';
import type { KnownNames } from './known-names';
import {
  isGenericOutletNoun,
  isInstitution,
  isNeverInNames,
  isPlainCapitalisedWord,
  looksLikeMediaName,
  opensSentence,
} from './name-signals';
import type { PhrasePattern } from './pattern';

/** A name accepted from a phrase, with the offsets of what the text actually shows of it. */
export interface AcceptedName {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** Leading words were dropped ('Earlier Reuters' → 'Reuters'). */
  readonly trimmedStart: boolean;
  /** Trailing words were dropped ('Reuters Monday' → 'Reuters'). */
  readonly trimmedEnd: boolean;
}

export interface NameContext {
  readonly text: string;
  readonly pattern: PhrasePattern;
  readonly hasDescriptor: boolean;
  readonly known: KnownNames;
}

interface Word {
  text: string;
  start: number;
}

// Longer than any real outlet's name: a run of capitals, not a name.
const MAX_NAME_LENGTH = 80;
const QUOTED = /^(«[^»]*»|»[^«]*«|“[^”“]*[”“]|„[^“”]*[“”]|"[^"]*"|‘[^’]*’)(.*)$/su;
const WRITTEN_SUFFIX = /(?:[-‐‑]\p{Ll}+|['’ʼ]\p{Ll}*)$/u;
// 'according to U.S. officials': a demonym before a group noun, not an outlet.
const GROUP_NOUN_AFTER =
  /^\.?[^\S\n]+(?:officials|sources|authorities|media|intelligence|government|military|forces|police|prosecutors|lawmakers|diplomats|analysts|experts|estimates|data|figures|statistics|troops|army|residents|witnesses|people|citizens|researchers|scientists)(?![\p{L}\p{N}])/u;

/** Turns one matched name item into a name, or null when it is not an outlet's name after all. */
// 'Anadolu Ajansı (AA) muhabirinin': the abbreviation in brackets restates the name.
const BRACKETED_ABBREVIATION = /^(.*?)[^\S\n]+\([\p{Lu}\p{N}][\p{L}\p{N}&.-]{0,11}\)(.*)$/su;

export function acceptName(
  item: { text: string; start: number },
  context: NameContext
): AcceptedName | null {
  const bracketed = BRACKETED_ABBREVIATION.exec(item.text);
  if (bracketed) {
    const suffix =
      /^[-‐‑'’ʼ]/u.test(bracketed[2]) && !/[-‐‑'’ʼ]\p{Ll}*$/u.test(bracketed[1])
        ? bracketed[2]
        : '';
    const accepted = acceptName({ text: bracketed[1] + suffix, start: item.start }, context);
    return accepted && { ...accepted, end: item.start + item.text.length, trimmedEnd: false };
  }
  const quoted = QUOTED.exec(item.text);
  if (quoted) return acceptQuotedName(item, quoted[1], quoted[2], context);
  return acceptCapitalisedName(item, context);
}

function acceptCapitalisedName(
  item: { text: string; start: number },
  context: NameContext
): AcceptedName | null {
  const { pattern, text } = context;
  // 'Би-би-си' is a name; 'APA-nın' is a name and a written case ending.
  const ending = context.known.isKnownSpelling(item.text)
    ? ''
    : (WRITTEN_SUFFIX.exec(item.text)?.[0] ?? '');
  const allWords = splitWords(item.text.slice(0, item.text.length - ending.length), item.start);
  const words = dropSentenceWords(allWords, pattern.namesStand);
  if (words.length === 0) return null;

  const known = longestKnownPart(words, context);
  const kept = known?.words ?? words;
  const first = kept[0];
  const last = kept[kept.length - 1];
  if (pattern.requiresCaseEnding && !context.hasDescriptor) {
    if (!carriesCaseEnding(last.text, ending, pattern.grammaticalCase)) return null;
  }

  // A known outlet keeps its dictionary spelling ('der Deutschen Presse-Agentur' → 'Deutsche
  // Presse-Agentur', 'du Monde' → 'Le Monde'); an unknown one loses a glued case ending.
  const written = text.slice(first.start, last.start) + nominativeGuess(last.text, ending, context);
  const name = known
    ? known.spelling
    : pattern.language === 'de'
      ? germanNominative(written, text.slice(Math.max(0, first.start - 8), first.start))
      : written;
  const trimmedEnd = last !== allWords[allWords.length - 1];
  const end = trimmedEnd ? last.start + last.text.length : item.start + item.text.length;
  const accepted = {
    name,
    start: first.start,
    end,
    trimmedStart: first !== allWords[0],
    trimmedEnd,
  };

  const isKnown = known !== null;
  if (name.length > MAX_NAME_LENGTH || !passesConfidence(name, isKnown, context)) return null;
  if (!isKnown && (isGenericOutletNoun(name) || isInstitution(name))) return null;
  if (!isKnown && kept.length === 1 && !ending && onlyOpensSentence(first, name, context))
    return null;
  if (!isKnown && isAdjectiveOfLowerCaseNoun(name, text.slice(end), pattern.language)) return null;
  if (!isKnown && pattern.namesStand === 'after-phrase' && GROUP_NOUN_AFTER.test(text.slice(end))) {
    return null;
  }
  return accepted;
}

// 'сообщило Японское метеорологическое агентство': a capitalised adjective whose noun follows
// in lower case is the start of a longer common-noun phrase, not a name.
const SLAVIC_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ое|ая|ый|ий|ой|ые|ие|ее|яя|ське|цьке|ська|ський|ські)$/u;
const LOWER_CASE_WORD_NEXT = /^[^\S\n]+\p{Ll}/u;

function isAdjectiveOfLowerCaseNoun(name: string, after: string, language: string): boolean {
  if (language !== 'ru' && language !== 'uk') return false;
  return SLAVIC_ADJECTIVE.test(name) && LOWER_CASE_WORD_NEXT.test(after);
}

/*
 * German titles decline like noun phrases: 'der Neuen Zürcher Zeitung' is 'Neue Zürcher
 * Zeitung', 'Der Bayerische Rundfunk' (article and weak adjective) is 'Bayerischer Rundfunk',
 * 'des Tagesspiegels' is 'Tagesspiegel'. Only a sentence's own article goes: 'Der Standard'
 * (no adjective) keeps it, being the title.
 */
function germanNominative(name: string, before: string): string {
  const words = name.split(' ');
  const leading = /^(Der|Das|Die)$/.exec(words[0]);
  if (leading && words.length > 2 && /^\p{Lu}\p{Ll}+e$/u.test(words[1])) {
    const ending = { Der: 'r', Das: 's', Die: '' }[leading[1] as 'Der' | 'Das' | 'Die'];
    return [words[1] + ending, ...words.slice(2)].join(' ');
  }
  const oblique = /(?:^|\s)(?:der|des|dem|den|einer|eines|einem)\s*[„“"»«]?$/u.test(before);
  if (!oblique) return name;
  const declined = words.map((word, index) =>
    index < words.length - 1 && /^\p{Lu}\p{Ll}+en$/u.test(word) ? word.slice(0, -1) : word
  );
  const last = declined[declined.length - 1];
  if (
    /^(?:des|eines)\s*[„“"»«]?$/u.test(before.trim().split(/\s+/u).pop() ?? '') &&
    /[^s]s$/u.test(last)
  )
    declined[declined.length - 1] = last.slice(0, -1);
  return declined.join(' ');
}

/** An unknown Azerbaijani/Turkish name loses the case ending glued to it: 'Qaynarinfonun'. */
function nominativeGuess(lastWord: string, writtenEnding: string, context: NameContext): string {
  const { pattern } = context;
  const glued = isTurkic(pattern.language) && pattern.grammaticalCase && !context.hasDescriptor;
  if (!glued || writtenEnding) return lastWord;
  return turkicStems(lastWord, pattern.grammaticalCase)[0] ?? lastWord;
}

/** 'Nazirliyin məlumatına görə', 'Police reported': a capital that only opens a sentence. */
function onlyOpensSentence(word: Word, name: string, context: NameContext): boolean {
  if (context.pattern.namesStand !== 'before-phrase' || context.hasDescriptor) return false;
  if (!opensSentence(context.text, word.start) || !isPlainCapitalisedWord(word.text)) return false;
  return !looksLikeMediaName(name);
}

function acceptQuotedName(
  item: { text: string; start: number },
  quotedPart: string,
  suffix: string,
  context: NameContext
): AcceptedName | null {
  const inner = quotedPart.slice(1, -1).replace(/\s+/gu, ' ').trim();
  const { known } = context;
  if (!/^[\p{Lu}\p{Lt}\p{N}]/u.test(inner) && !known.knownSpelling(inner, context.pattern.language))
    return null;
  if (inner.split(' ').length > 6) return null; // a quotation, not a title
  const { pattern } = context;
  const spelling = known.knownSpelling(inner, pattern.language, pattern.grammaticalCase);
  if (pattern.requiresCaseEnding && !context.hasDescriptor) {
    if (!carriesCaseEnding('', suffix, pattern.grammaticalCase)) return null;
  }
  const before = context.text.slice(Math.max(0, item.start - 8), item.start + 1);
  const name = spelling ?? (pattern.language === 'de' ? germanNominative(inner, before) : inner);
  if (!context.pattern.quotedPasses && !passesConfidence(name, spelling !== null, context))
    return null;
  if (spelling === null && (isGenericOutletNoun(name) || isInstitution(name))) return null;
  return {
    name,
    start: item.start,
    end: item.start + item.text.length,
    trimmedStart: false,
    trimmedEnd: false,
  };
}

function splitWords(body: string, offset: number): Word[] {
  const words: Word[] = [];
  for (const found of body.matchAll(/\S+/gu)) {
    words.push({ text: found[0], start: offset + (found.index ?? 0) });
  }
  return words;
}

const NAME_PARTICLES = new Set([
  'of',
  'de',
  'du',
  'des',
  'del',
  'della',
  'di',
  'da',
  'für',
  'van',
  'von',
  'der',
  'al',
  'el',
]);

/** Drops sentence openers and dates from the end of the run that is away from the phrase. */
function dropSentenceWords(words: Word[], namesStand: PhrasePattern['namesStand']): Word[] {
  let kept = words;
  if (namesStand === 'before-phrase') {
    const lastBad = findLastIndex(kept, (word) => isNeverInNames(word.text));
    kept = kept.slice(lastBad + 1);
    // What was left of 'Wie der Tagesspiegel': a name does not open with a lower-case particle.
    while (kept.length > 1 && NAME_PARTICLES.has(kept[0].text)) kept = kept.slice(1);
  } else if (namesStand === 'after-phrase') {
    const firstBad = kept.findIndex((word) => isNeverInNames(word.text));
    if (firstBad >= 0) kept = kept.slice(0, firstBad);
  }
  return kept;
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    if (predicate(items[index])) return index;
  }
  return -1;
}

/**
 * The whole run if it is a known source, else its longest known part on the side away from the
 * phrase boundary: 'Earlier Reuters' → 'Reuters', 'Reuters Ukrainian' → 'Reuters'.
 */
function longestKnownPart(
  words: Word[],
  { pattern, known }: NameContext
): { words: Word[]; spelling: string } | null {
  const parts: Word[][] = [words];
  for (let cut = 1; cut < words.length; cut += 1) {
    if (pattern.namesStand === 'before-phrase') parts.push(words.slice(cut));
    if (pattern.namesStand === 'after-phrase') parts.push(words.slice(0, words.length - cut));
  }
  for (const part of parts) {
    const spelled = part.map((word) => word.text).join(' ');
    const spelling = known.knownSpelling(spelled, pattern.language, pattern.grammaticalCase);
    if (spelling) return { words: part, spelling };
  }
  return null;
}

function isTurkic(language: string): boolean {
  return language === 'az' || language === 'tr';
}

const WRITTEN_ENDINGS: Readonly<Record<GrammaticalCase, RegExp>> = {
  genitive: /^[-‐‑'’ʼ]n?[ıiuü]n$/u,
  dative: /^[-‐‑'’ʼ][yn]?[aəe]$/u,
  ablative: /^[-‐‑'’ʼ]n?[dt][aəe]n$/u,
};

/** Whether the name visibly carries the case ending the phrase needs ('APA-ya', 'Turana'). */
function carriesCaseEnding(
  word: string,
  writtenSuffix: string,
  grammaticalCase?: GrammaticalCase
): boolean {
  if (!grammaticalCase) return true;
  if (writtenSuffix) return WRITTEN_ENDINGS[grammaticalCase].test(writtenSuffix);
  return word !== '' && turkicStems(word, grammaticalCase).length > 0;
}

function passesConfidence(name: string, isKnown: boolean, context: NameContext): boolean {
  if (context.pattern.confidence === 'strong') return true;
  // Datelines write the agency in capitals ('ANKARA, 5 Mart, AA -', 'INTERFAX.RU -').
  if (
    context.pattern.capitalsPass &&
    /\p{Lu}{2}/u.test(name) &&
    !/\p{Ll}{2}/u.test(name.replace(/\.[\p{L}]{2,4}$/u, ''))
  )
    return true;
  return isKnown || context.hasDescriptor || looksLikeMediaName(name);
}
