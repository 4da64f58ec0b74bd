import { matchKey } from './case-fold';
import { acceptCaselessName } from './detection/caseless-names';
import { isKnownSpelling } from './detection/known-names';
import { acceptName, type AcceptedName } from './detection/name-cleanup';
import { splitNameList, type ListedName } from './detection/name-syntax';
import type { PhrasePattern } from './detection/pattern';
import { AZERBAIJANI_PATTERNS } from './detection/patterns-az';
import {
  ARABIC_PATTERNS,
  GEORGIAN_PATTERNS,
  PERSIAN_PATTERNS,
} from './detection/patterns-caseless';
import { DATELINE_PATTERNS } from './detection/patterns-common';
import { ENGLISH_PATTERNS } from './detection/patterns-en';
import { RUSSIAN_PATTERNS } from './detection/patterns-ru';
import { TURKISH_PATTERNS } from './detection/patterns-tr';
import { UKRAINIAN_PATTERNS } from './detection/patterns-uk';
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

const PATTERNS_BY_LANGUAGE: Readonly<Record<KnownLanguage, readonly PhrasePattern[]>> = {
  az: AZERBAIJANI_PATTERNS,
  en: ENGLISH_PATTERNS,
  ru: RUSSIAN_PATTERNS,
  tr: TURKISH_PATTERNS,
  de: europeanPatterns('de', german as EuropeanReportingVocabulary),
  fr: europeanPatterns('fr', french as EuropeanReportingVocabulary),
  es: europeanPatterns('es', spanish as EuropeanReportingVocabulary),
  it: europeanPatterns('it', italian as EuropeanReportingVocabulary),
  uk: UKRAINIAN_PATTERNS,
  ar: ARABIC_PATTERNS,
  fa: PERSIAN_PATTERNS,
  ka: GEORGIAN_PATTERNS,
};

/**
 * Finds the outlets a text attributes its information to, by the phrases of the locale's
 * language (for other locales: datelines, and known outlets in any known language's phrases). A name merely mentioned is not an
 * attribution. One entry per name, in order of first appearance.
 */
export function detectAttributions(text: string, locale: string): DetectedAttribution[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const found: { detection: DetectedAttribution; order: number }[] = [];
  for (const pattern of patternsFor(locale)) {
    for (const detection of detectWith(pattern, text)) {
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

/*
 * A locale whose language has no grammar here (Polish, Kazakh, …) still gets datelines, which
 * look the same everywhere, and the phrases of every language this module knows, but only for
 * outlets the registry knows: without the language's grammar a capitalised word proves nothing,
 * while 'Reuters' in a reporting construction of a related language almost always is Reuters.
 */
const FALLBACK_PATTERNS: readonly PhrasePattern[] = Object.values(PATTERNS_BY_LANGUAGE)
  .flat()
  .map((pattern) => ({ ...pattern, knownOnly: true }));

function patternsFor(locale: string): readonly PhrasePattern[] {
  const language = knownLanguageOf(locale);
  const phrases = language ? PATTERNS_BY_LANGUAGE[language] : FALLBACK_PATTERNS;
  return [...phrases, ...DATELINE_PATTERNS];
}

function detectWith(pattern: PhrasePattern, text: string): DetectedAttribution[] {
  const detections: DetectedAttribution[] = [];
  if (!pattern.cue.test(text)) return detections; // spares compiling the big regex
  const regex = pattern.regex; // shared; safe because matching is synchronous
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const accepted = namesOf(match, pattern, text);
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
  text: string
): ListedAcceptedName[] {
  const list = match.groups?.names;
  const listStart = match.indices?.groups?.names?.[0];
  if (list === undefined || listStart === undefined) return [];
  const hasDescriptor = match.groups?.descriptor !== undefined;
  const nextToPhrase = pattern.namesStand === 'before-phrase' ? 'last' : 'first';
  // 'صدا و سیما' is one outlet although its name has 'and' in it.
  const split = splitNameList(list, nextToPhrase);
  const items = pattern.caseless ? mergeKnownRuns(list, split) : split;
  const accepted: ListedAcceptedName[] = [];
  for (const item of items) {
    const itemAt = { text: item.text, start: listStart + item.offset };
    const context = { text, pattern, hasDescriptor };
    const name = pattern.caseless
      ? acceptCaselessName(
          itemAt,
          { ...context, descriptorText: match.groups?.descriptor?.trim() ?? null },
          pattern.caseless.language,
          pattern.caseless.vocabulary
        )
      : acceptName(itemAt, context);
    if (!name) continue;
    if (pattern.knownOnly && !isKnownSpelling(name.name)) continue;
    accepted.push({
      ...name,
      isFirstInList: item.offset === 0,
      isLastInList: item.offset + item.text.length === list.length,
    });
  }
  return accepted;
}

/** Rejoins list items that together are one known outlet's name: 'صدا' + 'و' + 'سیما'. */
function mergeKnownRuns(list: string, items: ListedName[]): ListedName[] {
  const merged: ListedName[] = [];
  for (let i = 0; i < items.length; i += 1) {
    let end = i;
    for (let j = items.length - 1; j > i; j -= 1) {
      const text = list.slice(items[i].offset, items[j].offset + items[j].text.length);
      if (isKnownSpelling(text)) {
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
