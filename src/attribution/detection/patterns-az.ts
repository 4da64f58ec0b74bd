import type { NameSyntax } from './name-syntax';
import { namesThen, phrasePattern, thenNames, type PhrasePattern } from './pattern';
import { anyKeyword, anyLowerCaseWord, GAP, SPACE } from './regex-kit';

const L = 'az';
const any = (phrases: readonly string[]): string => anyKeyword(phrases, L);
// 'Reuters agentliyinin', 'Report informasiya agentliyi', '"Azadlıq" qəzetinin'.
// Lower case only: 'Turan İnformasiya Agentliyi' is a name, 'agentliyi' a descriptor.
const DESCRIPTOR = `(?<descriptor>${GAP}${anyLowerCaseWord([
  'xəbər agentli*',
  'informasiya agentli*',
  'agentli*',
  'qəzet*',
  'telekanal*',
  'sayt*',
  'portal*',
  'nəşr*',
  'jurnal*',
  'radiosu*',
  'xidməti*',
])})?`;

const REPORT_NOUN = any([
  'verdiyi məlumat*',
  'verdiyi xəbər*',
  'yaydığı məlumat*',
  'yaydığı xəbər*',
  'əldə etdiyi məlumat*',
  'öyrəndiyi*',
  'dərc etdiyi*',
  'yaydığı*',
  'məlumat*',
  'xəbəri*',
  'yazdığı*',
  'bildirdiyi*',
  'hesabatı*',
  'araşdırması*',
]);
const ACCORDING_TO = any(['görə', 'əsasən', 'istinadən']);
const REPORTS = `${any(['xəbər'])}${GAP}${any(['verir', 'verib', 'yayır', 'yayıb'])}`;
const WRITES = any(['yazır', 'bildirir']);
const CITING = any(['istinadən', 'istinadla', 'istinad edərək']);
// 'APA-dan verilən məlumata görə': information given from the outlet (ablative).
const GIVEN_FROM = `${any(['verilən məlumat*', 'alınan məlumat*', 'əldə edilən məlumat*', 'daxil olan məlumat*'])}${GAP}${ACCORDING_TO}`;
// '… Report yayıb', 'APA məlumat verir': the outlet as the subject of a clause-final verb.
// Enclitic particles may stand between the subject and its verb: 'France 24 telekanalı da
// xəbər verib', 'Bloomberg de aktardı'.
const PARTICLE = `(?:${GAP}${anyLowerCaseWord(['də', 'da', 'isə', 'həmçinin', 'artıq', 'bu gün', 'dünən'])})?`;
// 'Bloomberg isə … təxirə salına biləcəyini yazır.': the subject opens the sentence, the verb
// closes it, the reported clause stands between.
const SENTENCE_START = `(?<=^|[.!?…]${SPACE}+|\\n)`;
const CLOSING_VERB = `${any(['yazır', 'xəbər verir', 'xəbər verib', 'məlumat verir', 'məlumat verib', 'bildirir', 'yazıb', 'yayıb'])}(?=${SPACE}*[.!?…])`;
const REPORTED_AT_END = any([
  'məlumat verir',
  'məlumat verib',
  'məlumat yayıb',
  'yayıb',
  'bildirib',
  'yazıb',
]);
const STATEMENT_TO = any([
  'açıqlama*',
  'verdiyi açıqlama*',
  'müsahibə*',
  'verdiyi müsahibə*',
  'danışarkən',
]);
const ON_THIS = any(['bu barədə']);

/** Azerbaijani: the name comes first and carries the case ending (or its descriptor does). */
export function azerbaijaniPatterns(names: NameSyntax): PhrasePattern[] {
  const NAMES = names.list(L);
  return [
    // Reuters agentliyinin verdiyi məlumata görə; APA-nın məlumatına görə; X-in yazdığına görə
    phrasePattern(
      namesThen(NAMES, `${DESCRIPTOR}${GAP}${REPORT_NOUN}${GAP}${ACCORDING_TO}`, ACCORDING_TO),
      {
        language: L,
        namesStand: 'before-phrase',
        confidence: 'strong',
        grammaticalCase: 'genitive',
      }
    ),
    // “Report” xəbər verir; Trend xəbər verir
    phrasePattern(namesThen(NAMES, `${DESCRIPTOR}${PARTICLE}${GAP}${REPORTS}`, REPORTS), {
      language: L,
      namesStand: 'before-phrase',
      confidence: 'strong',
    }),
    // APA yazır; Trend bildirir (people write and state things too: weak)
    phrasePattern(namesThen(NAMES, `${DESCRIPTOR}${PARTICLE}${GAP}${WRITES}`, WRITES), {
      language: L,
      namesStand: 'before-phrase',
      confidence: 'weak',
    }),
    // APA-dan verilən məlumata görə
    phrasePattern(namesThen(NAMES, `${DESCRIPTOR}${GAP}${GIVEN_FROM}`, GIVEN_FROM), {
      language: L,
      namesStand: 'before-phrase',
      confidence: 'strong',
      grammaticalCase: 'ablative',
      requiresCaseEnding: true,
    }),
    phrasePattern(
      {
        source: `${SENTENCE_START}${NAMES}${DESCRIPTOR}${PARTICLE}(?:${GAP}[^\\s.!?…]+){1,12}?${GAP}${CLOSING_VERB}`,
        cue: CLOSING_VERB,
      },
      { language: L, namesStand: 'enclosed', confidence: 'weak' }
    ),
    // Bu barədə APA məlumat verir; … Report yayıb (people report things too: weak)
    phrasePattern(
      namesThen(NAMES, `${DESCRIPTOR}${PARTICLE}${GAP}${REPORTED_AT_END}`, REPORTED_AT_END),
      {
        language: L,
        namesStand: 'before-phrase',
        confidence: 'weak',
      }
    ),
    // Reuters agentliyinə istinadən; APA-ya istinadən
    phrasePattern(namesThen(NAMES, `${DESCRIPTOR}${GAP}${CITING}`, CITING), {
      language: L,
      namesStand: 'before-phrase',
      confidence: 'strong',
      grammaticalCase: 'dative',
    }),
    // APA-ya açıqlamasında; Report-a verdiyi müsahibədə (a statement given to the outlet)
    phrasePattern(namesThen(NAMES, `${DESCRIPTOR}${GAP}${STATEMENT_TO}`, STATEMENT_TO), {
      language: L,
      namesStand: 'before-phrase',
      confidence: 'strong',
      grammaticalCase: 'dative',
      requiresCaseEnding: true,
    }),
    // Bu barədə APA-ya (… bildirib): the outlet was told; people are told things too, so weak
    phrasePattern(thenNames(`${ON_THIS}${GAP}`, `${NAMES}${DESCRIPTOR}`), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
      grammaticalCase: 'dative',
      requiresCaseEnding: true,
    }),
  ];
}
