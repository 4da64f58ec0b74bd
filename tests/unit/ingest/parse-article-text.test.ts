import { ArticleParseError, parseArticleText } from '../../../src/ingest';
import type { ArticleParseErrorReason } from '../../../src/ingest';
import { formattingVariants, readFixture, readSample } from './helpers';

const SEED = readSample('az-000-seed.txt');
const SEED_HEADLINE =
  'Ukraynaya hücum etmədiyinə dair sübut tələb edən xarici işlər naziri Blinken Rusiya hərbçilərindən istefaya getməsini xahiş edir';

/** A minimal article around `firstParagraph`. */
function article(firstParagraph: string, headline = 'Blinken Lavrovla telefonla danışıb'): string {
  return `${headline}\n\n${firstParagraph}\n\nİkinci abzas da var. O, qısa olsa da tamdır.\n`;
}

function parseError(text: string): ArticleParseError {
  try {
    parseArticleText(text);
  } catch (error) {
    if (error instanceof ArticleParseError) return error;
    throw error;
  }
  throw new Error('expected an ArticleParseError, but the text parsed');
}

describe('parseArticleText', () => {
  describe('the seed article', () => {
    const parsed = parseArticleText(SEED);

    it('reads the site name, the section and the headline', () => {
      expect(parsed.site).toBe('Bbabo NET');
      expect(parsed.section).toBe('Xəbərlər');
      expect(parsed.headline).toBe(SEED_HEADLINE);
    });

    it('takes "Vaşinqton" as the dateline and removes it from the first paragraph', () => {
      expect(parsed.dateline).toBe('Vaşinqton');
      expect(parsed.datelineCredit).toBeUndefined();
      expect(parsed.paragraphs[0]).toMatch(/^Birləşmiş Ştatların dövlət katibi \(ABŞ\)/);
    });

    it('returns the nine body paragraphs exactly as written', () => {
      const blocks = SEED.trimEnd().split('\n\n');
      const expected = blocks.slice(3, -1);
      expected[0] = expected[0].replace('Vaşinqton, - ', '');
      expect(parsed.paragraphs).toHaveLength(9);
      expect(parsed.paragraphs).toEqual(expected);
    });

    it('keeps straight and curly quotes as they are in the text', () => {
      expect(parsed.paragraphs[2]).toContain('“peşəkar və dürüst”');
      expect(parsed.paragraphs[3]).toMatch(/^"Biz Rusiyanın/);
      expect(parsed.paragraphs[8]).toMatch(/^“\(Rəsmi\) cavabı/);
    });

    it('keeps the agency mentioned in the body for attribution', () => {
      expect(parsed.paragraphs[1]).toMatch(/^Reuters agentliyinin verdiyi məlumata görə/);
    });

    it('drops the headline repeated as the last line, and says so', () => {
      expect(parsed.paragraphs.join('\n')).not.toContain('xahiş edir');
      expect(parsed.warnings).toEqual(['The headline repeated at the end was dropped.']);
    });

    it.each(Object.entries(formattingVariants(SEED)))('reads the same with %s', (_name, text) => {
      expect(parseArticleText(text)).toEqual(parsed);
    });
  });

  describe('datelines', () => {
    it.each([
      {
        opening: 'Vaşinqton, - ',
        place: 'Vaşinqton',
        credit: undefined,
        paragraph: 'Blinken sübut istədi.',
      },
      {
        opening: 'Vaşinqton, – ',
        place: 'Vaşinqton',
        credit: undefined,
        paragraph: 'Blinken sübut istədi.',
      },
      {
        opening: 'Bakı, 24 noyabr. – ',
        place: 'Bakı',
        credit: undefined,
        paragraph: 'Blinken sübut istədi.',
      },
      {
        opening: 'LONDON, Nov 24 (Reuters) - ',
        place: 'LONDON',
        credit: 'Reuters',
        paragraph: '(Reuters) - Blinken sübut istədi.',
      },
      {
        opening: 'NEW ORLEANS (AP) — ',
        place: 'NEW ORLEANS',
        credit: 'AP',
        paragraph: '(AP) — Blinken sübut istədi.',
      },
      {
        opening: 'МОСКВА, 24 ноября. /ТАСС/. ',
        place: 'МОСКВА',
        credit: 'ТАСС',
        paragraph: '/ТАСС/. Blinken sübut istədi.',
      },
      {
        opening: 'ANKARA (AA) - ',
        place: 'ANKARA',
        credit: 'AA',
        paragraph: '(AA) - Blinken sübut istədi.',
      },
      {
        opening: 'İstanbul, 24 Kasım (AA) - ',
        place: 'İstanbul',
        credit: 'AA',
        paragraph: '(AA) - Blinken sübut istədi.',
      },
      {
        opening: 'WASHINGTON — ',
        place: 'WASHINGTON',
        credit: undefined,
        paragraph: 'Blinken sübut istədi.',
      },
      {
        opening: 'Санкт-Петербург, 24 ноября – ',
        place: 'Санкт-Петербург',
        credit: undefined,
        paragraph: 'Blinken sübut istədi.',
      },
    ])('reads "$opening" as the dateline $place', ({ opening, place, credit, paragraph }) => {
      const parsed = parseArticleText(article(`${opening}Blinken sübut istədi.`));
      expect(parsed.dateline).toBe(place);
      expect(parsed.datelineCredit).toBe(credit);
      expect(parsed.paragraphs[0]).toBe(paragraph);
      expect(parsed.warnings).toEqual([]);
    });

    it('keeps the agency credit at the start of the paragraph so attribution still sees it', () => {
      const parsed = parseArticleText(
        article('LONDON, Nov 24 (Reuters) - Britain said on Monday it would act.')
      );
      expect(parsed.paragraphs[0]).toBe('(Reuters) - Britain said on Monday it would act.');
    });

    it.each([
      'Rusiya - Ukrayna danışıqları bu həftə davam edəcək.',
      'NATO – Rusiya münasibətləri gərgin olaraq qalır.',
      'Rusiya, Ukrayna və Belarus - üç ölkə razılığa gəlib.',
      'Birləşmiş Ştatların dövlət katibi (ABŞ) Antoni Blinken sübut istədi.',
      'Blinken said on Monday that talks would continue.',
    ])('does not mistake an ordinary opening for a dateline: %s', (paragraph) => {
      const parsed = parseArticleText(article(paragraph));
      expect(parsed.dateline).toBeUndefined();
      expect(parsed.paragraphs[0]).toBe(paragraph);
      expect(parsed.warnings).toEqual([
        'No dateline was found at the start of the first paragraph.',
      ]);
    });

    it('looks for the dateline in the first paragraph only', () => {
      const parsed = parseArticleText(
        'Manşet\n\nBirinci abzas buradadır.\n\nBakı, 24 noyabr. – İkinci abzas.\n'
      );
      expect(parsed.dateline).toBeUndefined();
      expect(parsed.paragraphs[1]).toBe('Bakı, 24 noyabr. – İkinci abzas.');
    });

    it('joins a dateline standing on its own to the paragraph after it', () => {
      const parsed = parseArticleText(
        'Storm hits Britain\n\nLONDON, Nov 24 (Reuters) -\n\nA storm hit Britain on Monday.\n'
      );
      expect(parsed.dateline).toBe('LONDON');
      expect(parsed.paragraphs).toEqual(['(Reuters) - A storm hit Britain on Monday.']);
      expect(parsed.warnings).toContain(
        'The dateline stood alone and was joined to the paragraph after it.'
      );
    });

    it('finds a dateline on the line right after the headline, with no blank line between', () => {
      const parsed = parseArticleText(
        'Storm hits Britain\nLONDON, Nov 24 (Reuters) - A storm hit Britain on Monday.\n'
      );
      expect(parsed.headline).toBe('Storm hits Britain');
      expect(parsed.dateline).toBe('LONDON');
      expect(parsed.paragraphs).toEqual(['(Reuters) - A storm hit Britain on Monday.']);
    });

    it('reads a dateline that is hard-wrapped onto two lines', () => {
      const parsed = parseArticleText(
        'Storm hits Britain\n\nLONDON, Nov 24 (Reuters) -\nA storm hit Britain on Monday.\n'
      );
      expect(parsed.dateline).toBe('LONDON');
      expect(parsed.paragraphs).toEqual(['(Reuters) - A storm hit Britain on Monday.']);
    });
  });

  describe('site, section and headline lines', () => {
    it('reads site, section and headline written on consecutive lines', () => {
      const parsed = parseArticleText(
        'Bbabo NET\nXəbərlər\nBlinken Lavrovla danışıb\n\nVaşinqton, - Blinken sübut istədi.\n'
      );
      expect(parsed).toMatchObject({
        site: 'Bbabo NET',
        section: 'Xəbərlər',
        headline: 'Blinken Lavrovla danışıb',
        dateline: 'Vaşinqton',
        paragraphs: ['Blinken sübut istədi.'],
      });
    });

    it('takes the first block as the headline when there is no site or section line', () => {
      const parsed = parseArticleText(article('Vaşinqton, - Blinken sübut istədi.'));
      expect(parsed.site).toBeUndefined();
      expect(parsed.section).toBeUndefined();
      expect(parsed.headline).toBe('Blinken Lavrovla telefonla danışıb');
      expect(parsed.warnings).toEqual([]);
    });

    it.each([
      ['Bbabo NET', 'site'],
      ['Report.az', 'site'],
      ['Gündem Haber Portal', 'site'],
      ['Xəbərlər', 'section'],
      ['Новости', 'section'],
      ['World', 'section'],
    ])('reads a single line "%s" before the headline as the %s', (line, field) => {
      const parsed = parseArticleText(
        article('Vaşinqton, - Blinken sübut istədi.', `${line}\n\nManşet`)
      );
      expect(parsed.headline).toBe('Manşet');
      expect(parsed[field === 'site' ? 'site' : 'section']).toBe(line);
      expect(parsed[field === 'site' ? 'section' : 'site']).toBeUndefined();
      expect(parsed.warnings).toEqual([
        `One line before the headline, "${line}", was read as the ${field === 'site' ? 'site name' : 'section'}.`,
      ]);
    });

    it('joins a headline hard-wrapped over two lines', () => {
      const parsed = parseArticleText(
        'Bbabo NET\n\nXəbərlər\n\nBlinken Rusiyadan Ukraynaya hücum\netmədiyinə dair sübut tələb edib\n\nVaşinqton, - Mətn.\n'
      );
      expect(parsed.headline).toBe(
        'Blinken Rusiyadan Ukraynaya hücum etmədiyinə dair sübut tələb edib'
      );
      expect(parsed.site).toBe('Bbabo NET');
      expect(parsed.section).toBe('Xəbərlər');
    });

    it('keeps a headline that ends with a question mark or a quotation', () => {
      expect(
        parseArticleText(article('Blinken sübut istədi.', 'Rusiya Ukraynaya hücum edəcəkmi?'))
          .headline
      ).toBe('Rusiya Ukraynaya hücum edəcəkmi?');
      expect(
        parseArticleText(article('Blinken sübut istədi.', 'Blinken: “Sübut istəyirik”')).headline
      ).toBe('Blinken: “Sübut istəyirik”');
    });

    it('takes a one-sentence first paragraph as body, not as the headline', () => {
      const parsed = parseArticleText('Görüş təxirə salındı\n\nGörüş gələn həftəyə keçirilib.\n');
      expect(parsed.headline).toBe('Görüş təxirə salındı');
      expect(parsed.paragraphs).toEqual(['Görüş gələn həftəyə keçirilib.']);
    });

    it('warns when the headline itself reads like a sentence', () => {
      const parsed = parseArticleText(
        'Görüş gələn həftəyə keçirilib.\n\nVaşinqton, - Tərəflər razılığa gəlib.\n'
      );
      expect(parsed.headline).toBe('Görüş gələn həftəyə keçirilib.');
      expect(parsed.warnings).toContain(
        'The headline reads like a sentence; check that the file starts with one.'
      );
    });

    it('ignores short lines beyond site and section, and says so', () => {
      const parsed = parseArticleText(
        'Bbabo NET\n\nXəbərlər\n\nDünya\n\nManşet\n\nVaşinqton, - Mətn.\n'
      );
      expect(parsed).toMatchObject({ site: 'Bbabo NET', section: 'Xəbərlər', headline: 'Manşet' });
      expect(parsed.warnings).toContain('Lines before the headline were ignored: "Dünya".');
    });

    it('keeps a standfirst between the headline and the body as the first paragraph', () => {
      const headline = 'Blinken Rusiyadan Ukraynaya hücum etmədiyinə dair sübut tələb edib';
      const standfirst = 'ABŞ dövlət katibi rusiyalı həmkarı ilə yarım saat telefonla danışıb';
      const parsed = parseArticleText(
        `Bbabo NET\n\n${headline}\n\n${standfirst}\n\nVaşinqton, - Mətn.\n`
      );
      expect(parsed.site).toBe('Bbabo NET');
      expect(parsed.headline).toBe(headline);
      expect(parsed.paragraphs).toEqual([standfirst, 'Mətn.']);
      expect(parsed.dateline).toBe('Vaşinqton');
    });
  });

  describe('body paragraphs', () => {
    it('joins the lines of a hard-wrapped paragraph with a space', () => {
      const parsed = parseArticleText(
        'Manşet\n\nVaşinqton, - Birləşmiş Ştatların dövlət katibi\nAntoni Blinken sübut\nistədi.\n'
      );
      expect(parsed.paragraphs).toEqual([
        'Birləşmiş Ştatların dövlət katibi Antoni Blinken sübut istədi.',
      ]);
    });

    it('reads long lines that each end a sentence as one paragraph per line', () => {
      const first = 'Vaşinqton, - ' + 'Blinken Lavrovla telefonla danışıb. '.repeat(3).trim();
      const second = 'Rəsmi bildirib ki, söhbət peşəkar olub. '.repeat(3).trim();
      const parsed = parseArticleText(`Manşet\n\n${first}\n${second}\n`);
      expect(parsed.paragraphs).toHaveLength(2);
      expect(parsed.paragraphs[1]).toBe(second);
      expect(parsed.warnings).toContain(
        'Paragraphs not separated by blank lines were read one per line.'
      );
    });

    it('collapses tabs, non-breaking and repeated spaces inside a paragraph', () => {
      const parsed = parseArticleText(
        'Manşet\n\nVaşinqton, -\u00A0Blinken\t\tsübut   istədi,\u202F100\u00A0min hərbçi.\n'
      );
      expect(parsed.paragraphs).toEqual(['Blinken sübut istədi, 100 min hərbçi.']);
    });

    it('removes zero-width and soft-hyphen characters', () => {
      const parsed = parseArticleText('Man\u200Bşet\n\nBlin\u00ADken sübut\uFEFF istədi.\n');
      expect(parsed.headline).toBe('Manşet');
      expect(parsed.paragraphs).toEqual(['Blinken sübut istədi.']);
    });

    it('keeps «guillemets», „low quotes“ and apostrophes as written', () => {
      const paragraph = "По данным «Интерфакса», „все“ ушли; Ankara'da ve Ankara’da.";
      expect(parseArticleText(article(paragraph)).paragraphs[0]).toBe(paragraph);
    });

    it('returns text in Unicode NFC form', () => {
      const decomposed = 'Xəbərlər İstanbul'.normalize('NFD');
      const parsed = parseArticleText(article(`${decomposed} haqqında.`));
      expect(parsed.paragraphs[0]).toBe('Xəbərlər İstanbul haqqında.');
    });

    it('tolerates a few control characters, removes them and says so', () => {
      const parsed = parseArticleText(article('Blinken\u0007 sübut istədi.'));
      expect(parsed.paragraphs[0]).toBe('Blinken sübut istədi.');
      expect(parsed.warnings).toContain('1 control or undecodable character(s) were removed.');
    });
  });

  describe('a headline repeated at the end', () => {
    it.each([
      ['the same text', 'Blinken “sübut” istəyir'],
      ['other quotes', 'Blinken "sübut" istəyir'],
      ['capitals', 'BLINKEN “SÜBUT” İSTƏYİR'],
      ['a final full stop', 'Blinken “sübut” istəyir.'],
      ['extra spaces', '  Blinken   “sübut”\u00A0istəyir '],
    ])('is dropped when written with %s', (_case, repeat) => {
      const parsed = parseArticleText(
        `Blinken “sübut” istəyir\n\nVaşinqton, - Mətn bir.\n\nMətn iki.\n\n${repeat}\n`
      );
      expect(parsed.paragraphs).toEqual(['Mətn bir.', 'Mətn iki.']);
      expect(parsed.warnings).toEqual(['The headline repeated at the end was dropped.']);
    });

    it('is dropped when it is the last line of the last paragraph', () => {
      const parsed = parseArticleText(
        'Blinken sübut istəyir\n\nVaşinqton, - Mətn bir.\n\nMətn iki.\nBlinken sübut istəyir\n'
      );
      expect(parsed.paragraphs).toEqual(['Mətn bir.', 'Mətn iki.']);
    });

    it('is kept when the last paragraph only resembles the headline', () => {
      const parsed = parseArticleText(
        'Blinken sübut istəyir\n\nVaşinqton, - Mətn bir.\n\nBlinken sübut istəyir, Lavrov isə yox.\n'
      );
      expect(parsed.paragraphs).toEqual(['Mətn bir.', 'Blinken sübut istəyir, Lavrov isə yox.']);
    });
  });

  describe('text that is not an article', () => {
    it.each<[string, ArticleParseErrorReason]>([
      ['empty.txt', 'empty'],
      ['whitespace-only.txt', 'empty'],
      ['headline-only.txt', 'no-body'],
      ['header-only.txt', 'no-body'],
      ['binary.bin', 'binary'],
      ['control-chars.txt', 'binary'],
      ['headline-too-long.txt', 'headline-too-long'],
    ])('rejects %s with reason "%s"', (fixture, reason) => {
      const error = parseError(readFixture(fixture));
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toBe('ArticleParseError');
      expect(error.reason).toBe(reason);
      expect(error.message).toMatch(/^[A-Z].{20,}\.$/s);
    });

    it('rejects an otherwise good article that contains a NUL byte', () => {
      expect(parseError(SEED.replace('Reuters', 'Reu\u0000ters')).reason).toBe('binary');
    });

    it('rejects a headline followed only by a repeat of itself', () => {
      expect(parseError('Manşet burada\n\nManşet burada\n').reason).toBe('no-body');
    });

    it('rejects a dateline with no text after it', () => {
      expect(parseError('Manşet\n\nVaşinqton, -\n').reason).toBe('no-body');
    });

    it('names the headline in the message when only a headline was found', () => {
      expect(parseError('Manşet\n\nVaşinqton, -\n').message).toContain('"Manşet"');
    });

    it('explains an over-long headline with its length', () => {
      expect(parseError(readFixture('headline-too-long.txt')).message).toMatch(
        /^The headline is \d{3} characters long \(at most 300\)/
      );
    });
  });
});
