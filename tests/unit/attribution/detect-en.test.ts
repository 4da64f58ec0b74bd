import { namesIn, phrasesIn } from './detection-helpers';

describe('detectAttributions in English', () => {
  describe('finds the outlet in', () => {
    it.each([
      ['LONDON, Nov 24 (Reuters) - Oil prices rose on Wednesday.', 'Reuters'],
      ['NEW ORLEANS (AP) — A powerful storm knocked out power to thousands.', 'AP'],
      ['PARIS (AFP) - France will raise its minimum wage in January.', 'AFP'],
      ['The ceasefire collapsed overnight, according to Reuters.', 'Reuters'],
      ['The Associated Press reported that the vote had been delayed.', 'The Associated Press'],
      ['The vote was delayed, the Associated Press reported.', 'Associated Press'],
      ['Bloomberg News reported on Tuesday that the deal was close.', 'Bloomberg News'],
      ['The talks were first reported by The Wall Street Journal.', 'The Wall Street Journal'],
      ['"We are not leaving," a senior commander told Reuters.', 'Reuters'],
      ['Two people were killed in the blast, citing Interfax.', 'Interfax'],
      ['Prices rose sharply in October, Reuters reports.', 'Reuters'],
      ['The plane landed safely, according to Russian news agency Interfax.', 'Interfax'],
      ['Earlier, according to Bloomberg, the bank had cut jobs.', 'Bloomberg'],
      ['Turnout was 61%, according to a Reuters tally.', 'Reuters'],
      ['She said in an interview with the BBC that she would run again.', 'BBC'],
      ['Interfax news agency said the plane had landed in Sochi.', 'Interfax'],
      ['The Kremlin denied it, according to the state news agency TASS.', 'TASS'],
      ['Reuters, citing three sources familiar with the matter, reported the sale.', 'Reuters'],
      ['According to Axios, the White House is preparing an order.', 'Axios'],
      ['The strike was confirmed, according to The New York Times.', 'The New York Times'],
      ['The deal has been signed, Xinhua reported on Monday.', 'Xinhua'],
      ['Earlier Reuters reported that the talks had stalled.', 'Reuters'],
    ])('%s', (sentence, name) => {
      expect(namesIn(sentence, 'en')).toEqual([name]);
    });
  });

  describe('finds outlets it has never heard of, by grammar alone', () => {
    it.each([
      ['The bridge was hit twice, according to Kyiv Independent.', 'Kyiv Independent'],
      ['The deal is off, Semafor reported on Friday.', 'Semafor'],
      ['The port was closed, according to Caliber.az.', 'Caliber.az'],
      ['The trial was postponed, according to Meduza.', 'Meduza'],
      ['The minister resigned, the Baku Herald reported.', 'Baku Herald'],
    ])('%s', (sentence, name) => {
      expect(namesIn(sentence, 'en')).toEqual([name]);
    });
  });

  it('quotes the whole dateline and the whole phrase', () => {
    expect(phrasesIn('LONDON, Nov 24 (Reuters) - Oil prices rose.', 'en')).toEqual([
      ['Reuters', 'LONDON, Nov 24 (Reuters) -'],
    ]);
    expect(phrasesIn('The vote was delayed, the Associated Press reported.', 'en')).toEqual([
      ['Associated Press', 'the Associated Press reported'],
    ]);
  });

  it('does not swallow the sentence-start word before or after the phrase', () => {
    expect(phrasesIn('Earlier, according to Reuters, talks stalled.', 'en')).toEqual([
      ['Reuters', 'according to Reuters'],
    ]);
    expect(phrasesIn('Earlier Reuters reported that talks stalled.', 'en')).toEqual([
      ['Reuters', 'Reuters reported'],
    ]);
    expect(namesIn('The talks stalled, according to Reuters Monday.', 'en')).toEqual(['Reuters']);
  });

  it('lists several outlets joined by "and", but never across a bare comma', () => {
    expect(namesIn('It rained, according to Reuters and the Associated Press.', 'en')).toEqual([
      'Reuters',
      'Associated Press',
    ]);
    expect(namesIn('according to Reuters, AFP and Bloomberg, the talks ended.', 'en')).toEqual([
      'Reuters',
      'AFP',
      'Bloomberg',
    ]);
    expect(namesIn('according to Reuters, Moscow denied the report.', 'en')).toEqual(['Reuters']);
  });

  describe('ignores names that are only mentioned', () => {
    it.each([
      'Reuters journalists were not allowed in.',
      'A Reuters photographer was injured in the blast.',
      'Thomson Reuters shares rose 2% on Monday.',
      'She told Congress that the budget was balanced.',
      'According to officials, three people died.',
      'The strike was approved, according to U.S. officials.',
      'Police reported two arrests on Sunday.',
      'He previously worked for Bloomberg and the BBC.',
      'Reuters could not independently verify the footage.',
      'Biden said, citing intelligence reports, that the threat was real.',
    ])('%s', (sentence) => {
      expect(namesIn(sentence, 'en')).toEqual([]);
    });
  });
});
