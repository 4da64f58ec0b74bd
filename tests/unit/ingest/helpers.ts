import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const SAMPLES_DIR = join(__dirname, '..', '..', '..', 'database', 'samples');
export const FIXTURES_DIR = join(__dirname, 'fixtures');

export function sampleNames(): string[] {
  return readdirSync(SAMPLES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

/** A sample as an importer reads it: UTF-8, BOM and line endings untouched. */
export function readSample(name: string): string {
  return readFileSync(join(SAMPLES_DIR, name), 'utf8');
}

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

/** The same article as different editors and tools save it. */
export function formattingVariants(text: string): Record<string, string> {
  const eachLine = (edit: (line: string) => string): string =>
    text.split('\n').map(edit).join('\n');
  return {
    'CRLF line endings': text.replace(/\n/g, '\r\n'),
    'lone CR line endings': text.replace(/\n/g, '\r'),
    'a byte order mark': `\uFEFF${text}`,
    'trailing spaces and tabs': eachLine((line) => `${line} \t `),
    'indented lines': eachLine((line) => `\t  ${line}`),
    'non-breaking spaces': text.replace(/ /g, '\u00A0'),
    'doubled spaces': text.replace(/ /g, '  '),
    'blank lines holding whitespace': text.replace(/\n\n/g, '\n \u00A0\t\n'),
    'several blank lines': text.replace(/\n\n/g, '\n\n\n\n'),
    'blank lines around the text': `\n\n  \n${text}\n\n\n`,
    'all of it at once': `\uFEFF\r\n${text
      .split('\n')
      .map((line) => `\u00A0${line.replace(/ /g, ' \t')}  `)
      .join('\r\n')}\r\n\r\n`,
  };
}
