/*
 * Benchmark articles, generated: an English original and its Azerbaijani and Russian
 * translations, each ~3 KB of body text whose first paragraph credits an agency with a phrase
 * the attribution hooks detect (some articles credit a second agency further down). Article
 * `n` depends only on `n` and the seed, so any one of them can be rebuilt on its own.
 */
import { paragraphsToBlocks, slugify, type ParagraphBlock } from '../../src/attribution';
import { pickOne, randomInt, seededRandom, type Random } from './random';

export const BENCH_LOCALES = ['en', 'az', 'ru'] as const;
export type BenchLocale = (typeof BENCH_LOCALES)[number];

/** How long a body is aimed to be, in characters of text. */
export const BODY_CHARACTERS = 3000;

/** A sentence around `clause` that credits the agency, in each language. */
type Credit = Record<BenchLocale, (clause: string) => string>;

const before = (phrase: string) => (clause: string) => `${phrase}, ${clause}.`;
const after = (locale: BenchLocale, phrase: string) => (clause: string) =>
  `${capitalize(clause, locale)}, ${phrase}.`;

/** Agencies with phrases the detector recognises (see tests/unit/bench/seed-data.test.ts). */
export const AGENCIES: readonly { name: string; credit: Credit }[] = [
  {
    name: 'Reuters',
    credit: {
      en: (clause) => `LONDON, Nov 24 (Reuters) - ${capitalize(clause, 'en')}.`,
      az: before('Reuters agentliyinin verdiyi məlumata görə'),
      ru: before('Как сообщает Reuters'),
    },
  },
  {
    name: 'Associated Press',
    credit: {
      en: before('According to the Associated Press'),
      az: before('Associated Press agentliyinin məlumatına görə'),
      ru: before('Как сообщает Associated Press'),
    },
  },
  {
    name: 'Agence France-Presse',
    credit: {
      en: after('en', 'Agence France-Presse reported'),
      az: before('AFP-nin məlumatına görə'),
      ru: before('По данным AFP'),
    },
  },
  {
    name: 'TASS',
    credit: {
      en: after('en', 'TASS reported'),
      az: before('TASS-ın məlumatına görə'),
      ru: before('Как сообщает ТАСС'),
    },
  },
  {
    name: 'Interfax',
    credit: {
      en: before('According to Interfax'),
      az: before('İnterfaks agentliyinin məlumatına görə'),
      ru: before('По данным «Интерфакса»'),
    },
  },
  {
    name: 'APA',
    credit: {
      en: after('en', 'APA reported'),
      az: before('APA-nın məlumatına görə'),
      ru: before('Как сообщает APA'),
    },
  },
  {
    name: 'Trend',
    credit: {
      en: before('According to Trend'),
      az: after('az', 'Trend xəbər verir'),
      ru: before('По данным Trend'),
    },
  },
  {
    name: 'Report',
    credit: {
      en: after('en', 'Report reported'),
      az: after('az', '“Report” xəbər verir'),
      ru: before('Как сообщает Report'),
    },
  },
  {
    name: 'Anadolu Agency',
    credit: {
      en: after('en', 'Anadolu Agency reported'),
      az: before('Anadolu Agentliyinin məlumatına görə'),
      ru: before('Как сообщает агентство Анадолу'),
    },
  },
  {
    name: 'BBC',
    credit: {
      en: before('According to the BBC'),
      az: before('BBC-nin məlumatına görə'),
      ru: before('Как сообщает Би-би-си'),
    },
  },
  {
    name: 'Bloomberg',
    credit: {
      en: after('en', 'Bloomberg reported'),
      az: after('az', 'Bloomberg yazır'),
      ru: before('По данным Bloomberg'),
    },
  },
  {
    name: 'Deutsche Welle',
    credit: {
      en: before('According to Deutsche Welle'),
      az: before('Deutsche Welle-nin məlumatına görə'),
      ru: before('Как сообщает Deutsche Welle'),
    },
  },
];

/** Site sections, one document each, localized. */
export const SECTIONS: readonly Record<BenchLocale, string>[] = [
  { en: 'News', az: 'Xəbərlər', ru: 'Новости' },
  { en: 'World', az: 'Dünya', ru: 'Мир' },
  { en: 'Economy', az: 'İqtisadiyyat', ru: 'Экономика' },
  { en: 'Politics', az: 'Siyasət', ru: 'Политика' },
  { en: 'Sport', az: 'İdman', ru: 'Спорт' },
  { en: 'Science', az: 'Elm', ru: 'Наука' },
  { en: 'Culture', az: 'Mədəniyyət', ru: 'Культура' },
  { en: 'Business', az: 'Biznes', ru: 'Бизнес' },
];

const DATELINES: readonly Record<BenchLocale, string>[] = [
  { en: 'LONDON', az: 'London', ru: 'Лондон' },
  { en: 'BAKU', az: 'Bakı', ru: 'Баку' },
  { en: 'MOSCOW', az: 'Moskva', ru: 'Москва' },
  { en: 'ANKARA', az: 'Ankara', ru: 'Анкара' },
  { en: 'WASHINGTON', az: 'Vaşinqton', ru: 'Вашингтон' },
  { en: 'BRUSSELS', az: 'Brüssel', ru: 'Брюссель' },
];

// Plain filler words: no verbs of saying, so nothing but the credit reads as an attribution.
const WORDS: Record<BenchLocale, { subjects: string[]; verbs: string[]; objects: string[] }> = {
  en: {
    subjects: [
      'ministers',
      'the committee',
      'regional officials',
      'the central bank',
      'farmers',
      'engineers',
      'the delegation',
      'local councils',
      'exporters',
      'the new cabinet',
    ],
    verbs: [
      'discussed',
      'approved',
      'reviewed',
      'postponed',
      'expanded',
      'examined',
      'finalised',
      'questioned',
      'welcomed',
      'prepared',
    ],
    objects: [
      'the energy budget',
      'a new rail corridor',
      'grain shipments',
      'the water programme',
      'border crossings',
      'interest rates',
      'the harvest plan',
      'school repairs',
      'the gas pipeline',
      'port tariffs',
    ],
  },
  az: {
    subjects: [
      'nazirlər',
      'komitə',
      'regional rəsmilər',
      'mərkəzi bank',
      'fermerlər',
      'mühəndislər',
      'nümayəndə heyəti',
      'yerli şuralar',
      'ixracatçılar',
      'yeni kabinet',
    ],
    verbs: [
      'müzakirə edib',
      'təsdiqləyib',
      'nəzərdən keçirib',
      'təxirə salıb',
      'genişləndirib',
      'araşdırıb',
      'yekunlaşdırıb',
      'dəstəkləyib',
      'alqışlayıb',
      'hazırlayıb',
    ],
    objects: [
      'enerji büdcəsini',
      'yeni dəmir yolu dəhlizini',
      'taxıl daşımalarını',
      'su proqramını',
      'sərhəd keçidlərini',
      'faiz dərəcələrini',
      'məhsul planını',
      'məktəb təmirini',
      'qaz kəmərini',
      'liman tariflərini',
    ],
  },
  ru: {
    subjects: [
      'министры',
      'комитет',
      'региональные чиновники',
      'центральный банк',
      'фермеры',
      'инженеры',
      'делегация',
      'местные советы',
      'экспортёры',
      'новый кабинет',
    ],
    verbs: [
      'обсудили',
      'одобрили',
      'рассмотрели',
      'отложили',
      'расширили',
      'изучили',
      'завершили',
      'поддержали',
      'приветствовали',
      'подготовили',
    ],
    objects: [
      'энергетический бюджет',
      'новый железнодорожный коридор',
      'поставки зерна',
      'водную программу',
      'пограничные переходы',
      'процентные ставки',
      'план уборки',
      'ремонт школ',
      'газопровод',
      'портовые тарифы',
    ],
  },
};

const TIME_WORDS: Record<BenchLocale, string[]> = {
  en: ['on Monday', 'on Tuesday', 'this week', 'in the spring', 'last month', 'after long talks'],
  az: [
    'bazar ertəsi',
    'çərşənbə axşamı',
    'bu həftə',
    'yazda',
    'keçən ay',
    'uzun danışıqlardan sonra',
  ],
  ru: [
    'в понедельник',
    'во вторник',
    'на этой неделе',
    'весной',
    'в прошлом месяце',
    'после долгих переговоров',
  ],
};

const TITLE_PREFIX: Record<BenchLocale, string> = {
  en: 'Bulletin',
  az: 'Bülleten',
  ru: 'Бюллетень',
};

export interface ArticleVersionSpec {
  locale: BenchLocale;
  title: string;
  slug: string;
  lead: string;
  dateline: string;
  body: ParagraphBlock[];
}

export interface ArticleSpec {
  index: number;
  /** Index into SECTIONS. */
  section: number;
  /** Canonical Source names credited, in order of appearance. */
  agencies: string[];
  originalLanguage: 'en';
  originalPublishedAt: Date;
  /** When the English original was created; translations follow a few minutes later. */
  createdAt: Date;
  /** English first: the order the document service creates them in. */
  versions: ArticleVersionSpec[];
}

export interface GenerateOptions {
  seed?: number;
  /** Appended to titles (and so slugs) to make a twin of an article, e.g. ' (twin)'. */
  titleSuffix?: string;
  /** The newest article's creation time; older ones go back ten minutes each. */
  newest?: Date;
}

const DEFAULT_NEWEST = new Date('2025-11-24T12:00:00.000Z');

/** Article number `index` (0-based), the same for the same seed. */
export function generateArticle(index: number, options: GenerateOptions = {}): ArticleSpec {
  const seed = options.seed ?? 20251124;
  const random = seededRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const section = randomInt(random, 0, SECTIONS.length - 1);
  const first = pickOne(random, AGENCIES);
  const second = random() < 0.3 ? pickOne(random, AGENCIES) : null;
  const agencies = second && second.name !== first.name ? [first, second] : [first];
  const dateline = pickOne(random, DATELINES);
  const headlineClause = clauseSeed(random);
  const newest = options.newest ?? DEFAULT_NEWEST;
  const createdAt = new Date(newest.getTime() - index * 600_000);

  const versions = BENCH_LOCALES.map((locale): ArticleVersionSpec => {
    // Each language draws from its own stream, so all three tell "the same" story.
    const text = seededRandom(
      (seed ^ Math.imul(index + 1, 0x85ebca6b) ^ locale.charCodeAt(0)) >>> 0
    );
    const headline = capitalize(clause(locale, headlineClause), locale);
    const title = `${headline}: ${TITLE_PREFIX[locale]} ${index + 1}${options.titleSuffix ?? ''}`;
    const paragraphs: string[] = [];
    const opening = agencies[0].credit[locale](clause(locale, clauseSeed(text)));
    paragraphs.push(`${opening} ${sentences(locale, text, 2)}`);
    let length = paragraphs[0].length;
    while (length < BODY_CHARACTERS) {
      let paragraph = sentences(locale, text, randomInt(text, 3, 5));
      if (paragraphs.length === 3 && agencies[1]) {
        paragraph = `${agencies[1].credit[locale](clause(locale, clauseSeed(text)))} ${paragraph}`;
      }
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    return {
      locale,
      title,
      slug: slugify(title, locale),
      lead: sentences(locale, text, 1),
      dateline: dateline[locale],
      body: paragraphsToBlocks(paragraphs),
    };
  });

  return {
    index,
    section,
    agencies: agencies.map((agency) => agency.name),
    originalLanguage: 'en',
    originalPublishedAt: new Date(createdAt.getTime() - 3_600_000),
    createdAt,
    versions,
  };
}

interface ClauseSeed {
  subject: number;
  verb: number;
  object: number;
  time: number;
}

function clauseSeed(random: Random): ClauseSeed {
  return {
    subject: randomInt(random, 0, 9),
    verb: randomInt(random, 0, 9),
    object: randomInt(random, 0, 9),
    time: randomInt(random, 0, TIME_WORDS.en.length - 1),
  };
}

/** One clause in the language's usual order (az: subject, time, object, verb). */
function clause(locale: BenchLocale, parts: ClauseSeed): string {
  const words = WORDS[locale];
  const subject = words.subjects[parts.subject];
  const verb = words.verbs[parts.verb];
  const object = words.objects[parts.object];
  const time = TIME_WORDS[locale][parts.time];
  return locale === 'az'
    ? `${subject} ${time} ${object} ${verb}`
    : `${subject} ${verb} ${object} ${time}`;
}

function sentences(locale: BenchLocale, random: Random, count: number): string {
  const result: string[] = [];
  for (let i = 0; i < count; i += 1) {
    result.push(`${capitalize(clause(locale, clauseSeed(random)), locale)}.`);
  }
  return result.join(' ');
}

function capitalize(text: string, locale: BenchLocale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
