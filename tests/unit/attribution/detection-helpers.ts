import { detectAttributions, type DetectedAttribution } from '../../../src/attribution';

/** The names detected in a text, in order. */
export function namesIn(text: string, locale: string): string[] {
  return detectAttributions(text, locale).map((detection) => detection.name);
}

/** Name and phrase pairs, for assertions on both. */
export function phrasesIn(text: string, locale: string): [string, string][] {
  return detectAttributions(text, locale).map((detection) => [detection.name, detection.quotedAs]);
}

/** Every detection's offsets must point at its quotedAs. */
export function expectOffsetsToMatch(text: string, detections: DetectedAttribution[]): void {
  for (const detection of detections) {
    expect(text.slice(detection.start, detection.end)).toBe(detection.quotedAs);
  }
}
