import { matchKey } from './case-fold';
import { WORDINGS, type TranslationMethod } from './line-wording';
import { displayLanguageName } from './language-names';
import { capitalize, knownLanguageOf, languageOf } from './locale';

export type { TranslationMethod } from './line-wording';

export interface AttributionLineInput {
  locale: string;
  sourceNames: string[];
  originalReporting: boolean;
  translation?: { method: TranslationMethod; from?: string | null } | null;
  siteName?: string;
}

/**
 * The line shown under an article: az 'Mənbə: Reuters. İngilis dilindən maşın tərcüməsi',
 * en 'Sources: Reuters and AP', ka 'წყარო: Reuters. თარგმნილია ინგლისურიდან'. A locale whose
 * language has no wording here gets a neutral line (see neutralLine), never another language's.
 * Returns '' when there is nothing to say.
 */
export function renderAttributionLine(input: AttributionLineInput): string {
  const language = knownLanguageOf(input.locale);
  if (!language) return neutralLine(input);
  const wording = WORDINGS[language];
  const parts: string[] = [];

  if (input.originalReporting) {
    parts.push(wording.originalReporting(input.siteName?.trim() || null));
  }
  const names = distinctNames(input.sourceNames ?? []);
  if (names.length > 0) {
    const label = names.length === 1 ? wording.sourceLabel : wording.sourcesLabel;
    parts.push(`${label}${wording.colon ?? ': '}${listOf(names, language)}`);
  }
  const method = input.translation?.method;
  if (method && method !== 'original') {
    parts.push(wording.translation(method, input.translation?.from ?? null));
  }
  return parts.map((part) => capitalize(part, language)).join('. ');
}

/*
 * Without words in the reader's language, the line says only what needs no words: the names
 * (joined by the locale's own 'and', from ICU), and a translation as 'angielski → polski' with
 * both languages named in the locale by ICU (codes when ICU does not know them). Whether it was
 * a machine translation stays in the article's translation field; original reporting shows the
 * site's name when there is one.
 */
function neutralLine(input: AttributionLineInput): string {
  // ICU answers in English for a locale it has no data for: then codes, and commas.
  const language = languageOf(input.locale);
  const locale = language && icuKnows(language) ? language : '';
  const parts: string[] = [];
  const site = input.siteName?.trim();
  if (input.originalReporting && site) parts.push(site);
  const names = distinctNames(input.sourceNames ?? []);
  if (names.length > 0) parts.push(locale ? listOf(names, locale) : names.join(', '));
  const method = input.translation?.method;
  const fromCode = input.translation?.from;
  if (method && method !== 'original' && fromCode) {
    const name = (code: string) =>
      (locale && displayLanguageName(code, locale)) || languageOf(code).toUpperCase();
    parts.push(`${name(fromCode)} → ${name(language || 'und')}`);
  }
  return parts.join(' · ');
}

function icuKnows(language: string): boolean {
  try {
    return Intl.DisplayNames.supportedLocalesOf([language]).length > 0;
  } catch {
    return false;
  }
}

/** Trimmed, non-empty, and each outlet once however it was spelled. */
function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const distinct: string[] = [];
  for (const raw of names) {
    const name = typeof raw === 'string' ? raw.trim() : '';
    const key = matchKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    distinct.push(name);
  }
  return distinct;
}

/** 'Reuters, AP və AFP' with the language's own conjunction. */
function listOf(names: string[], language: string): string {
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
