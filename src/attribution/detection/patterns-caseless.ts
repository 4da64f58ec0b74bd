import arabic from '../data/reporting/ar.json';
import persian from '../data/reporting/fa.json';
import georgian from '../data/reporting/ka.json';
import {
  caselessNameItem,
  caselessOutletNoun,
  type CaselessLanguage,
  type CaselessVocabulary,
} from './caseless-names';
import type { NameSyntax } from './name-syntax';
import { namesThen, phrasePattern, thenNames, type PhrasePattern } from './pattern';
import { escapeRegExp, GAP, SPACE } from './regex-kit';

const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}\\u200c])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}\\u200c])';
const WORD = '[\\p{L}\\p{M}\\u200c]+';

/** Phrases matched as written (these scripts have no case), variants of spacing and ZWNJ aside. */
function phrases(list: readonly string[], gluedPrefix = ''): string {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map((phrase) =>
    escapeRegExp(phrase)
      .replace(/ /g, GAP)
      .replace(/\u200c/g, '[\\u200c ]?')
  );
  return `${NOT_LETTER_BEFORE}${gluedPrefix}(?:${alternatives.join('|')})${NOT_LETTER_AFTER}`;
}

interface Shapes {
  readonly vocabulary: CaselessVocabulary;
  readonly language: CaselessLanguage;
}

function builder({ language, vocabulary }: Shapes, names: NameSyntax) {
  const caseless = { language, vocabulary };
  const ITEM = caselessNameItem(language, vocabulary, names);
  // Lists by 'and' only: a comma ends the phrase ('به گزارش ایرنا، …'). Arabic glues و: no lists.
  const AND = language === 'fa' ? 'و' : 'და';
  const NAMES =
    language === 'ar'
      ? `(?<names>${ITEM})`
      : `(?<names>${ITEM}(?:${SPACE}+${AND}${SPACE}+${ITEM})*)`;
  const DESCRIPTOR = `(?:(?<descriptor>${caselessOutletNoun(language, vocabulary)})${GAP})?`;
  const DESCRIBED = `${DESCRIPTOR}${NAMES}`;
  const after = (lead: string, confidence: 'strong' | 'weak', names = DESCRIBED): PhrasePattern =>
    phrasePattern(thenNames(lead, names), {
      language,
      namesStand: 'after-phrase',
      confidence,
      caseless,
    });
  const before = (tail: string, confidence: 'strong' | 'weak', names = DESCRIBED): PhrasePattern =>
    phrasePattern(namesThen(names, tail, tail), {
      language,
      namesStand: 'before-phrase',
      confidence,
      caseless,
    });
  // القاهرة (رويترز) -
  const dateline = phrasePattern(
    { source: `\\(${SPACE}*${NAMES}${SPACE}*\\)\\.?${SPACE}*[-–—]`, cue: `\\)\\.?${SPACE}*[-–—]` },
    { language, namesStand: 'enclosed', confidence: 'strong', caseless }
  );
  return { NAMES, DESCRIBED, after, before, dateline };
}

/**
 * Arabic: verb first (VSO), 'ذكرت وكالة رويترز أن …'; prepositional leads with the preposition
 * glued to the name, 'وفقاً لوكالة رويترز', 'بحسب رويترز', 'نقلاً عن …'; 'قال لرويترز' (told).
 */
export function arabicPatterns(names: NameSyntax): PhrasePattern[] {
  const vocabulary = arabic as CaselessVocabulary & typeof arabic;
  const { DESCRIBED, after, dateline } = builder({ language: 'ar', vocabulary }, names);
  const glued = '[وف]?';
  return [
    after(`${phrases(vocabulary.reportingVerbs, glued)}${GAP}`, 'strong'),
    after(`${phrases(vocabulary.saidVerbs, glued)}${GAP}`, 'weak'),
    after(`${phrases(vocabulary.accordingTo, glued)}${GAP}`, 'strong'),
    after(`${phrases(vocabulary.told, glued)}${GAP}`, 'weak'),
    // 'قال وزير الخارجية لرويترز': the speaker between the verb and 'to' + the outlet.
    after(
      `${phrases(vocabulary.told, glued)}(?:${GAP}${WORD}){1,4}?${GAP}(?=ل)`,
      'weak',
      DESCRIBED
    ),
    dateline,
  ];
}

/**
 * Persian: 'به گزارش ایرنا،' opens most agency copy (the name, then a comma); 'به نقل از X'
 * (quoting X); the verb last (SOV), 'خبرگزاری رویترز (روز دوشنبه) گزارش داد'; 'به رویترز گفت'.
 */
export function persianPatterns(names: NameSyntax): PhrasePattern[] {
  const vocabulary = persian as CaselessVocabulary & typeof persian;
  const { NAMES, DESCRIBED, after, before, dateline } = builder(
    { language: 'fa', vocabulary },
    names
  );
  // 'به گزارش خبرنگار اقتصادی ایسنا': the reporter, desk or service of the outlet.
  const REPORTER = `(?:${phrases(vocabulary.reporterWords)}(?:${GAP}${WORD}){0,2}${GAP})?`;
  const TIME_WORDS = `(?:${GAP}${WORD}){0,3}?`;
  return [
    dateline,
    after(`${phrases(vocabulary.accordingTo)}${GAP}${REPORTER}`, 'strong'),
    before(`${TIME_WORDS}${GAP}${phrases(vocabulary.verbsAfterName)}`, 'weak'),
    after(`${phrases(vocabulary.told)}${GAP}`, 'weak'),
    // به رویترز گفت
    phrasePattern(
      namesThen(
        `${phrases(['به'])}${GAP}${REPORTER}${NAMES}`,
        `${GAP}${phrases(vocabulary.toldVerbs)}`,
        phrases(vocabulary.toldVerbs)
      ),
      {
        language: 'fa',
        namesStand: 'enclosed',
        confidence: 'weak',
        caseless: { language: 'fa', vocabulary },
      }
    ),
    // تهران- ایرنا- (IRNA's dateline)
    phrasePattern(
      {
        source: `(?<=^|\\n)${WORD}${SPACE}*[-–]${SPACE}*${DESCRIBED}${SPACE}*[-–]`,
        cue: `(?:^|\\n)${WORD}${SPACE}*[-–]`,
      },
      {
        language: 'fa',
        namesStand: 'enclosed',
        confidence: 'weak',
        caseless: { language: 'fa', vocabulary },
      }
    ),
  ];
}

/**
 * Georgian: the name first, in the genitive, before a noun in the instrumental or a
 * postposition: 'ინტერპრესნიუსის ცნობით', 'Reuters-ის თანახმად'; verbs on either side,
 * 'იუწყება Reuters' / 'ინტერპრესნიუსი იუწყება'; 'Reuters-თან საუბარში', 'განუცხადა BBC-ს'.
 */
export function georgianPatterns(names: NameSyntax): PhrasePattern[] {
  const vocabulary = georgian as CaselessVocabulary & typeof georgian;
  const { after, before, dateline } = builder({ language: 'ka', vocabulary }, names);
  return [
    dateline,
    before(`${GAP}${phrases(vocabulary.tailsAfterName)}`, 'strong'),
    before(`${GAP}${phrases(vocabulary.verbs)}`, 'weak'),
    after(`${phrases(vocabulary.verbs)}${GAP}`, 'weak'),
    before(`${GAP}${phrases(vocabulary.toldTailsAfterName)}`, 'weak'),
    after(`${phrases(vocabulary.toldBeforeName)}${GAP}`, 'weak'),
  ];
}
