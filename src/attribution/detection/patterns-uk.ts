import vocabulary from '../data/reporting/uk.json';
import type { NameSyntax } from './name-syntax';
import { namesThen, phrasePattern, thenNames, type PhrasePattern } from './pattern';
import { anyKeyword, GAP, LETTERS, WORD_START } from './regex-kit';

const L = 'uk';
const any = (phrases: readonly string[]): string => anyKeyword(phrases, L);
// Case-insensitive: a sentence may open with 'Агентство Reuters повідомляє'.
const OUTLET_NOUN = any(vocabulary.outletNouns);
// 'агентство Reuters', 'британська газета The Guardian': up to two lower-case adjectives first.
const ADJECTIVE = `${WORD_START}\\p{Ll}${LETTERS}${GAP}`;
const DESCRIPTOR_BEFORE = `(?:(?:${ADJECTIVE}){0,2}?(?<descriptor>${OUTLET_NOUN})${GAP})`;
const lead = (phrases: readonly string[]) => `${any(phrases)}${GAP}`;

/**
 * Ukrainian, like Russian: the name mostly follows the verb ('повідомляє Укрінформ'), in the
 * genitive after 'за даними' / 'кореспондентові' ('Укрінформу', '«Української правди»'); the
 * cleanup step restores the nominative. Neuter and feminine past tense ('повідомило агентство',
 * 'повідомила агенція') fit an outlet, but so do the General Staff and ministries ('за даними
 * Генштабу'): every phrase is weak, so an unknown name needs an outlet noun or an outlet's look.
 */
export function ukrainianPatterns(names: NameSyntax): PhrasePattern[] {
  const NAMES = names.list(L);
  const DESCRIBED_NAMES = `${DESCRIPTOR_BEFORE}?${NAMES}`;
  return [
    phrasePattern(thenNames(lead(vocabulary.reports), DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
    }),
    phrasePattern(thenNames(lead(vocabulary.said), DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
    }),
    phrasePattern(thenNames(lead(vocabulary.accordingTo), DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
    }),
    phrasePattern(thenNames(lead(vocabulary.citing), DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
    }),
    // розповів кореспондентові Укрінформу; в інтерв'ю «Суспільному» (people give interviews too)
    phrasePattern(thenNames(lead(vocabulary.toCorrespondent), DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
    }),
    // Агентство Reuters повідомляє …
    phrasePattern(
      namesThen(
        `${DESCRIPTOR_BEFORE}${NAMES}`,
        `${GAP}${any(vocabulary.reportsAfter)}`,
        any(vocabulary.reportsAfter)
      ),
      { language: L, namesStand: 'before-phrase', confidence: 'weak' }
    ),
    // Укрінформ повідомляє … (without a descriptor anybody could be the subject: weak)
    phrasePattern(
      namesThen(NAMES, `${GAP}${any(vocabulary.reportsAfter)}`, any(vocabulary.reportsAfter)),
      { language: L, namesStand: 'before-phrase', confidence: 'weak' }
    ),
  ];
}
