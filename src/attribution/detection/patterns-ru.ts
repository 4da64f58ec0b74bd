import type { NameSyntax } from './name-syntax';
import { namesThen, phrasePattern, thenNames, type PhrasePattern } from './pattern';
import { anyKeyword, GAP, LETTERS, WORD_START } from './regex-kit';

const L = 'ru';
const any = (phrases: readonly string[]): string => anyKeyword(phrases, L);
// Case-insensitive: a sentence may open with 'Агентство Reuters сообщает'.
const OUTLET_NOUN = any([
  'информационн* агентств*',
  'информагентств*',
  'агентств*',
  'интернет-издани*',
  'издани*',
  'газет*',
  'телеканал*',
  'канал*',
  'портал*',
  'сайт*',
  'радиостанци*',
  'журнал*',
  'СМИ',
  'ИА',
]);
// 'агентство Рейтер', 'британская газета The Guardian': up to two lower-case adjectives first.
const ADJECTIVE = `${WORD_START}\\p{Ll}${LETTERS}${GAP}`;
const DESCRIPTOR_BEFORE = `(?:(?:${ADJECTIVE}){0,2}?(?<descriptor>${OUTLET_NOUN})${GAP})`;

// Present tense, or neuter past ('сообщило' fits an agency, not a person).
const REPORTS = `${any([
  'сообщает',
  'сообщают',
  'передает',
  'передаёт',
  'пишет',
  'пишут',
  'информирует',
  'сообщило',
  'передало',
  'написало',
])}${GAP}`;
// 'сообщил Песков' is a person speaking: masculine/feminine past tense is weak.
const SAID = `${any([
  'сообщил',
  'сообщила',
  'передал',
  'передала',
  'написал',
  'написала',
  'уточняет',
  'отмечает',
  'заявил',
  'заявила',
  'рассказал',
  'рассказала',
])}${GAP}`;
const ACCORDING_TO = `${any([
  'по данным',
  'по информации',
  'по сведениям',
  'по сообщению',
  'по сообщениям',
  'по подсчетам',
  'по подсчётам',
  'согласно данным',
  'согласно информации',
  'согласно сообщению',
  'как стало известно',
  'стало известно',
])}${GAP}`;
const CITING = `${any(['со ссылкой на', 'ссылаясь на'])}${GAP}`;
const TO_CORRESPONDENT = `${any(['корреспонденту', 'корреспонденту агентства', 'журналисту'])}${GAP}`;
const INTERVIEW = `${any(['в интервью', 'в беседе с', 'в комментарии'])}${GAP}`;
const REPORTS_AFTER = any(['сообщает', 'сообщило', 'пишет', 'передает', 'передаёт', 'информирует']);
// After an outlet noun: 'Телеканал NHK показал кадры', 'издание «Медуза» выяснило'.
const SHOWED_AFTER = any([
  'показал',
  'показало',
  'показала',
  'опубликовал',
  'опубликовало',
  'опубликовала',
  'выяснил',
  'выяснило',
  'выяснила',
  'узнал',
  'узнало',
  'узнала',
  'сообщил',
  'сообщила',
  'передал',
  'передала',
  'написал',
  'написала',
]);

/** Russian: the name usually follows the verb; oblique cases are normalised by the cleanup. */
export function russianPatterns(names: NameSyntax): PhrasePattern[] {
  const NAMES = names.list(L);
  const DESCRIBED_NAMES = `${DESCRIPTOR_BEFORE}?${NAMES}`;
  return [
    // как сообщает ТАСС; передаёт РИА Новости; пишет «Коммерсантъ»; сообщило агентство Рейтер
    phrasePattern(thenNames(REPORTS, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'strong',
    }),
    phrasePattern(thenNames(SAID, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
    }),
    // по данным «Интерфакса»; по информации Reuters; согласно данным агентства Bloomberg.
    // 'по данным Минздрава / Росстата / Белого дома': offices far outnumber outlets here, so an
    // unquoted unknown name needs an outlet noun or an outlet's look (titles stand in quotes).
    phrasePattern(thenNames(ACCORDING_TO, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
      quotedPasses: true,
    }),
    // со ссылкой на Bloomberg
    phrasePattern(thenNames(CITING, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'strong',
    }),
    // рассказал корреспонденту ТАСС
    phrasePattern(thenNames(TO_CORRESPONDENT, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'strong',
    }),
    // в интервью CNN; в беседе с «Известиями» (also said of people: weak)
    phrasePattern(thenNames(INTERVIEW, DESCRIBED_NAMES), {
      language: L,
      namesStand: 'after-phrase',
      confidence: 'weak',
    }),
    // Агентство Reuters сообщает …
    phrasePattern(
      namesThen(`${DESCRIPTOR_BEFORE}${NAMES}`, `${GAP}${REPORTS_AFTER}`, REPORTS_AFTER),
      {
        language: L,
        namesStand: 'before-phrase',
        confidence: 'strong',
      }
    ),
    phrasePattern(
      namesThen(`${DESCRIPTOR_BEFORE}${NAMES}`, `${GAP}${SHOWED_AFTER}`, SHOWED_AFTER),
      {
        language: L,
        namesStand: 'before-phrase',
        confidence: 'strong',
      }
    ),
    // ТАСС сообщает … (without a descriptor anybody could be the subject: weak)
    phrasePattern(namesThen(NAMES, `${GAP}${REPORTS_AFTER}`, REPORTS_AFTER), {
      language: L,
      namesStand: 'before-phrase',
      confidence: 'weak',
    }),
  ];
}
