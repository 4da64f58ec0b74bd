import {
  azerbaijaniFromLanguage,
  displayLanguageName,
  frenchFromLanguage,
  georgianFromLanguage,
  germanFromLanguage,
  italianFromLanguage,
  russianFromLanguage,
  spanishFromLanguage,
  turkishFromLanguage,
  ukrainianFromLanguage,
} from './language-names';
import type { KnownLanguage } from './locale';

export type TranslationMethod = 'original' | 'human' | 'machine' | 'machine-reviewed';

/** How one language words the parts of an attribution line. */
export interface LineWording {
  readonly sourceLabel: string;
  readonly sourcesLabel: string;
  /** Between a label and the names: ': ', French ' : ' (a no-break space before the colon). */
  readonly colon?: string;
  originalReporting(siteName: string | null): string;
  /** The translation note; fromCode may be null or unknown to ICU. */
  translation(method: Exclude<TranslationMethod, 'original'>, fromCode: string | null): string;
}

/** 'from English' in the wording's grammar, or null when the language cannot be named. */
function from(
  code: string | null,
  inLanguage: string,
  phrase: (name: string) => string
): string | null {
  const name = displayLanguageName(code, inLanguage);
  return name ? phrase(name) : null;
}

const azerbaijani: LineWording = {
  sourceLabel: 'Mənbə',
  sourcesLabel: 'Mənbələr',
  originalReporting: (site) =>
    site ? `${site} redaksiyasının öz xəbəri` : 'Redaksiyanın öz xəbəri',
  translation(method, fromCode) {
    const source = from(fromCode, 'az', azerbaijaniFromLanguage);
    const prefix = source ? `${source} ` : '';
    if (method === 'human') return source ? `${source} tərcümə` : 'Tərcümə';
    const machine = `${prefix}maşın tərcüməsi`;
    return method === 'machine' ? machine : `${machine}, redaktor tərəfindən yoxlanılıb`;
  },
};

const english: LineWording = {
  sourceLabel: 'Source',
  sourcesLabel: 'Sources',
  originalReporting: (site) => (site ? `Original reporting by ${site}` : 'Original reporting'),
  translation(method, fromCode) {
    const source = from(fromCode, 'en', (name) => `from ${name}`);
    if (method === 'human') return source ? `Translated ${source}` : 'Human translation';
    const machine = source ? `Machine translation ${source}` : 'Machine translation';
    return method === 'machine' ? machine : `${machine}, reviewed by an editor`;
  },
};

const russian: LineWording = {
  sourceLabel: 'Источник',
  sourcesLabel: 'Источники',
  originalReporting: (site) => (site ? `Материал редакции ${site}` : 'Материал редакции'),
  translation(method, fromCode) {
    const source = from(fromCode, 'ru', russianFromLanguage);
    const suffix = source ? ` ${source}` : '';
    if (method === 'human') return `Перевод${suffix}`;
    const machine = `Машинный перевод${suffix}`;
    return method === 'machine' ? machine : `${machine}, проверен редактором`;
  },
};

const turkish: LineWording = {
  sourceLabel: 'Kaynak',
  sourcesLabel: 'Kaynaklar',
  originalReporting: (site) => (site ? `${site} özel haberi` : 'Özel haber'),
  translation(method, fromCode) {
    const source = from(fromCode, 'tr', turkishFromLanguage);
    const prefix = source ? `${source} ` : '';
    if (method === 'human') return `${prefix}çeviri`;
    const machine = `${prefix}makine çevirisi`;
    return method === 'machine' ? machine : `${machine}, editör tarafından kontrol edildi`;
  },
};

const ukrainian: LineWording = {
  sourceLabel: 'Джерело',
  sourcesLabel: 'Джерела',
  originalReporting: (site) => (site ? `Власний матеріал ${site}` : 'Власний матеріал редакції'),
  translation(method, fromCode) {
    const source = from(fromCode, 'uk', ukrainianFromLanguage);
    const suffix = source ? ` ${source}` : '';
    if (method === 'human') return `Переклад${suffix}`;
    const machine = `Машинний переклад${suffix}`;
    return method === 'machine' ? machine : `${machine}, перевірений редактором`;
  },
};

const german: LineWording = {
  sourceLabel: 'Quelle',
  sourcesLabel: 'Quellen',
  originalReporting: (site) => (site ? `Eigener Bericht von ${site}` : 'Eigener Bericht'),
  translation(method, fromCode) {
    const source = from(fromCode, 'de', germanFromLanguage);
    if (method === 'human') return source ? `${source} übersetzt` : 'Übersetzung';
    const machine = source ? `Maschinelle Übersetzung ${source}` : 'Maschinelle Übersetzung';
    return method === 'machine' ? machine : `${machine}, von der Redaktion geprüft`;
  },
};

const french: LineWording = {
  sourceLabel: 'Source',
  sourcesLabel: 'Sources',
  colon: '\u00a0: ',
  originalReporting: (site) => (site ? `Reportage original de ${site}` : 'Reportage original'),
  translation(method, fromCode) {
    const source = from(fromCode, 'fr', frenchFromLanguage);
    if (method === 'human') return source ? `Traduit ${source}` : 'Traduction';
    const machine = source ? `Traduction automatique ${source}` : 'Traduction automatique';
    return method === 'machine' ? machine : `${machine}, relue par la rédaction`;
  },
};

const spanish: LineWording = {
  sourceLabel: 'Fuente',
  sourcesLabel: 'Fuentes',
  originalReporting: (site) => (site ? `Información propia de ${site}` : 'Información propia'),
  translation(method, fromCode) {
    const source = from(fromCode, 'es', spanishFromLanguage);
    if (method === 'human') return source ? `Traducido ${source}` : 'Traducción';
    const machine = source ? `Traducción automática ${source}` : 'Traducción automática';
    return method === 'machine' ? machine : `${machine}, revisada por un editor`;
  },
};

const italian: LineWording = {
  sourceLabel: 'Fonte',
  sourcesLabel: 'Fonti',
  originalReporting: (site) => (site ? `Servizio originale di ${site}` : 'Servizio originale'),
  translation(method, fromCode) {
    const source = from(fromCode, 'it', italianFromLanguage);
    if (method === 'human') return source ? `Tradotto ${source}` : 'Traduzione';
    const machine = source ? `Traduzione automatica ${source}` : 'Traduzione automatica';
    return method === 'machine' ? machine : `${machine}, rivista da un redattore`;
  },
};

const arabic: LineWording = {
  sourceLabel: 'المصدر',
  sourcesLabel: 'المصادر',
  originalReporting: (site) => (site ? `تقرير خاص من ${site}` : 'تقرير خاص'),
  translation(method, fromCode) {
    const source = from(fromCode, 'ar', (name) => `عن ${name}`);
    const suffix = source ? ` ${source}` : '';
    if (method === 'human') return `مترجم${suffix}`;
    const machine = `ترجمة آلية${suffix}`;
    return method === 'machine' ? machine : `${machine}، راجعها محرر`;
  },
};

const persian: LineWording = {
  sourceLabel: 'منبع',
  sourcesLabel: 'منابع',
  originalReporting: (site) => (site ? `گزارش اختصاصی ${site}` : 'گزارش اختصاصی'),
  translation(method, fromCode) {
    const source = from(fromCode, 'fa', (name) => `از ${name}`);
    const suffix = source ? ` ${source}` : '';
    if (method === 'human') return `ترجمه${suffix}`;
    const machine = `ترجمه ماشینی${suffix}`;
    return method === 'machine' ? machine : `${machine}، بازبینی‌شده توسط ویراستار`;
  },
};

const georgian: LineWording = {
  sourceLabel: 'წყარო',
  sourcesLabel: 'წყაროები',
  originalReporting: (site) => (site ? `${site}-ის საკუთარი მასალა` : 'რედაქციის საკუთარი მასალა'),
  translation(method, fromCode) {
    const source = from(fromCode, 'ka', georgianFromLanguage);
    if (method === 'human') return source ? `თარგმნილია ${source}` : 'თარგმანი';
    const machine = source ? `მანქანური თარგმანი ${source}` : 'მანქანური თარგმანი';
    return method === 'machine' ? machine : `${machine}, შემოწმებულია რედაქტორის მიერ`;
  },
};

export const WORDINGS: Readonly<Record<KnownLanguage, LineWording>> = {
  az: azerbaijani,
  en: english,
  ru: russian,
  tr: turkish,
  uk: ukrainian,
  de: german,
  fr: french,
  es: spanish,
  it: italian,
  ar: arabic,
  fa: persian,
  ka: georgian,
};
