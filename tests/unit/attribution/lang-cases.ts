import { namesIn } from './detection-helpers';

/** One language's specification: sentences that name an outlet, and sentences that must not. */
export function describeLanguage(
  language: string,
  positives: readonly (readonly [string, string | readonly string[]])[],
  negatives: readonly string[]
): void {
  describe(`detectAttributions in ${language}`, () => {
    describe('finds the outlet in', () => {
      it.each(positives.map(([sentence, names]) => [sentence, names] as const))(
        '%s',
        (sentence, names) => {
          expect(namesIn(sentence, language)).toEqual(typeof names === 'string' ? [names] : names);
        }
      );
    });
    describe('names no outlet where there is only a mention, a person, a place or an office', () => {
      it.each(negatives)('%s', (sentence) => {
        expect(namesIn(sentence, language)).toEqual([]);
      });
    });
  });
}
