import type { NameSyntax } from './name-syntax';
import { namesThen, phrasePattern, type PhrasePattern } from './pattern';
import { anyKeyword, anyLowerCaseWord, GAP, SPACE } from './regex-kit';

const L = 'tr';
const any = (phrases: readonly string[]): string => anyKeyword(phrases, L);
// Lower case only: 'Anadolu Ajansı' is a name, 'haber ajansının' a descriptor.
const DESCRIPTOR = `(?<descriptor>${GAP}${anyLowerCaseWord([
  'haber ajans*',
  'ajans*',
  'gazete*',
  'televizyon*',
  'kanal*',
  'internet site*',
  'site*',
  'dergi*',
  'radyo*',
  'muhabir*',
])})?`;

const ACCORDING_TO = any(['göre']);
const REPORT_NOUN = any([
  'haber*',
  'aktardığı*',
  'bildirdiği*',
  'yazdığı*',
  'verdiği habere',
  'verdiği bilgiye',
  'verdiği bilgilere',
  'edindiği bilgi*',
  'ulaştığı bilgi*',
  'elde ettiği bilgi*',
  'öğrendiği*',
  'duyurduğu*',
  'yayımladığı haber*',
  'yayınladığı haber*',
  'geçtiği haber*',
]);
// '… olduğunu Anadolu Ajansı duyurdu': the outlet as the subject of a clause-final verb.
// Enclitic particles may stand between the subject and its verb: 'France 24 telekanalı da
// xəbər verib', 'Bloomberg de aktardı'.
const PARTICLE = `(?:${GAP}${anyLowerCaseWord(['de', 'da', 'ise', 'ayrıca', 'bugün', 'dün'])})?`;
// 'Bloomberg isə … təxirə salına biləcəyini yazır.': the subject opens the sentence, the verb
// closes it, the reported clause stands between.
const SENTENCE_START = `(?<=^|[.!?…]${SPACE}+|\\n)`;
const CLOSING_VERB = `${any(['yazdı', 'yazıyor', 'duyurdu', 'bildirdi', 'aktardı', 'haber verdi', 'bildiriyor', 'aktarıyor'])}(?=${SPACE}*[.!?…])`;
const REPORTED_AT_END = any([
  'duyurdu',
  'bildirdi',
  'aktardı',
  'yazdı',
  'haber verdi',
  'haberini verdi',
  'duyuruyor',
  'bildiriyor',
  'aktarıyor',
  'yazıyor',
  'haberine göre',
]);
const IN_REPORT = any(['haberinde', 'haberlerinde', 'sitesinde yer alan haberde']);
const SPEAKING_TO = any([
  'konuşan',
  'konuştu',
  'açıklama yapan',
  'demeç veren',
  'yaptığı açıklamada',
  'verdiği röportajda',
  'verdiği demeçte',
]);
const INFORMATION_FROM = `${any(['edinilen bilgi*', 'alınan bilgi*'])}${GAP}${ACCORDING_TO}`;

/** Turkish: the name comes first, its case ending after an apostrophe (or on the descriptor). */
export function turkishPatterns(names: NameSyntax): PhrasePattern[] {
  const NAMES = names.list(L);
  return [
    // Anadolu Ajansı'nın haberine göre; AA'nın aktardığına göre; X'in bildirdiğine göre
    phrasePattern(
      namesThen(NAMES, `${DESCRIPTOR}${GAP}${REPORT_NOUN}${GAP}${ACCORDING_TO}`, ACCORDING_TO),
      {
        language: L,
        namesStand: 'before-phrase',
        confidence: 'strong',
        grammaticalCase: 'genitive',
      }
    ),
    // Reuters'ın haberinde; CNN'in sitesinde yer alan haberde
    phrasePattern(namesThen(NAMES, `${DESCRIPTOR}${GAP}${IN_REPORT}`, IN_REPORT), {
      language: L,
      namesStand: 'before-phrase',
      confidence: 'strong',
      grammaticalCase: 'genitive',
    }),
    // Reuters'a göre (also "Erdoğan'a göre", an opinion: weak)
    phrasePattern(namesThen(NAMES, `${DESCRIPTOR}${GAP}${ACCORDING_TO}`, ACCORDING_TO), {
      language: L,
      namesStand: 'before-phrase',
      confidence: 'weak',
      grammaticalCase: 'dative',
      requiresCaseEnding: true,
    }),
    // Reuters'a konuşan yetkili; AA muhabirine açıklama yapan; Reuters'a yaptığı açıklamada.
    // Decision: an interview given to an outlet is that outlet's reporting, like 'told Reuters'.
    phrasePattern(namesThen(NAMES, `${DESCRIPTOR}${GAP}${SPEAKING_TO}`, SPEAKING_TO), {
      language: L,
      namesStand: 'before-phrase',
      confidence: 'strong',
      grammaticalCase: 'dative',
      requiresCaseEnding: true,
    }),
    phrasePattern(
      {
        source: `${SENTENCE_START}${NAMES}${DESCRIPTOR}${PARTICLE}(?:${GAP}[^\\s.!?…]+){1,12}?${GAP}${CLOSING_VERB}`,
        cue: CLOSING_VERB,
      },
      { language: L, namesStand: 'enclosed', confidence: 'weak' }
    ),
    // … Anadolu Ajansı duyurdu; … Hürriyet gazetesi yazdı (people announce things too: weak)
    phrasePattern(
      namesThen(NAMES, `${DESCRIPTOR}${PARTICLE}${GAP}${REPORTED_AT_END}`, REPORTED_AT_END),
      {
        language: L,
        namesStand: 'before-phrase',
        confidence: 'weak',
      }
    ),
    // Reuters'tan edinilen bilgiye göre
    phrasePattern(namesThen(NAMES, `${DESCRIPTOR}${GAP}${INFORMATION_FROM}`, INFORMATION_FROM), {
      language: L,
      namesStand: 'before-phrase',
      confidence: 'strong',
      grammaticalCase: 'ablative',
      requiresCaseEnding: true,
    }),
  ];
}
