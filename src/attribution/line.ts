import { matchKey } from './case-fold';
import { WORDINGS, type TranslationMethod } from './line-wording';
import { capitalize, knownLanguageOf } from './locale';

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
 * en 'Sources: Reuters and AP'. Locales other than az/en/ru/tr get the English wording.
 * Returns '' when there is nothing to say.
 */
export function renderAttributionLine(input: AttributionLineInput): string {
  const language = knownLanguageOf(input.locale) ?? 'en';
  const wording = WORDINGS[language];
  const parts: string[] = [];

  if (input.originalReporting) {
    parts.push(wording.originalReporting(input.siteName?.trim() || null));
  }
  const names = distinctNames(input.sourceNames ?? []);
  if (names.length > 0) {
    const label = names.length === 1 ? wording.sourceLabel : wording.sourcesLabel;
    parts.push(`${label}: ${listOf(names, language)}`);
  }
  const method = input.translation?.method;
  if (method && method !== 'original') {
    parts.push(wording.translation(method, input.translation?.from ?? null));
  }
  return parts.map((part) => capitalize(part, language)).join('. ');
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
