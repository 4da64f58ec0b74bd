import { CAPITALISED_NAME_SOURCE, type NameSyntax } from './name-syntax';
import { namesThen, phrasePattern, thenNames, type PhrasePattern } from './pattern';
import { anyKeyword, anyLowerCaseWord, GAP } from './regex-kit';

const L = 'en';
const any = (phrases: readonly string[]): string => anyKeyword(phrases, L);
// Lower-case article only: a capitalised 'The' belongs to the title ('The Guardian').
const THE = `(?:${anyLowerCaseWord(['the'])}${GAP})?`;
// Lower case only: 'Anadolu Agency' is a name, 'news agency' a descriptor.
const OUTLET_NOUN = anyLowerCaseWord([
  'news agency',
  'agency',
  'wire service',
  'news service',
  'newspaper',
  'daily',
  'tabloid',
  'magazine',
  'broadcaster',
  'TV channel',
  'channel',
  'network',
  'news outlet',
  'outlet',
  'news site',
  'website',
  'publication',
  'radio station',
]);
// 'Russian news agency Interfax', 'the state-run news agency Xinhua': descriptor before the name.
const DESCRIPTOR_BEFORE = `(?:(?:[\\p{L}'’.-]+${GAP}){0,2}?(?<descriptor>${OUTLET_NOUN})${GAP})?`;
const DESCRIPTOR_AFTER = `(?<descriptor>${GAP}${OUTLET_NOUN})?`;
// 'South Korea's Yonhap news agency': the possessor is a country or owner, the outlet follows.
const POSSESSOR = `(?:${CAPITALISED_NAME_SOURCE}['’]s${GAP}(?=\\p{Lu}))?`;
const ADVERBS = `(?:${GAP}${any([
  'has',
  'had',
  'have',
  'previously',
  'earlier',
  'first',
  'also',
  'exclusively',
  'initially',
  'later',
  'separately',
  'recently',
  'originally',
])})*`;

const ACCORDING_TO = `${any(['according to'])}${GAP}(?:${any(['a', 'an'])}${GAP})?`;
const REPORTED = any(['reported', 'reports']);
const SAID = any(['said', 'says', 'quoted', 'cited', 'wrote']);
const REPORTED_BY = `${any(['reported', 'published', 'broadcast', 'obtained'])}${GAP}${any(['by'])}${GAP}`;
// 'economists polled by Reuters', 'a document seen by Reuters' (also 'compiled by Eurostat': weak)
const SURVEYED_BY = `${any(['polled by', 'surveyed by', 'seen by', 'reviewed by', 'compiled by', 'confirmed by', 'verified by', 'aired by', 'carried by'])}${GAP}`;
// With an outlet noun any verb of showing or publishing will do: 'broadcaster ERT showed footage'.
const SHOWED = any([
  'showed',
  'shows',
  'aired',
  'broadcast',
  'published',
  'carried',
  'ran',
  'cited',
  'quoted',
  'said',
  'says',
  'wrote',
  'reported',
  'obtained',
  'revealed',
  'confirmed',
]);
const INTERVIEW_WITH = `${any([
  'in an interview with',
  'in an interview to',
  'in a statement to',
  'in comments to',
  'in remarks to',
])}${GAP}`;
const TOLD = `${any(['told', 'telling', 'speaking to', 'speaking with', 'talking to'])}${GAP}`;
const CITING = `${any(['citing', 'writes', 'reports', 'quoted by', 'cited by'])}${GAP}`;
const COMMA_CITING = `(?:${GAP}${any(['said', 'reported'])})?,${GAP}${any(['citing'])}`;

/** English: 'according to X', 'X reported', 'reported by X', 'told X', 'citing X'. */
export function englishPatterns(names: NameSyntax): PhrasePattern[] {
  const NAMES = names.list(L);
  const DESCRIBED_NAMES = `${THE}${POSSESSOR}${DESCRIPTOR_BEFORE}${THE}${NAMES}`;
  return [
    // according to Reuters; according to a Reuters tally; according to Russian news agency Interfax
    phrasePattern(thenNames(ACCORDING_TO, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'strong',
    }),
    // the Associated Press reported; Bloomberg News reported; Reuters has reported; , Reuters reports
    phrasePattern(
      namesThen(`${THE}${NAMES}`, `${DESCRIPTOR_AFTER}${ADVERBS}${GAP}${REPORTED}`, REPORTED),
      {
        language: L,
        namesStand: 'before-phrase',
        confidence: 'strong',
      }
    ),
    // Interfax news agency said (without the descriptor, 'X said' is anybody)
    phrasePattern(
      namesThen(
        `${THE}${NAMES}`,
        `${GAP}(?<descriptor>${OUTLET_NOUN})${ADVERBS}${GAP}${SAID}`,
        OUTLET_NOUN
      ),
      { language: L, namesStand: 'before-phrase', confidence: 'strong' }
    ),
    // reported by Reuters; first reported by The Wall Street Journal
    phrasePattern(thenNames(REPORTED_BY, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'strong',
    }),
    // said in an interview with Reuters; in a statement to AFP
    phrasePattern(thenNames(INTERVIEW_WITH, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'strong',
    }),
    // told Reuters; speaking to the BBC (people are told things too)
    phrasePattern(thenNames(TOLD, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
    }),
    // citing Interfax; writes Bloomberg; reports Axios
    phrasePattern(thenNames(CITING, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
    }),
    phrasePattern(thenNames(SURVEYED_BY, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
    }),
    // State broadcaster ERT showed …; the news agency Yonhap published …
    phrasePattern(
      namesThen(
        `${THE}${POSSESSOR}(?:[\\p{L}'’.-]+${GAP}){0,2}?(?<descriptor>${OUTLET_NOUN})${GAP}${THE}${NAMES}`,
        `${GAP}${SHOWED}`,
        SHOWED
      ),
      { language: L, namesStand: 'before-phrase', confidence: 'strong' }
    ),
    // via Reuters; via the Kyiv Independent (also 'via Istanbul': weak)
    phrasePattern(thenNames(`${any(['via'])}${GAP}`, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
    }),
    // Reuters, citing …; Reuters said, citing …
    phrasePattern(namesThen(`${THE}${NAMES}`, `${DESCRIPTOR_AFTER}${COMMA_CITING}`, COMMA_CITING), {
      language: L,
      namesStand: 'before-phrase',
      confidence: 'weak',
    }),
  ];
}
