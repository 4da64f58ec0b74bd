/*
 * Articles for the search benchmark: news briefs in Azerbaijani (every article), each also
 * translated into one of English, Russian or Turkish, with vocabulary that behaves like news
 * text for a full-text index. An article is about one topic (most of its content words come
 * from that topic's list), names a few people and places drawn by a Zipf law (a few are in
 * most of the news, most are rare), and mentions a couple of made-up proper names (companies,
 * villages) that occur in only a handful of articles: the long tail of a real vocabulary.
 * So a topic word matches a few thousand articles, a popular name thousands, a rare name a
 * few, and the posting lists of the GIN index have the spread of real ones. The first
 * sentence credits an agency with a phrase the attribution hooks detect (see
 * tests/unit/bench/search-corpus.test.ts), since an article cannot be published without a
 * source. Article `n` depends only on `n` and the seed.
 */
import { paragraphsToBlocks, slugify } from '../../src/attribution';
import { pickOne, randomInt, seededRandom, zipfSampler, type Random } from './random';
import type { SeedArticle, SeedVersion } from './seed-rows';

export const SEARCH_LOCALES = ['az', 'en', 'ru', 'tr'] as const;
export type SearchLocale = (typeof SEARCH_LOCALES)[number];
const TRANSLATED: readonly SearchLocale[] = ['en', 'ru', 'tr'];

/** Body length aimed at, in characters: a news brief. */
export const SEARCH_BODY_CHARACTERS = 2400;

type Localized<T> = Record<SearchLocale, T>;

/** Agencies, with a crediting clause in each language the detector recognises. */
export const SEARCH_AGENCIES: readonly { name: string; credit: Localized<string> }[] = [
  {
    name: 'Reuters',
    credit: {
      az: 'Reuters agentliyinin verdiyi məlumata görə',
      en: 'According to Reuters',
      ru: 'Как сообщает Reuters',
      tr: "Reuters'ın haberine göre",
    },
  },
  {
    name: 'Anadolu Agency',
    credit: {
      az: 'Anadolu Agentliyinin məlumatına görə',
      en: 'According to Anadolu Agency',
      ru: 'Как сообщает агентство Анадолу',
      tr: 'Anadolu Ajansının haberine göre',
    },
  },
  {
    name: 'APA',
    credit: {
      az: 'APA-nın məlumatına görə',
      en: 'According to APA',
      ru: 'Как сообщает APA',
      tr: "APA'nın haberine göre",
    },
  },
  {
    name: 'Trend',
    credit: {
      az: 'Trend agentliyinin məlumatına görə',
      en: 'According to Trend',
      ru: 'По данным Trend',
      tr: "Trend'in haberine göre",
    },
  },
  {
    name: 'TASS',
    credit: {
      az: 'TASS-ın məlumatına görə',
      en: 'According to TASS',
      ru: 'Как сообщает ТАСС',
      tr: "TASS'ın haberine göre",
    },
  },
  {
    name: 'BBC',
    credit: {
      az: 'BBC-nin məlumatına görə',
      en: 'According to the BBC',
      ru: 'Как сообщает Би-би-си',
      tr: "BBC'nin haberine göre",
    },
  },
];

/** Sections (one localized document each). */
export const SEARCH_SECTIONS: readonly Localized<string>[] = [
  { az: 'Siyasət', en: 'Politics', ru: 'Политика', tr: 'Siyaset' },
  { az: 'İqtisadiyyat', en: 'Economy', ru: 'Экономика', tr: 'Ekonomi' },
  { az: 'Dünya', en: 'World', ru: 'Мир', tr: 'Dünya' },
  { az: 'İdman', en: 'Sport', ru: 'Спорт', tr: 'Spor' },
  { az: 'Mədəniyyət', en: 'Culture', ru: 'Культура', tr: 'Kültür' },
  { az: 'Cəmiyyət', en: 'Society', ru: 'Общество', tr: 'Toplum' },
];

/** People in the news, most frequent first (drawn by Zipf). */
const PEOPLE: readonly Localized<string>[] = [
  { az: 'İlham Əliyev', en: 'Ilham Aliyev', ru: 'Ильхам Алиев', tr: 'İlham Aliyev' },
  {
    az: 'Rəcəb Tayyib Ərdoğan',
    en: 'Recep Tayyip Erdogan',
    ru: 'Реджеп Тайип Эрдоган',
    tr: 'Recep Tayyip Erdoğan',
  },
  { az: 'Ceyhun Bayramov', en: 'Jeyhun Bayramov', ru: 'Джейхун Байрамов', tr: 'Ceyhun Bayramov' },
  { az: 'Əli Əsədov', en: 'Ali Asadov', ru: 'Али Асадов', tr: 'Ali Esedov' },
  { az: 'Hakan Fidan', en: 'Hakan Fidan', ru: 'Хакан Фидан', tr: 'Hakan Fidan' },
  { az: 'Mehriban Əliyeva', en: 'Mehriban Aliyeva', ru: 'Мехрибан Алиева', tr: 'Mehriban Aliyeva' },
  { az: 'Sergey Lavrov', en: 'Sergei Lavrov', ru: 'Сергей Лавров', tr: 'Sergey Lavrov' },
  { az: 'Mikayıl Cabbarov', en: 'Mikayil Jabbarov', ru: 'Микаил Джаббаров', tr: 'Mikail Cabbarov' },
  { az: 'Pərviz Şahbazov', en: 'Parviz Shahbazov', ru: 'Парвиз Шахбазов', tr: 'Perviz Şahbazov' },
  { az: 'Emin Əmrullayev', en: 'Emin Amrullayev', ru: 'Эмин Амруллаев', tr: 'Emin Amrullayev' },
  { az: 'Fərid Qayıbov', en: 'Farid Gayibov', ru: 'Фарид Гаибов', tr: 'Ferid Gayıbov' },
  { az: 'Anar Kərimov', en: 'Anar Karimov', ru: 'Анар Керимов', tr: 'Anar Kerimov' },
  { az: 'Səbinə Əliyeva', en: 'Sabina Aliyeva', ru: 'Сабина Алиева', tr: 'Sebine Aliyeva' },
  { az: 'Kamran Əliyev', en: 'Kamran Aliyev', ru: 'Камран Алиев', tr: 'Kamran Aliyev' },
  {
    az: 'Elşad İsgəndərov',
    en: 'Elshad Iskandarov',
    ru: 'Эльшад Искендеров',
    tr: 'Elşad İskenderov',
  },
  { az: 'Mehmet Şimşek', en: 'Mehmet Simsek', ru: 'Мехмет Шимшек', tr: 'Mehmet Şimşek' },
];

/** Places: the name and "in <place>", most frequent first. */
const PLACES: readonly Localized<[string, string]>[] = [
  {
    az: ['Bakı', 'Bakıda'],
    en: ['Baku', 'in Baku'],
    ru: ['Баку', 'в Баку'],
    tr: ['Bakü', "Bakü'de"],
  },
  {
    az: ['İstanbul', 'İstanbulda'],
    en: ['Istanbul', 'in Istanbul'],
    ru: ['Стамбул', 'в Стамбуле'],
    tr: ['İstanbul', "İstanbul'da"],
  },
  {
    az: ['Ankara', 'Ankarada'],
    en: ['Ankara', 'in Ankara'],
    ru: ['Анкара', 'в Анкаре'],
    tr: ['Ankara', "Ankara'da"],
  },
  {
    az: ['Gəncə', 'Gəncədə'],
    en: ['Ganja', 'in Ganja'],
    ru: ['Гянджа', 'в Гяндже'],
    tr: ['Gence', "Gence'de"],
  },
  {
    az: ['Şuşa', 'Şuşada'],
    en: ['Shusha', 'in Shusha'],
    ru: ['Шуша', 'в Шуше'],
    tr: ['Şuşa', "Şuşa'da"],
  },
  {
    az: ['Moskva', 'Moskvada'],
    en: ['Moscow', 'in Moscow'],
    ru: ['Москва', 'в Москве'],
    tr: ['Moskova', "Moskova'da"],
  },
  {
    az: ['Sumqayıt', 'Sumqayıtda'],
    en: ['Sumgait', 'in Sumgait'],
    ru: ['Сумгаит', 'в Сумгаите'],
    tr: ['Sumgayıt', "Sumgayıt'ta"],
  },
  {
    az: ['Naxçıvan', 'Naxçıvanda'],
    en: ['Nakhchivan', 'in Nakhchivan'],
    ru: ['Нахчыван', 'в Нахчыване'],
    tr: ['Nahçıvan', "Nahçıvan'da"],
  },
  {
    az: ['Tbilisi', 'Tbilisidə'],
    en: ['Tbilisi', 'in Tbilisi'],
    ru: ['Тбилиси', 'в Тбилиси'],
    tr: ['Tiflis', "Tiflis'te"],
  },
  {
    az: ['İzmir', 'İzmirdə'],
    en: ['Izmir', 'in Izmir'],
    ru: ['Измир', 'в Измире'],
    tr: ['İzmir', "İzmir'de"],
  },
  {
    az: ['Lənkəran', 'Lənkəranda'],
    en: ['Lankaran', 'in Lankaran'],
    ru: ['Ленкорань', 'в Ленкорани'],
    tr: ['Lenkeran', "Lenkeran'da"],
  },
  {
    az: ['Brüssel', 'Brüsseldə'],
    en: ['Brussels', 'in Brussels'],
    ru: ['Брюссель', 'в Брюсселе'],
    tr: ['Brüksel', "Brüksel'de"],
  },
  {
    az: ['Şəki', 'Şəkidə'],
    en: ['Shaki', 'in Shaki'],
    ru: ['Шеки', 'в Шеки'],
    tr: ['Şeki', "Şeki'de"],
  },
  {
    az: ['Xankəndi', 'Xankəndidə'],
    en: ['Khankendi', 'in Khankendi'],
    ru: ['Ханкенди', 'в Ханкенди'],
    tr: ['Hankendi', "Hankendi'de"],
  },
  {
    az: ['Astana', 'Astanada'],
    en: ['Astana', 'in Astana'],
    ru: ['Астана', 'в Астане'],
    tr: ['Astana', "Astana'da"],
  },
  {
    az: ['Quba', 'Qubada'],
    en: ['Guba', 'in Guba'],
    ru: ['Губа', 'в Губе'],
    tr: ['Kuba', "Kuba'da"],
  },
  {
    az: ['Mingəçevir', 'Mingəçevirdə'],
    en: ['Mingachevir', 'in Mingachevir'],
    ru: ['Мингечевир', 'в Мингечевире'],
    tr: ['Mingeçevir', "Mingeçevir'de"],
  },
  {
    az: ['Vaşinqton', 'Vaşinqtonda'],
    en: ['Washington', 'in Washington'],
    ru: ['Вашингтон', 'в Вашингтоне'],
    tr: ['Vaşington', "Vaşington'da"],
  },
];

interface Topic {
  section: number;
  /** Noun phrases as objects of a verb (accusative where the language marks it). */
  objects: Localized<string[]>;
}

/** Topics, most frequent first; each has its section and its own vocabulary. */
const TOPICS: readonly Topic[] = [
  {
    section: 1,
    objects: {
      az: [
        'neft hasilatını',
        'qaz ixracını',
        'dövlət büdcəsini',
        'inflyasiya proqnozunu',
        'manatın məzənnəsini',
        'vergi islahatını',
      ],
      en: [
        'oil output',
        'gas exports',
        'the state budget',
        'the inflation forecast',
        'the manat exchange rate',
        'the tax reform',
      ],
      ru: [
        'добычу нефти',
        'экспорт газа',
        'государственный бюджет',
        'прогноз инфляции',
        'курс маната',
        'налоговую реформу',
      ],
      tr: [
        'petrol üretimini',
        'gaz ihracatını',
        'devlet bütçesini',
        'enflasyon tahminini',
        'manat kurunu',
        'vergi reformunu',
      ],
    },
  },
  {
    section: 0,
    objects: {
      az: [
        'sülh sazişini',
        'sərhəd delimitasiyasını',
        'parlament seçkilərini',
        'konstitusiya dəyişikliklərini',
        'nazirlər kabinetinin tərkibini',
      ],
      en: [
        'the peace agreement',
        'border delimitation',
        'the parliamentary elections',
        'constitutional amendments',
        'the cabinet line-up',
      ],
      ru: [
        'мирное соглашение',
        'делимитацию границы',
        'парламентские выборы',
        'конституционные поправки',
        'состав кабинета министров',
      ],
      tr: [
        'barış anlaşmasını',
        'sınır belirlemesini',
        'milletvekili seçimlerini',
        'anayasa değişikliklerini',
        'bakanlar kurulunun yapısını',
      ],
    },
  },
  {
    section: 2,
    objects: {
      az: [
        'NATO sammitini',
        'Avropa İttifaqının sanksiyalarını',
        'BMT qətnaməsini',
        'iqlim konfransını',
        'humanitar yardımı',
      ],
      en: [
        'the NATO summit',
        'European Union sanctions',
        'the UN resolution',
        'the climate conference',
        'humanitarian aid',
      ],
      ru: [
        'саммит НАТО',
        'санкции Евросоюза',
        'резолюцию ООН',
        'климатическую конференцию',
        'гуманитарную помощь',
      ],
      tr: [
        'NATO zirvesini',
        'Avrupa Birliği yaptırımlarını',
        'BM kararını',
        'iklim konferansını',
        'insani yardımı',
      ],
    },
  },
  {
    section: 1,
    objects: {
      az: [
        'dəmir yolu dəhlizini',
        'Orta Dəhlizi',
        'liman tariflərini',
        'yük daşımalarını',
        'avtomobil yolunun tikintisini',
      ],
      en: [
        'the railway corridor',
        'the Middle Corridor',
        'port tariffs',
        'freight traffic',
        'the motorway construction',
      ],
      ru: [
        'железнодорожный коридор',
        'Средний коридор',
        'портовые тарифы',
        'грузоперевозки',
        'строительство автодороги',
      ],
      tr: [
        'demiryolu koridorunu',
        'Orta Koridoru',
        'liman tarifelerini',
        'yük taşımacılığını',
        'otoyol inşaatını',
      ],
    },
  },
  {
    section: 3,
    objects: {
      az: [
        'futbol çempionatını',
        'Qarabağ klubunun oyununu',
        'Formula 1 yarışını',
        'şahmat turnirini',
        'güləş yarışını',
      ],
      en: [
        'the football championship',
        'the Qarabag match',
        'the Formula 1 race',
        'the chess tournament',
        'the wrestling championship',
      ],
      ru: [
        'чемпионат по футболу',
        'матч «Карабаха»',
        'гонку Формулы-1',
        'шахматный турнир',
        'турнир по борьбе',
      ],
      tr: [
        'futbol şampiyonasını',
        'Karabağ maçını',
        'Formula 1 yarışını',
        'satranç turnuvasını',
        'güreş şampiyonasını',
      ],
    },
  },
  {
    section: 4,
    objects: {
      az: [
        'muğam festivalını',
        'teatr tamaşasını',
        'kitab sərgisini',
        'muzeyin bərpasını',
        'kino festivalını',
      ],
      en: [
        'the mugham festival',
        'the theatre premiere',
        'the book fair',
        'the museum restoration',
        'the film festival',
      ],
      ru: [
        'фестиваль мугама',
        'театральную премьеру',
        'книжную ярмарку',
        'реставрацию музея',
        'кинофестиваль',
      ],
      tr: [
        'mugam festivalini',
        'tiyatro galasını',
        'kitap fuarını',
        'müzenin restorasyonunu',
        'film festivalini',
      ],
    },
  },
  {
    section: 5,
    objects: {
      az: [
        'məktəblərin təmirini',
        'xəstəxananın tikintisini',
        'pensiya artımını',
        'su təchizatını',
        'ictimai nəqliyyatı',
      ],
      en: [
        'school repairs',
        'the hospital construction',
        'the pension increase',
        'the water supply',
        'public transport',
      ],
      ru: [
        'ремонт школ',
        'строительство больницы',
        'повышение пенсий',
        'водоснабжение',
        'общественный транспорт',
      ],
      tr: [
        'okulların onarımını',
        'hastane inşaatını',
        'emekli maaşı artışını',
        'su temini',
        'toplu taşımayı',
      ],
    },
  },
  {
    section: 1,
    objects: {
      az: [
        'bərpa olunan enerjini',
        'günəş elektrik stansiyasını',
        'külək parkını',
        'elektrik ixracını',
      ],
      en: ['renewable energy', 'the solar power plant', 'the wind farm', 'electricity exports'],
      ru: [
        'возобновляемую энергетику',
        'солнечную электростанцию',
        'ветропарк',
        'экспорт электроэнергии',
      ],
      tr: [
        'yenilenebilir enerjiyi',
        'güneş enerjisi santralini',
        'rüzgar santralini',
        'elektrik ihracatını',
      ],
    },
  },
  {
    section: 5,
    objects: {
      az: [
        'kənd təsərrüfatı subsidiyalarını',
        'taxıl məhsulunu',
        'pambıq yığımını',
        'suvarma kanallarını',
      ],
      en: ['farm subsidies', 'the grain harvest', 'the cotton harvest', 'irrigation canals'],
      ru: ['сельскохозяйственные субсидии', 'урожай зерна', 'сбор хлопка', 'оросительные каналы'],
      tr: ['tarım desteklerini', 'tahıl hasadını', 'pamuk hasadını', 'sulama kanallarını'],
    },
  },
  {
    section: 2,
    objects: {
      az: [
        'Xəzər regionunda təhlükəsizliyi',
        'Yaxın Şərqdəki vəziyyəti',
        'Ukraynadakı müharibəni',
        'Mərkəzi Asiya ilə əməkdaşlığı',
      ],
      en: [
        'security in the Caspian region',
        'the situation in the Middle East',
        'the war in Ukraine',
        'cooperation with Central Asia',
      ],
      ru: [
        'безопасность в Каспийском регионе',
        'ситуацию на Ближнем Востоке',
        'войну в Украине',
        'сотрудничество с Центральной Азией',
      ],
      tr: [
        'Hazar bölgesinde güvenliği',
        "Orta Doğu'daki durumu",
        "Ukrayna'daki savaşı",
        'Orta Asya ile işbirliğini',
      ],
    },
  },
];

const ACTORS: Localized<string[]> = {
  az: [
    'Nazirlər Kabineti',
    'Milli Məclis',
    'Mərkəzi Bank',
    'Xarici İşlər Nazirliyi',
    'bələdiyyə',
    'ekspertlər',
    'deputatlar',
    'nümayəndə heyəti',
    'iş adamları',
    'fermerlər',
  ],
  en: [
    'the cabinet',
    'parliament',
    'the central bank',
    'the foreign ministry',
    'the municipality',
    'experts',
    'lawmakers',
    'the delegation',
    'business leaders',
    'farmers',
  ],
  ru: [
    'Кабинет министров',
    'Милли Меджлис',
    'Центральный банк',
    'МИД',
    'муниципалитет',
    'эксперты',
    'депутаты',
    'делегация',
    'предприниматели',
    'фермеры',
  ],
  tr: [
    'Bakanlar Kurulu',
    'Meclis',
    'Merkez Bankası',
    'Dışişleri Bakanlığı',
    'belediye',
    'uzmanlar',
    'milletvekilleri',
    'heyet',
    'iş insanları',
    'çiftçiler',
  ],
};

// Plain verbs, none of saying or reporting: only the credit may read as an attribution.
const VERBS: Localized<string[]> = {
  az: [
    'müzakirə edib',
    'təsdiqləyib',
    'nəzərdən keçirib',
    'təxirə salıb',
    'genişləndirib',
    'araşdırıb',
    'yekunlaşdırıb',
    'dəstəkləyib',
    'maliyyələşdirib',
    'planlaşdırıb',
    'qiymətləndirib',
    'tənqid edib',
  ],
  en: [
    'discussed',
    'approved',
    'reviewed',
    'postponed',
    'expanded',
    'examined',
    'finalised',
    'backed',
    'funded',
    'planned',
    'assessed',
    'criticised',
  ],
  ru: [
    'обсудили',
    'одобрили',
    'рассмотрели',
    'отложили',
    'расширили',
    'изучили',
    'завершили',
    'поддержали',
    'профинансировали',
    'запланировали',
    'оценили',
    'раскритиковали',
  ],
  tr: [
    'görüştü',
    'onayladı',
    'inceledi',
    'erteledi',
    'genişletti',
    'araştırdı',
    'tamamladı',
    'destekledi',
    'finanse etti',
    'planladı',
    'değerlendirdi',
    'eleştirdi',
  ],
};

const TIMES: Localized<string[]> = {
  az: [
    'bazar ertəsi',
    'çərşənbə axşamı',
    'cümə günü',
    'bu həftə',
    'keçən ay',
    'ilin sonunda',
    'uzun danışıqlardan sonra',
    'səhər saatlarında',
  ],
  en: [
    'on Monday',
    'on Tuesday',
    'on Friday',
    'this week',
    'last month',
    'at the end of the year',
    'after long talks',
    'in the morning',
  ],
  ru: [
    'в понедельник',
    'во вторник',
    'в пятницу',
    'на этой неделе',
    'в прошлом месяце',
    'в конце года',
    'после долгих переговоров',
    'утром',
  ],
  tr: [
    'pazartesi günü',
    'salı günü',
    'cuma günü',
    'bu hafta',
    'geçen ay',
    'yıl sonunda',
    'uzun görüşmelerin ardından',
    'sabah saatlerinde',
  ],
};

/** "<name> company" / "the village of <name>", the made-up rare names' contexts. */
const RARE_CONTEXTS: Localized<[(name: string) => string, (name: string) => string]> = {
  az: [(n) => `${n} şirkəti`, (n) => `${n} kəndinin sakinləri`],
  en: [(n) => `the ${n} company`, (n) => `residents of ${n} village`],
  ru: [(n) => `компания ${n}`, (n) => `жители села ${n}`],
  tr: [(n) => `${n} şirketi`, (n) => `${n} köyü sakinleri`],
};

const SYLLABLES = [
  'qa',
  'ra',
  'xan',
  'lı',
  'be',
  'yov',
  'mir',
  'zə',
  'ta',
  'şen',
  'gül',
  'dar',
  'ko',
  'sar',
  'nur',
  'ay',
  'el',
  'tur',
  'can',
  'bek',
];
/** Transliteration of the syllables for the Cyrillic and Latin-English versions. */
const SYLLABLES_BY_LOCALE: Localized<string[]> = {
  az: SYLLABLES,
  en: [
    'ga',
    'ra',
    'khan',
    'li',
    'be',
    'yov',
    'mir',
    'za',
    'ta',
    'shen',
    'gul',
    'dar',
    'ko',
    'sar',
    'nur',
    'ay',
    'el',
    'tur',
    'jan',
    'bek',
  ],
  ru: [
    'га',
    'ра',
    'хан',
    'лы',
    'бе',
    'ёв',
    'мир',
    'за',
    'та',
    'шен',
    'гюль',
    'дар',
    'ко',
    'сар',
    'нур',
    'ай',
    'эль',
    'тур',
    'джан',
    'бек',
  ],
  tr: [
    'ka',
    'ra',
    'han',
    'lı',
    'be',
    'yov',
    'mir',
    'ze',
    'ta',
    'şen',
    'gül',
    'dar',
    'ko',
    'sar',
    'nur',
    'ay',
    'el',
    'tur',
    'can',
    'bek',
  ],
};

/** How many distinct made-up names there are: each occurs in a few dozen articles at most. */
const RARE_NAMES = 8000;

/** Made-up name number `n` (0 ≤ n < RARE_NAMES) in a locale: three syllables. */
export function rareName(n: number, locale: SearchLocale): string {
  const syllables = SYLLABLES_BY_LOCALE[locale];
  const count = syllables.length;
  const word = [n % count, Math.floor(n / count) % count, Math.floor(n / count / count) % count]
    .map((i) => syllables[i])
    .join('');
  return capitalize(word, locale);
}

function capitalize(text: string, locale: SearchLocale): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

// Shared Zipf samplers need a stream; each article builds its own from its seed.
const peopleRank = (random: Random) => zipfSampler(random, PEOPLE.length, 1);
const placeRank = (random: Random) => zipfSampler(random, PLACES.length, 1);
const topicRank = (random: Random) => zipfSampler(random, TOPICS.length, 0.8);

interface Plan {
  topic: number;
  people: number[];
  places: number[];
  rare: number[];
  agency: number;
}

/** One sentence's choices, the same in every language (translations tell the same story). */
interface Clause {
  actor: number | null;
  person: number | null;
  verb: number;
  object: [topic: number, index: number];
  place: number | null;
  time: number;
  rare: number | null;
}

function planClauses(random: Random, plan: Plan, count: number): Clause[] {
  return Array.from({ length: count }, () => {
    const topic = random() < 0.8 ? plan.topic : randomInt(random, 0, TOPICS.length - 1);
    const withPerson = random() < 0.35;
    const rare = random() < 0.12 ? pickOne(random, plan.rare) : null;
    return {
      actor: withPerson || rare !== null ? null : randomInt(random, 0, ACTORS.az.length - 1),
      person: withPerson && rare === null ? pickOne(random, plan.people) : null,
      verb: randomInt(random, 0, VERBS.az.length - 1),
      object: [topic, randomInt(random, 0, TOPICS[topic].objects.az.length - 1)],
      place: random() < 0.5 ? pickOne(random, plan.places) : null,
      time: randomInt(random, 0, TIMES.az.length - 1),
      rare,
    };
  });
}

function render(clause: Clause, locale: SearchLocale): string {
  const subject =
    clause.rare !== null
      ? RARE_CONTEXTS[locale][clause.rare % 2](rareName(clause.rare, locale))
      : clause.person !== null
        ? PEOPLE[clause.person][locale]
        : ACTORS[locale][clause.actor ?? 0];
  const object = TOPICS[clause.object[0]].objects[locale][clause.object[1]];
  const verb = VERBS[locale][clause.verb];
  const time = TIMES[locale][clause.time];
  const place = clause.place === null ? null : PLACES[clause.place][locale][1];
  // az and tr put the verb last; en and ru the object after it.
  const words =
    locale === 'az' || locale === 'tr'
      ? [subject, time, place, object, verb]
      : [subject, verb, object, place, time];
  return capitalize(words.filter(Boolean).join(' '), locale);
}

/** Which locales article `index` has: Azerbaijani (the original) and one translation. */
export function searchArticleLocales(index: number): SearchLocale[] {
  return ['az', TRANSLATED[index % TRANSLATED.length]];
}

const DEFAULT_NEWEST = new Date('2026-11-30T12:00:00.000Z');

/** Search-benchmark article number `index`, the same for the same seed. */
export function generateSearchArticle(index: number, seed = 20261201): SeedArticle {
  const random = seededRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const person = peopleRank(random);
  const place = placeRank(random);
  const plan: Plan = {
    topic: topicRank(random)(),
    people: [person(), person()],
    places: [place(), place()],
    rare: [randomInt(random, 0, RARE_NAMES - 1), randomInt(random, 0, RARE_NAMES - 1)],
    agency: randomInt(random, 0, SEARCH_AGENCIES.length - 1),
  };
  const headline = planClauses(random, { ...plan, rare: [] }, 1)[0];
  headline.person = plan.people[0];
  headline.actor = null;
  headline.rare = null;
  const lead = planClauses(random, plan, 2);
  const paragraphs: Clause[][] = [];
  let sentences = 0;
  // ~34 clauses of ~70 characters make ~2.4 KB; the count varies a little by article.
  const wanted = Math.round(SEARCH_BODY_CHARACTERS / 70) + randomInt(random, -3, 3);
  while (sentences < wanted) {
    const paragraph = planClauses(random, plan, randomInt(random, 3, 5));
    paragraphs.push(paragraph);
    sentences += paragraph.length;
  }
  const createdAt = new Date(DEFAULT_NEWEST.getTime() - index * 300_000);
  const agency = SEARCH_AGENCIES[plan.agency];
  const versions = searchArticleLocales(index).map((locale): SeedVersion => {
    const sentence = (clause: Clause) => `${render(clause, locale)}.`;
    const body = paragraphs.map((paragraph) => paragraph.map(sentence).join(' '));
    body[0] = [
      `${agency.credit[locale]}, ${render(paragraphs[0][0], locale)}.`,
      ...paragraphs[0].slice(1).map(sentence),
    ].join(' ');
    const title = render(headline, locale);
    return {
      locale,
      title,
      slug: `${slugify(title, locale)}-${index + 1}`,
      lead: lead.map(sentence).join(' '),
      dateline: PLACES[plan.places[0]][locale][0],
      body: paragraphsToBlocks(body),
    };
  });
  return {
    index,
    section: TOPICS[plan.topic].section,
    originalLanguage: 'az',
    originalPublishedAt: new Date(createdAt.getTime() - 1_800_000),
    createdAt,
    versions,
  };
}

/** The words a reader might type, by kind, for building the request mix (search-bench). */
export const SEARCH_VOCABULARY = {
  people: PEOPLE,
  places: PLACES.map((place) => ({
    az: place.az[0],
    en: place.en[0],
    ru: place.ru[0],
    tr: place.tr[0],
  })),
  topicWords: TOPICS.map((topic) => topic.objects),
  rareName,
  rareNames: RARE_NAMES,
};
