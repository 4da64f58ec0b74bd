import { matchKey } from './case-fold';
import { acceptCaselessName } from './detection/caseless-names';
import { defaultKnownNames, type KnownNames } from './detection/known-names';
import { acceptName, type AcceptedName } from './detection/name-cleanup';
import {
  nameSyntax,
  spellingsInRegexes,
  splitNameList,
  type ListedName,
  type NameSyntax,
} from './detection/name-syntax';
import type { PhrasePattern } from './detection/pattern';
import { azerbaijaniPatterns } from './detection/patterns-az';
import { arabicPatterns, georgianPatterns, persianPatterns } from './detection/patterns-caseless';
import { datelinePatterns } from './detection/patterns-common';
import { englishPatterns } from './detection/patterns-en';
import { russianPatterns } from './detection/patterns-ru';
import { turkishPatterns } from './detection/patterns-tr';
import { ukrainianPatterns } from './detection/patterns-uk';
import { europeanPatterns, type EuropeanReportingVocabulary } from './detection/patterns-european';
import { knownLanguageOf, type KnownLanguage } from './locale';
import german from './data/reporting/de.json';
import french from './data/reporting/fr.json';
import spanish from './data/reporting/es.json';
import italian from './data/reporting/it.json';

export interface DetectedAttribution {
  /** The outlet's name as written, without quotes or case endings: 'Интерфакс', 'APA'. */
  readonly name: string;
  /** The attribution phrase as it stands in the text: 'APA-nın məlumatına görə'. */
  readonly quotedAs: string;
  /** Offsets of quotedAs in the text (end exclusive). */
  readonly start: number;
  readonly end: number;
}

const european =
  (language: string, vocabulary: unknown) =>
  (names: NameSyntax): PhrasePattern[] =>
    europeanPatterns(language, vocabulary as EuropeanReportingVocabulary, names);

// In this order the fallback tries them.
const PHRASES_BY_LANGUAGE: Readonly<Record<KnownLanguage, (names: NameSyntax) => PhrasePattern[]>> =
  {
    az: azerbaijaniPatterns,
    en: englishPatterns,
    ru: russianPatterns,
    tr: turkishPatterns,
    de: european('de', german),
    fr: european('fr', french),
    es: european('es', spanish),
    it: european('it', italian),
    uk: ukrainianPatterns,
    ar: arabicPatterns,
    fa: persianPatterns,
    ka: georgianPatterns,
  };

/**
 * Finds the outlets a text attributes its information to, by the phrases of the locale's
 * language (for other locales: datelines, and known outlets in any known language's phrases). A name merely mentioned is not an
 * attribution. One entry per name, in order of first appearance. `known` is who counts as a
 * known outlet: the compiled registry unless given (the app gives the database's).
 */
export function detectAttributions(
  text: string,
  locale: string,
  known: KnownNames = defaultKnownNames()
): DetectedAttribution[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const found: { detection: DetectedAttribution; order: number }[] = [];
  for (const pattern of phraseBookFor(known).patternsFor(locale)) {
    for (const detection of detectWith(pattern, text, known)) {
      found.push({ detection, order: found.length });
    }
  }
  found.sort((a, b) => a.detection.start - b.detection.start || a.order - b.order);
  const seen = new Set<string>();
  const unique: DetectedAttribution[] = [];
  for (const { detection } of found) {
    const key = matchKey(detection.name).replace(/^the /, ''); // 'The AP' is 'AP'
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(detection);
  }
  return unique;
}

/** The phrases of every language, compiled (lazily, per language) for one list of spellings. */
interface PhraseBook {
  readonly key: string;
  patternsFor(locale: string): readonly PhrasePattern[];
}

function compilePhraseBook(key: string, spellings: readonly string[]): PhraseBook {
  const names = nameSyntax(spellings);
  const byLanguage = new Map<KnownLanguage, readonly PhrasePattern[]>();
  const phrasesOf = (language: KnownLanguage) => {
    let phrases = byLanguage.get(language);
    if (!phrases) byLanguage.set(language, (phrases = PHRASES_BY_LANGUAGE[language](names)));
    return phrases;
  };
  let datelines: readonly PhrasePattern[] | null = null;
  const withDatelines = new Map<KnownLanguage | null, readonly PhrasePattern[]>();
  return {
    key,
    patternsFor(locale) {
      const language = knownLanguageOf(locale);
      let patterns = withDatelines.get(language);
      if (!patterns) {
        datelines ??= datelinePatterns(names);
        /*
         * A locale whose language has no grammar here (Polish, Kazakh, …) still gets datelines,
         * which look the same everywhere, and the phrases of every language this module knows,
         * but only for known outlets: without the language's grammar a capitalised word proves
         * nothing, while 'Reuters' in a reporting construction of a related language almost
         * always is Reuters.
         */
        const phrases = language
          ? phrasesOf(language)
          : (Object.keys(PHRASES_BY_LANGUAGE) as KnownLanguage[])
              .flatMap(phrasesOf)
              .map((pattern) => ({ ...pattern, knownOnly: true }));
        withDatelines.set(language, (patterns = [...phrases, ...datelines]));
      }
      return patterns;
    },
  };
}

/*
 * Compiling the phrases is the costly part of detection (big Unicode regexes, which V8 also
 * compiles again to machine code on first use), so it happens once per list of spellings the
 * regexes spell out, not per registry load: a registry whose new aliases are ordinary
 * capitalised names ('KXA', 'Kaspi Xəbər Agentliyi') keeps the compiled phrases and only its
 * lookups change. The latest book serves any KnownNames with the same key.
 */
let latestBook: PhraseBook | null = null;
const bookOf = new WeakMap<KnownNames, PhraseBook>();

function phraseBookFor(known: KnownNames): PhraseBook {
  const cached = bookOf.get(known);
  if (cached) return cached;
  const spellings = spellingsInRegexes(known.spellings);
  const key = spellings.join('\n');
  if (latestBook?.key !== key) latestBook = compilePhraseBook(key, spellings);
  bookOf.set(known, latestBook);
  return latestBook;
}

function detectWith(
  pattern: PhrasePattern,
  text: string,
  known: KnownNames
): DetectedAttribution[] {
  const detections: DetectedAttribution[] = [];
  if (!pattern.cue.test(text)) return detections; // spares compiling the big regex
  const regex = pattern.regex; // shared; safe because matching is synchronous
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const accepted = namesOf(match, pattern, text, known);
    if (accepted.length === 0) {
      // The phrase did not hold here; a match starting one character later still may.
      regex.lastIndex = match.index + 1;
      continue;
    }
    const [start, end] = phraseSpan(match, pattern, accepted);
    const quotedAs = text.slice(start, end);
    for (const name of accepted) detections.push({ name: name.name, quotedAs, start, end });
  }
  return detections;
}

interface ListedAcceptedName extends AcceptedName {
  /** Position in the list as matched: first and last decide how far the phrase reaches. */
  readonly isFirstInList: boolean;
  readonly isLastInList: boolean;
}

function namesOf(
  match: RegExpExecArray,
  pattern: PhrasePattern,
  text: string,
  known: KnownNames
): ListedAcceptedName[] {
  const list = match.groups?.names;
  const listStart = match.indices?.groups?.names?.[0];
  if (list === undefined || listStart === undefined) return [];
  const hasDescriptor = match.groups?.descriptor !== undefined;
  const nextToPhrase = pattern.namesStand === 'before-phrase' ? 'last' : 'first';
  // 'صدا و سیما' is one outlet although its name has 'and' in it.
  const split = splitNameList(list, nextToPhrase);
  const items = pattern.caseless ? mergeKnownRuns(list, split, known) : split;
  const accepted: ListedAcceptedName[] = [];
  for (const item of items) {
    const itemAt = { text: item.text, start: listStart + item.offset };
    const context = { text, pattern, hasDescriptor, known };
    const name = pattern.caseless
      ? acceptCaselessName(
          itemAt,
          { ...context, descriptorText: match.groups?.descriptor?.trim() ?? null },
          pattern.caseless.language,
          pattern.caseless.vocabulary
        )
      : acceptName(itemAt, context);
    if (!name) continue;
    if (pattern.knownOnly && !known.isKnownSpelling(name.name)) continue;
    accepted.push({
      ...name,
      isFirstInList: item.offset === 0,
      isLastInList: item.offset + item.text.length === list.length,
    });
  }
  return accepted;
}

/** Rejoins list items that together are one known outlet's name: 'صدا' + 'و' + 'سیما'. */
function mergeKnownRuns(list: string, items: ListedName[], known: KnownNames): ListedName[] {
  const merged: ListedName[] = [];
  for (let i = 0; i < items.length; i += 1) {
    let end = i;
    for (let j = items.length - 1; j > i; j -= 1) {
      const text = list.slice(items[i].offset, items[j].offset + items[j].text.length);
      if (known.isKnownSpelling(text)) {
        end = j;
        break;
      }
    }
    const last = items[end];
    merged.push({
      text: list.slice(items[i].offset, last.offset + last.text.length),
      offset: items[i].offset,
    });
    i = end;
  }
  return merged;
}

/** The whole phrase, except names and words dropped from the far end ('Earlier Reuters …'). */
function phraseSpan(
  match: RegExpExecArray,
  pattern: PhrasePattern,
  names: ListedAcceptedName[]
): [number, number] {
  const matchEnd = match.index + match[0].length;
  const first = names[0];
  const last = names[names.length - 1];
  if (pattern.namesStand === 'before-phrase' && (first.trimmedStart || !first.isFirstInList)) {
    return [first.start, matchEnd];
  }
  if (pattern.namesStand === 'after-phrase' && (last.trimmedEnd || !last.isLastInList)) {
    return [match.index, last.end];
  }
  return [match.index, matchEnd];
}
