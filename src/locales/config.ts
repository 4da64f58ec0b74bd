/** The locales this deployment serves, from CMS_DEFAULT_LOCALE and CMS_LOCALES. */
export interface LocaleConfig {
  defaultLocale: string;
  /** True when CMS_DEFAULT_LOCALE is set: then it wins over a default chosen in the admin. */
  defaultIsConfigured: boolean;
  locales: string[];
}

// `az` is always served: it is the model site's language.
const ALWAYS_SERVED = ['en', 'az'];

export function readLocaleConfig(env: NodeJS.ProcessEnv): LocaleConfig {
  const defaultLocale = (env.CMS_DEFAULT_LOCALE ?? '').trim() || 'en';
  const configured = (env.CMS_LOCALES ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  const locales = [...new Set([defaultLocale, ...ALWAYS_SERVED, ...configured])];
  return { defaultLocale, defaultIsConfigured: Boolean(env.CMS_DEFAULT_LOCALE?.trim()), locales };
}

/** Codes not in Strapi's ISO list, compared case-insensitively as Strapi does. */
export function unknownLocaleCodes(codes: string[], known: Iterable<string>): string[] {
  const knownLower = new Set([...known].map((code) => code.toLowerCase()));
  return codes.filter((code) => !knownLower.has(code.toLowerCase()));
}

/** The form Strapi stores: language lower-case, region upper-case (`pt-BR`, `az-Cyrl-AZ`). */
export function canonicalLocaleCode(code: string, known: Iterable<string>): string | null {
  const wanted = code.toLowerCase();
  for (const candidate of known) if (candidate.toLowerCase() === wanted) return candidate;
  return null;
}
