import {
  azerbaijaniFromLanguage,
  displayLanguageName,
  russianFromLanguage,
  turkishFromLanguage,
} from './language-names';
import type { KnownLanguage } from './locale';

export type TranslationMethod = 'original' | 'human' | 'machine' | 'machine-reviewed';

/** How one language words the parts of an attribution line. */
export interface LineWording {
  readonly sourceLabel: string;
  readonly sourcesLabel: string;
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

export const WORDINGS: Readonly<Record<KnownLanguage, LineWording>> = {
  az: azerbaijani,
  en: english,
  ru: russian,
  tr: turkish,
};
