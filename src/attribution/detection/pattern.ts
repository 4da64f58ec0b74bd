import type { CaselessLanguage, CaselessVocabulary } from './caseless-names';
import type { GrammaticalCase } from '../grammar';

/**
 * One attribution phrase of one language, e.g. az "X-in məlumatına görə".
 * The regex has a `names` group and may have a `descriptor` group ('agency', 'agentliyi').
 */
export interface PhrasePattern {
  readonly language: string;
  readonly regex: RegExp;
  /** A cheap test for the phrase's keywords: the full regex is only compiled and run after it. */
  readonly cue: RegExp;
  /** Where the names stand: this decides which end of a long capitalised run is the name. */
  readonly namesStand: 'before-phrase' | 'after-phrase' | 'enclosed';
  /**
   * strong: any proper name counts ('according to X').
   * weak: the phrase also fits people ('told X', "X'a göre"), so the name must be a known
   * outlet, look like one, or come with a descriptor ('news agency').
   */
  readonly confidence: 'strong' | 'weak';
  /** The case the phrase puts the name in (Azerbaijani, Turkish), for removing the ending. */
  readonly grammaticalCase?: GrammaticalCase;
  /** The name must visibly carry that case ending (else the phrase means something else). */
  readonly requiresCaseEnding?: boolean;
  /** Names in a script without capitals (Arabic, Persian, Georgian): see caseless-names.ts. */
  readonly caseless?: {
    readonly language: CaselessLanguage;
    readonly vocabulary: CaselessVocabulary;
  };
  /** A quoted name passes a weak phrase (Russian titles stand in quotes: 'по данным «Фонтанки»'). */
  readonly quotedPasses?: boolean;
  /** A name in capitals passes a weak phrase (datelines: 'ANKARA, 5 Mart, AA -'). */
  readonly capitalsPass?: boolean;
  /** Only outlets the registry knows count (the fallback for languages without a grammar here). */
  readonly knownOnly?: boolean;
}

export interface PhraseSource {
  /** The whole phrase, names included. */
  readonly source: string;
  /** Its keywords alone (regex source), as the cue. */
  readonly cue: string;
}

export function phrasePattern(
  { source, cue }: PhraseSource,
  options: Omit<PhrasePattern, 'regex' | 'cue'>
): PhrasePattern {
  // d: group offsets, to report where in the text the phrase was found.
  return { ...options, regex: new RegExp(source, 'gdu'), cue: new RegExp(cue, 'u') };
}

/** A phrase whose names come first: 'APA' + ' xəbər verir'. */
export function namesThen(names: string, rest: string, cue: string): PhraseSource {
  return { source: names + rest, cue };
}

/** A phrase whose names follow: 'according to' + ' Reuters'. */
export function thenNames(lead: string, names: string): PhraseSource {
  return { source: lead + names, cue: lead };
}
