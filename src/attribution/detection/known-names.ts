import { spellingVariants, type GrammaticalCase } from '../grammar';
import { KNOWN_SOURCES } from '../registry';
import { createAliasIndex } from '../resolver';

const lookupKnownSource = createAliasIndex(KNOWN_SOURCES);

/** Whether the name, exactly as written (no endings removed), is a known source's. */
export function isKnownSpelling(name: string): boolean {
  return lookupKnownSource(name) !== null;
}

/**
 * The spelling under which a written name is a known source, with a case ending removed if
 * needed ('Интерфакса' → 'Интерфакс', 'Turanın' → 'Turan'), or null when it is not known.
 */
export function knownSpelling(
  name: string,
  language: string,
  grammaticalCase?: GrammaticalCase
): string | null {
  if (lookupKnownSource(name)) return name;
  const grammar = language === 'any' ? null : language;
  for (const spelling of spellingVariants(name, grammar, grammaticalCase)) {
    if (lookupKnownSource(spelling)) return spelling;
  }
  return null;
}
