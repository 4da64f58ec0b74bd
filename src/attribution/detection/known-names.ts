import { spellingVariants, type GrammaticalCase } from '../grammar';
import { KNOWN_SOURCES } from '../registry';
import { createAliasIndex, type NamedSource } from '../resolver';
import { isGenericOutletNoun, isNeverInNames } from './name-signals';

/**
 * The outlets detection knows by name: a known outlet counts in phrases where an unknown
 * capitalised word would not (weak phrases, locales without a grammar here, scripts without
 * capitals). Built from a list of sources: the compiled registry for tests and the eval
 * command, the database's verified Sources in the app (src/hooks/source-registry.ts), so an
 * alias an editor adds counts for detection as it does for resolution.
 */
export interface KnownNames {
  /** Whether the name, exactly as written (no endings removed), is a known outlet's. */
  isKnownSpelling(name: string): boolean;
  /**
   * The spelling under which a written name is a known outlet, with a case ending removed if
   * needed ('Интерфакса' → 'Интерфакс', 'Turanın' → 'Turan'), or null when it is not known.
   */
  knownSpelling(name: string, language: string, grammaticalCase?: GrammaticalCase): string | null;
  /** Every spelling that counts, deduplicated, in the order given: for the phrase regexes. */
  readonly spellings: readonly string[];
}

/*
 * A spelling made only of generic nouns ('Agentlik', 'the paper', 'Qəzet') or of words that
 * open sentences ('Today') would make every back-reference an outlet, and one letter matches
 * anything: such aliases still resolve a name to its Source, but do not make a name known.
 */
function countsForDetection(spelling: string): boolean {
  return (
    [...spelling.replace(/[^\p{L}\p{N}]/gu, '')].length >= 2 &&
    !isGenericOutletNoun(spelling) &&
    !isNeverInNames(spelling)
  );
}

export function createKnownNames(sources: readonly NamedSource[]): KnownNames {
  const spellings = [
    ...new Set(
      sources
        .flatMap((source) => [source.name, ...source.aliases])
        .map((spelling) => spelling.replace(/\s+/gu, ' ').trim())
        .filter(countsForDetection)
    ),
  ];
  // The index maps spellings to themselves: detection needs whether a name is known, and the
  // spelling to report; which Source it is, resolution decides.
  const lookup = createAliasIndex(spellings.map((spelling) => ({ name: spelling, aliases: [] })));
  const isKnownSpelling = (name: string) => lookup(name) !== null;
  return {
    spellings,
    isKnownSpelling,
    knownSpelling(name, language, grammaticalCase) {
      if (isKnownSpelling(name)) return name;
      const grammar = language === 'any' ? null : language;
      for (const spelling of spellingVariants(name, grammar, grammaticalCase)) {
        if (isKnownSpelling(spelling)) return spelling;
      }
      return null;
    },
  };
}

/**
 * A builder that hands back the previous KnownNames while the sources' spellings are the
 * same: a registry reloaded after an unrelated change (a Source created unverified, a URL
 * edited) or on every write while changes cannot be heard keeps what was built.
 */
export function reusingKnownNames(): (sources: readonly NamedSource[]) => KnownNames {
  let last: { key: string; known: KnownNames } | null = null;
  return (sources) => {
    const key = JSON.stringify(sources.map((source) => [source.name, ...source.aliases]));
    if (last?.key !== key) last = { key, known: createKnownNames(sources) };
    return last.known;
  };
}

let compiledRegistry: KnownNames | null = null;

/** The outlets of src/attribution/data/known-sources.json: where there is no database. */
export function defaultKnownNames(): KnownNames {
  compiledRegistry ??= createKnownNames(KNOWN_SOURCES);
  return compiledRegistry;
}
