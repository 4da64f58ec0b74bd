import { phrasePattern, type PhrasePattern } from './pattern';
import type { NameSyntax } from './name-syntax';
import { SPACE } from './regex-kit';

// An all-capitals dateline city: 'LONDON', 'NEW ORLEANS', 'МОСКВА'.
const CITY = `\\p{Lu}[\\p{Lu}\\p{M}.'’-]+(?:${SPACE}+\\p{Lu}[\\p{Lu}\\p{M}.'’-]+){0,3}`;
const LINE_START = '(?<=^|\\n)';
const DATE = `[^()\\n]{1,30}?`;

// A city as datelines write it, in capitals or not: 'Bakı', 'ANKARA', 'New York'.
const ANY_CITY = `\\p{Lu}[\\p{L}\\p{M}'’-]+(?:${SPACE}+\\p{Lu}[\\p{L}\\p{M}'’-]+){0,2}`;
// '12 mart', 'March 3', '5 марта 2024'.
const DAY_MONTH = `(?:\\d{1,2}${SPACE}+\\p{L}+\\.?|\\p{L}+\\.?${SPACE}+\\d{1,2})(?:,?${SPACE}+\\d{4})?`;

/** Agency datelines, the same in every language. */
export function datelinePatterns(names: NameSyntax): PhrasePattern[] {
  const NAME_ITEM = names.item;
  return [
    // Bakı, 12 mart, APA.; ANKARA, 5 Mart, AA -; Bakı. Trend:; МОСКВА, 5 марта. INTERFAX.RU -
    // (no brackets: the name must be known, in capitals, or look like an outlet's)
    phrasePattern(
      {
        source: `${LINE_START}${ANY_CITY}[.,]${SPACE}+(?:${DAY_MONTH}[.,]${SPACE}+)?(?<names>${NAME_ITEM})(?:${SPACE}+[-–—]+|${SPACE}*[–—:/]+|\\.)(?=\\s|$)`,
        cue: `${LINE_START}\\p{Lu}[^\\n]{1,60}[.,]${SPACE}`,
      },
      {
        language: 'any',
        namesStand: 'enclosed',
        confidence: 'weak',
        capitalsPass: true,
      }
    ),
    // Москва, 2 ноября – РИА Новости.; Bakı, 5 mart — Report. (the agency after the date)
    phrasePattern(
      {
        source: `${LINE_START}${ANY_CITY},${SPACE}+${DAY_MONTH}${SPACE}*[—–-]+${SPACE}*(?<names>${NAME_ITEM})\\.(?=\\s|$)`,
        cue: `${LINE_START}\\p{Lu}[^\\n]{1,60}[—–-]`,
      },
      { language: 'any', namesStand: 'enclosed', confidence: 'weak', capitalsPass: true }
    ),
    // LONDON, Nov 24 (Reuters) -; NEW ORLEANS (AP) —; (AFP) -
    phrasePattern(
      {
        source: `(?:${LINE_START}${CITY}(?:,${DATE})?${SPACE}+)?\\((?<names>${NAME_ITEM})\\)\\.?${SPACE}*[-–—]+`,
        cue: `\\)\\.?${SPACE}*[-–—]`,
      },
      {
        language: 'any',
        namesStand: 'enclosed',
        confidence: 'strong',
      }
    ),
    // LONDON (Reuters) The …: a dateline without the dash
    phrasePattern(
      {
        source: `${LINE_START}${CITY}(?:,${DATE})?${SPACE}+\\((?<names>${NAME_ITEM})\\)(?!${SPACE}*[-–—])`,
        cue: `${LINE_START}\\p{Lu}{2}[^\\n]{0,40}\\(`,
      },
      {
        language: 'any',
        namesStand: 'enclosed',
        confidence: 'strong',
      }
    ),
    // МОСКВА, 24 ноября. /ТАСС/.; Київ, 3 березня /Укрінформ/ (a name alone between slashes)
    phrasePattern(
      {
        source: `(?<=[.,]${SPACE}*|^|\\n|${SPACE})/${SPACE}*(?<names>${NAME_ITEM})${SPACE}*/(?=[.,\\s]|$)`,
        cue: '/',
      },
      {
        language: 'any',
        namesStand: 'enclosed',
        confidence: 'strong',
      }
    ),
    // МОСКВА, 24 ноя — РИА Новости.; БАКУ, 3 дек — Sputnik.
    phrasePattern(
      {
        source: `${LINE_START}${CITY},${SPACE}+[^\\n—–]{1,25}?${SPACE}*[—–-]+${SPACE}*(?<names>${NAME_ITEM})\\.(?=\\s|$)`,
        cue: `${LINE_START}\\p{Lu}{2}[^\\n]{0,40}[—–-]`,
      },
      {
        language: 'any',
        namesStand: 'enclosed',
        confidence: 'strong',
      }
    ),
  ];
}
