import type { NameSyntax } from './name-syntax';
import { namesThen, phrasePattern, thenNames, type PhrasePattern } from './pattern';
import { anyKeyword, anyLowerCaseWord, escapeRegExp, GAP, WORD_START } from './regex-kit';

/**
 * The reporting vocabulary of a language with articles and capitalised names (German,
 * French, Spanish, Italian), loaded from src/attribution/data/reporting/<language>.json.
 * The shapes of the phrases (which words come before the name, which after) are grammar and
 * live here; the words that fill them are data.
 */
export interface EuropeanReportingVocabulary {
  /** Articles and article contractions that may stand before a descriptor or a name. */
  readonly articles: readonly string[];
  /** Prepositions a lead may end with before the article ('da', 'à', 'con'). */
  readonly prepositions: readonly string[];
  /** Nouns that say the next name is an outlet ('agence', 'diario', 'Nachrichtenagentur'). */
  readonly outletNouns: readonly string[];
  /** German compounds: any capitalised word ending so is an outlet noun ('Boulevardzeitung'). */
  readonly outletNounEndings?: readonly string[];
  /** Where adjectives stand around the outlet noun: 'after' in Romance, 'before' in German. */
  readonly adjectives: 'before' | 'after';
  /** Prepositional leads before the name: 'selon', 'según informó', 'nach Angaben'. */
  readonly accordingTo: readonly string[];
  /** Verbs followed by the name (inversion): 'rapporte', 'informó', 'berichtete'. */
  readonly verbsBeforeName: readonly string[];
  /** Verbs after the name (its subject): 'berichtet', 'ha riferito', 'a rapporté'. */
  readonly verbsAfterName: readonly string[];
  /** Postpositions after the name: German 'zufolge'. */
  readonly postpositions?: readonly string[];
  /** 'told X' and interviews: the verb or noun phrase before the outlet the words were given to. */
  readonly toldOrInterviewed: readonly string[];
  /** Conjunctions of a clause whose verb comes last: German 'wie … berichtet'. */
  readonly asClause?: readonly string[];
  /** What stands before the addressee of 'told': 'à l'', 'al', 'all'', 'dem'. */
  readonly toldPrepositions: readonly string[];
}

/**
 * Every phrase here is 'weak': in these languages capitals mark ministries, governments,
 * cities and people as readily as outlets ('selon Moscou', 'laut Polizei', 'informó el
 * Gobierno'), so an unknown name counts only with an outlet noun, in quotes, or when it reads
 * like an outlet's name. Known outlets count everywhere.
 */
export function europeanPatterns(
  language: string,
  vocabulary: EuropeanReportingVocabulary,
  names: NameSyntax
): PhrasePattern[] {
  const any = (phrases: readonly string[]): string => anyKeyword(phrases, language);
  const NAMES = names.list(language);
  const articleList = (caseless: boolean) => {
    const alternatives = vocabulary.articles.map((article) => {
      const elided = /['’]$/.test(article);
      const body = article.replace(/['’]$/, '');
      const word = caseless ? anyKeyword([body], language) : anyLowerCaseWord([body]);
      return elided ? `${word}['’]` : `${word}${GAP}`;
    });
    return `(?:${alternatives.join('|')})`;
  };
  const ARTICLE = `${articleList(false)}?`;
  const ANY_CASE_ARTICLE = `${articleList(true)}?`;
  const nouns = [anyLowerCaseWord(vocabulary.outletNouns)];
  if (vocabulary.outletNounEndings?.length) {
    nouns.push(
      `${WORD_START}\\p{Lu}\\p{Ll}*(?:${vocabulary.outletNounEndings.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`
    );
  }
  const OUTLET_NOUN = `(?:${nouns.join('|')})`;
  // An adjective is a lower-case word: 'l'agence officielle chinoise', 'die russische Agentur'.
  const ADJECTIVE = `${WORD_START}\\p{Ll}[\\p{L}-]*`;
  const DESCRIPTOR =
    vocabulary.adjectives === 'after'
      ? `(?<descriptor>${OUTLET_NOUN})(?:${GAP}${ADJECTIVE}){0,2}?${GAP}`
      : `(?:${ADJECTIVE}${GAP}){0,2}?(?<descriptor>${OUTLET_NOUN})${GAP}`;
  const PREPOSITION = vocabulary.prepositions.length
    ? `(?:${anyLowerCaseWord(vocabulary.prepositions)}${GAP})?`
    : '';
  // 'l'agence Reuters', 'dal quotidiano la Repubblica', 'der Nachrichtenagentur dpa'.
  const DESCRIBED_NAMES = `${PREPOSITION}${ARTICLE}(?:${DESCRIPTOR}${ARTICLE})?${NAMES}`;
  // A sentence may open with the article: 'L'agence Reuters rapporte', 'Die Zeitung „Bild“ …'.
  const SUBJECT = `(?:${ANY_CASE_ARTICLE}${DESCRIPTOR}${ARTICLE}|${ARTICLE})${NAMES}`;
  const TOLD_PREPOSITION = `(?:${vocabulary.toldPrepositions
    .map((words) =>
      /['’]$/.test(words)
        ? `${anyLowerCaseWord([words.slice(0, -1)])}['’]`
        : `${anyLowerCaseWord([words])}${GAP}`
    )
    .join('|')})`;
  const weak = { language, confidence: 'weak' as const };

  const patterns: PhrasePattern[] = [
    phrasePattern(thenNames(`${any(vocabulary.accordingTo)}${GAP}`, DESCRIBED_NAMES), {
      ...weak,
      namesStand: 'after-phrase',
    }),
    phrasePattern(thenNames(`${any(vocabulary.verbsBeforeName)}${GAP}`, DESCRIBED_NAMES), {
      ...weak,
      namesStand: 'after-phrase',
    }),
    phrasePattern(thenNames(`${any(vocabulary.toldOrInterviewed)}${GAP}`, DESCRIBED_NAMES), {
      ...weak,
      namesStand: 'after-phrase',
    }),
    phrasePattern(
      namesThen(SUBJECT, `${GAP}${any(vocabulary.verbsAfterName)}`, any(vocabulary.verbsAfterName)),
      { ...weak, namesStand: 'before-phrase' }
    ),
    // 'sagte der Minister der Nachrichtenagentur dpa', 'a déclaré le ministre à l'AFP':
    // words between the verb and the outlet, which then needs its outlet noun or a preposition.
    phrasePattern(
      thenNames(
        `${any(vocabulary.toldOrInterviewed)}(?:${GAP}[^\\s.!?;:]+){1,6}?${GAP}`,
        `(?:${PREPOSITION}${ARTICLE}${DESCRIPTOR}${ARTICLE}|${TOLD_PREPOSITION})${NAMES}`
      ),
      { ...weak, namesStand: 'after-phrase' }
    ),
  ];
  if (vocabulary.asClause?.length) {
    // 'wie das „Handelsblatt“ unter Berufung auf Unternehmenskreise berichtet': the verb ends
    // the clause, with its objects between it and the subject.
    const verb = any(vocabulary.verbsAfterName);
    patterns.push(
      phrasePattern(
        {
          source: `${anyLowerCaseWord(vocabulary.asClause)}${GAP}${SUBJECT}(?:${GAP}[^\\s.!?;:,]+){1,6}?${GAP}${verb}`,
          cue: verb,
        },
        { ...weak, namesStand: 'enclosed' }
      )
    );
  }
  if (vocabulary.postpositions?.length) {
    const after = any(vocabulary.postpositions);
    patterns.push(
      phrasePattern(namesThen(SUBJECT, `${GAP}${after}`, after), {
        ...weak,
        namesStand: 'before-phrase',
      })
    );
  }
  return patterns;
}
