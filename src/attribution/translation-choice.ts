import type { TranslationMethod } from './line-wording';

/** An article's stored `translation` component. */
export interface StoredTranslation {
  id?: number;
  method: TranslationMethod | null;
  from: string | null;
  translator: string | null;
  engine: string | null;
  translatedAt: string | null;
  status: 'current' | 'outdated' | null;
  sourceChangedAt: string | null;
}

export type TranslationInput = Partial<StoredTranslation>;

export interface TranslationChoice {
  /** `data.translation` of the write, if it sets one. */
  incoming: TranslationInput | undefined;
  /** This locale's stored translation component. */
  stored: StoredTranslation | null;
  /** True when this write creates a locale the document did not have. */
  isNewLocalization: boolean;
  otherVersions: { locale: string; translation: StoredTranslation | null }[];
  originalLanguage: string | null;
  locale: string;
  /** The admin user saving, when there is one. */
  translator: string | null;
  /** True when the write carries title, lead or body: the translator saved the text. */
  touchesText: boolean;
  now: Date;
}

const METHODS: TranslationMethod[] = ['original', 'human', 'machine', 'machine-reviewed'];

/**
 * The locale a new localization was made from: the version marked as the original, else the
 * only other version, else the first one (documents are created in one locale first).
 */
export function sourceLocaleOf(otherVersions: TranslationChoice['otherVersions']): string | null {
  const original = otherVersions.find((version) => version.translation?.method === 'original');
  return original?.locale ?? otherVersions[0]?.locale ?? null;
}

/**
 * The translation component to store for this write. An editor's explicit values win; a new
 * localization records where it came from, how, by whom and when; saving a translation's
 * text marks it current again.
 */
export function chooseTranslation(choice: TranslationChoice): TranslationInput {
  const { incoming, stored, isNewLocalization, now } = choice;
  const base: TranslationInput = stored ? { ...stored } : {};
  const given = incoming && typeof incoming === 'object' ? stripUnknown(incoming) : {};
  // The admin's "Fill in from another locale" copies that locale's translation into the new
  // one: a copy says nothing about how the new locale was made, so it is not taken as explicit.
  const explicit = isNewLocalization && isCopyOfAnother(given, choice.otherVersions) ? {} : given;
  const merged: TranslationInput = { ...base, ...explicit };

  if (isNewLocalization) {
    merged.method = explicit.method ?? 'human';
    merged.from = explicit.from ?? sourceLocaleOf(choice.otherVersions);
    merged.translatedAt = explicit.translatedAt ?? now.toISOString();
    merged.translator = explicit.translator ?? choice.translator ?? null;
  } else if (!stored) {
    merged.method = explicit.method ?? 'original';
    if (merged.method !== 'original') {
      merged.from = explicit.from ?? choice.originalLanguage ?? null;
      merged.translatedAt = explicit.translatedAt ?? now.toISOString();
    }
  }
  if (merged.method && merged.method !== 'original' && !merged.translator && choice.translator) {
    merged.translator = choice.translator;
  }
  if (!merged.method || !METHODS.includes(merged.method)) merged.method = 'original';
  if (merged.method === 'original') merged.from = explicit.from ?? null;
  if (choice.touchesText || !merged.status) merged.status = 'current';
  if (merged.status === 'current') merged.sourceChangedAt = null;
  return merged;
}

function stripUnknown(input: TranslationInput): TranslationInput {
  const allowed: (keyof StoredTranslation)[] = [
    'id',
    'method',
    'from',
    'translator',
    'engine',
    'translatedAt',
    'status',
    'sourceChangedAt',
  ];
  const result: TranslationInput = {};
  for (const key of allowed) {
    if (input[key] !== undefined) (result as Record<string, unknown>)[key] = input[key];
  }
  return result;
}

/** Whether `given` repeats another version's stored translation (method, from and date). */
function isCopyOfAnother(
  given: TranslationInput,
  otherVersions: TranslationChoice['otherVersions']
): boolean {
  if (!given.method) return false;
  return otherVersions.some(
    ({ translation }) =>
      translation !== null &&
      translation.method === given.method &&
      (translation.from ?? null) === (given.from ?? null) &&
      (translation.translatedAt ?? null) === (given.translatedAt ?? null)
  );
}
