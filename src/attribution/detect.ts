import { matchKey } from './case-fold';
import { acceptName, type AcceptedName } from './detection/name-cleanup';
import { splitNameList } from './detection/name-syntax';
import type { PhrasePattern } from './detection/pattern';
import { AZERBAIJANI_PATTERNS } from './detection/patterns-az';
import { DATELINE_PATTERNS } from './detection/patterns-common';
import { ENGLISH_PATTERNS } from './detection/patterns-en';
import { RUSSIAN_PATTERNS } from './detection/patterns-ru';
import { TURKISH_PATTERNS } from './detection/patterns-tr';
import { knownLanguageOf, type KnownLanguage } from './locale';

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
};

/**
 * Finds the outlets a text attributes its information to, by the phrases of the locale's
 * language (all languages' phrases for other locales). A name merely mentioned is not an
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

function patternsFor(locale: string): readonly PhrasePattern[] {
  const language = knownLanguageOf(locale);
  const phrases = language
    ? PATTERNS_BY_LANGUAGE[language]
    : Object.values(PATTERNS_BY_LANGUAGE).flat();
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
  const items = splitNameList(list, pattern.namesStand === 'before-phrase' ? 'last' : 'first');
  const accepted: ListedAcceptedName[] = [];
  for (const item of items) {
    const name = acceptName(
      { text: item.text, start: listStart + item.offset },
      { text, pattern, hasDescriptor }
    );
    if (!name) continue;
    accepted.push({
      ...name,
      isFirstInList: item.offset === 0,
      isLastInList: item.offset + item.text.length === list.length,
    });
  }
  return accepted;
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
