import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { contentHash, paragraphsToBlocks, parseArticleText } from '../../../src/ingest';
import { SAMPLES_DIR, readSample, sampleNames } from './helpers';

interface SampleExpectation {
  file: string;
  site?: string;
  section?: string;
  headline: string;
  dateline?: string;
  datelineCredit?: string;
  paragraphs: number;
  /** How the body names its source, in the article's own language; none for original reporting. */
  attribution?: string;
  warnings?: string[];
}

const HEADLINE_REPEATED = 'The headline repeated at the end was dropped.';

const SAMPLES: SampleExpectation[] = [
  {
    file: 'az-000-seed.txt',
    site: 'Bbabo NET',
    section: 'Xəbərlər',
    headline:
      'Ukraynaya hücum etmədiyinə dair sübut tələb edən xarici işlər naziri Blinken Rusiya hərbçilərindən istefaya getməsini xahiş edir',
    dateline: 'Vaşinqton',
    paragraphs: 9,
    attribution: 'Reuters agentliyinin verdiyi məlumata görə',
    warnings: [HEADLINE_REPEATED],
  },
  {
    file: 'az-001-apa-hava-proqnozu.txt',
    site: 'Bbabo NET',
    section: 'Cəmiyyət',
    headline: 'Sabah Bakıda küləkli hava gözlənilir, temperatur 5 dərəcəyə qədər enəcək',
    dateline: 'Bakı',
    paragraphs: 5,
    attribution: 'APA-nın məlumatına görə',
  },
  {
    file: 'az-002-report-kitab-sergisi.txt',
    headline: 'Gəncədə beynəlxalq kitab sərgisi açılıb',
    dateline: 'Gəncə',
    paragraphs: 5,
    attribution: '“Report” xəbər verir',
    warnings: [HEADLINE_REPEATED],
  },
  {
    file: 'az-003-reuters-neft-qiymeti.txt',
    site: 'Bbabo NET',
    headline: 'Neftin qiyməti dünya bazarlarında ucuzlaşıb',
    dateline: 'London',
    paragraphs: 4,
    attribution: 'Reuters agentliyinin məlumatına görə',
    warnings: ['One line before the headline, "Bbabo NET", was read as the site name.'],
  },
  {
    file: 'az-004-original-kend-kitabxanasi.txt',
    section: 'Cəmiyyət',
    headline: 'Şəkinin kənd məktəbində könüllülər kitabxananı yenidən qurub',
    paragraphs: 5,
    warnings: [
      'One line before the headline, "Cəmiyyət", was read as the section.',
      'No dateline was found at the start of the first paragraph.',
    ],
  },
  {
    file: 'en-001-reuters-storm-britain.txt',
    site: 'Bbabo NET',
    section: 'World',
    headline: 'Storm brings heavy rain and strong winds to parts of Britain',
    dateline: 'LONDON',
    datelineCredit: 'Reuters',
    paragraphs: 6,
    attribution: '(Reuters) - ',
  },
  {
    file: 'en-002-ap-new-orleans-streetcar.txt',
    headline: 'New Orleans streetcar line reopens after months of track repairs',
    dateline: 'NEW ORLEANS',
    datelineCredit: 'AP',
    paragraphs: 4,
    attribution: '(AP) — ',
  },
  {
    file: 'en-003-according-to-reuters-oil.txt',
    site: 'Bbabo NET',
    section: 'Business',
    headline: 'Oil prices ease on world markets as demand worries weigh',
    dateline: 'LONDON',
    paragraphs: 4,
    attribution: 'according to Reuters',
  },
  {
    file: 'ru-001-tass-moskva-sneg.txt',
    headline: 'В Москве выпал первый снег',
    dateline: 'МОСКВА',
    datelineCredit: 'ТАСС',
    paragraphs: 4,
    attribution: '/ТАСС/. ',
  },
  {
    file: 'ru-002-interfax-peterburg-mosty.txt',
    site: 'Bbabo NET',
    section: 'Новости',
    headline: 'В Петербурге завершился сезон разводки мостов',
    dateline: 'Санкт-Петербург',
    paragraphs: 4,
    attribution: 'По данным «Интерфакса»',
  },
  {
    file: 'tr-001-aa-ankara-kar.txt',
    headline: "Ankara'da mevsimin ilk kar yağışı bekleniyor",
    dateline: 'ANKARA',
    datelineCredit: 'AA',
    paragraphs: 4,
    attribution: '(AA) - ',
  },
  {
    file: 'tr-002-anadolu-istanbul-vapur.txt',
    site: 'Gündem Haber',
    section: 'Ekonomi',
    headline: "İstanbul'da deniz ulaşımında kış tarifesi başlıyor",
    dateline: 'İstanbul',
    paragraphs: 4,
    attribution: "Anadolu Ajansı'nın haberine göre",
  },
];

// Names of agencies in the forms the samples use, to check the original-reporting sample.
const AGENCY_NAMES =
  /Reuters|\bAP\b|Associated Press|APA|Report|Trend|ТАСС|Интерфакс|\bAA\b|Anadolu/u;

describe('the sample corpus in database/samples', () => {
  it('holds exactly the files described here', () => {
    expect(sampleNames()).toEqual(SAMPLES.map((sample) => sample.file));
  });

  it('has articles in each site language, named by locale', () => {
    const locales = new Set(sampleNames().map((name) => name.slice(0, 2)));
    expect([...locales].sort()).toEqual(['az', 'en', 'ru', 'tr']);
    for (const name of sampleNames()) expect(name).toMatch(/^(az|en|ru|tr)-\d{3}-[a-z0-9-]+\.txt$/);
  });

  it('keeps the seed article byte for byte', () => {
    const bytes = readFileSync(join(SAMPLES_DIR, 'az-000-seed.txt'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      'e159ceee995e48834c234c82ace4b1540af4a86b598436ecc812b9ec1338d8e8'
    );
  });

  describe.each(SAMPLES)('$file', (expected) => {
    const parsed = parseArticleText(readSample(expected.file));

    it('reads site, section, headline and dateline', () => {
      expect({
        site: parsed.site,
        section: parsed.section,
        headline: parsed.headline,
        dateline: parsed.dateline,
        datelineCredit: parsed.datelineCredit,
      }).toEqual({
        site: expected.site,
        section: expected.section,
        headline: expected.headline,
        dateline: expected.dateline,
        datelineCredit: expected.datelineCredit,
      });
    });

    it(`has ${expected.paragraphs} body paragraphs, each one line of clean text`, () => {
      expect(parsed.paragraphs).toHaveLength(expected.paragraphs);
      for (const paragraph of parsed.paragraphs) {
        expect(paragraph).not.toMatch(/[\n\r\t\u00A0\uFEFF]| {2}|^ | $/);
        expect(paragraph).not.toBe('');
      }
      expect(paragraphsToBlocks(parsed.paragraphs)).toHaveLength(expected.paragraphs);
    });

    it(`notes ${expected.warnings?.length ?? 0} oddities`, () => {
      expect(parsed.warnings).toEqual(expected.warnings ?? []);
    });

    if (expected.attribution !== undefined) {
      const attribution = expected.attribution;
      it(`keeps the attribution "${attribution.trim()}" in the body`, () => {
        expect(parsed.paragraphs.join('\n')).toContain(attribution);
      });
    } else {
      it('is original reporting: the body names no agency', () => {
        expect(parsed.paragraphs.join('\n')).not.toMatch(AGENCY_NAMES);
        expect(parsed.datelineCredit).toBeUndefined();
      });
    }
  });

  it('gives every sample a different content hash', () => {
    const hashes = SAMPLES.map((sample) => contentHash(parseArticleText(readSample(sample.file))));
    expect(new Set(hashes).size).toBe(SAMPLES.length);
  });

  it('includes a file saved with a BOM and CRLF line endings', () => {
    const raw = readSample('tr-002-anadolu-istanbul-vapur.txt');
    expect(raw.startsWith('\uFEFF')).toBe(true);
    expect(raw).toContain('\r\n');
  });

  it('includes a hard-wrapped file, whose lines are joined into paragraphs', () => {
    const parsed = parseArticleText(readSample('en-002-ap-new-orleans-streetcar.txt'));
    expect(parsed.paragraphs[0]).toBe(
      "(AP) — A streetcar line in New Orleans reopened on Monday after nearly six months of track and overhead wire repairs, bringing the green cars back to one of the city's busiest avenues."
    );
  });

  it('includes a file with non-breaking spaces, read as plain spaces', () => {
    expect(readSample('az-002-report-kitab-sergisi.txt')).toContain('\u00A0');
    const parsed = parseArticleText(readSample('az-002-report-kitab-sergisi.txt'));
    expect(parsed.paragraphs[0]).toContain('5 mindən');
  });
});
