import { extractDateline } from './dateline';
import { ArticleParseError } from './errors';
import {
  HEADLINE_MAX_LENGTH,
  countSentenceBreaks,
  endsWithSentencePunctuation,
  looksLikeLabel,
  looksLikeParagraph,
  looksLikeSiteName,
  paragraphLikelihood,
  startsLikeNewLine,
} from './shape';
import { cleanLines, normalizeForComparison } from './text';
import type { ParsedArticle } from './types';

/** Lines between blank lines. */
type Block = string[];

/** Site, section, headline and maybe a kicker or photo credit: a dateline is looked for up to here. */
const MAX_HEADER_BLOCKS = 5;
/** Lines this long are not hard-wrapped: a block of them is one paragraph per line. */
const UNWRAPPED_LINE = 100;

interface Header {
  site?: string;
  section?: string;
  headline: string;
  /** Header-looking text after the headline (a standfirst), kept as body. */
  lead: string[];
}

/**
 * Reads an article in the plain-text import format: optional site line, optional section line,
 * headline, then paragraphs separated by blank lines, the first one possibly opening with a
 * dateline. Throws {@link ArticleParseError} when the text is not such an article.
 */
export function parseArticleText(text: string): ParsedArticle {
  const { lines, warnings } = cleanLines(text);
  const blocks = splitAtLeadingDateline(splitBlocks(lines));
  const bodyStart = findBodyStart(blocks);
  const header = readHeader(blocks.slice(0, bodyStart), warnings);

  const bodyBlocks = dropRepeatedHeadline(blocks.slice(bodyStart), header.headline, warnings);
  const body = bodyBlocks.flatMap((block) => blockToParagraphs(block, warnings));
  const { dateline, datelineCredit } = takeDateline(body, warnings);
  const paragraphs = [...header.lead, ...body];

  if (paragraphs.length === 0) {
    throw new ArticleParseError(
      'no-body',
      `Only a headline was found ("${header.headline}"), no body paragraph.`
    );
  }

  // Absent, not `undefined`, optional fields: results compare and serialize cleanly.
  return {
    ...(header.site !== undefined && { site: header.site }),
    ...(header.section !== undefined && { section: header.section }),
    headline: header.headline,
    ...(dateline !== undefined && { dateline }),
    ...(datelineCredit !== undefined && { datelineCredit }),
    paragraphs,
    warnings,
  };
}

function splitBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  for (const line of lines) {
    if (line !== '') {
      current.push(line);
    } else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** "Headline\nVaşinqton, - …" with no blank line between: the dateline starts a new block. */
function splitAtLeadingDateline(blocks: Block[]): Block[] {
  for (let b = 0; b < Math.min(blocks.length, MAX_HEADER_BLOCKS + 1); b++) {
    const block = blocks[b];
    if (extractDateline(block.join(' '))) return blocks;
    const at = block.findIndex((line, i) => i > 0 && extractDateline(line) !== undefined);
    if (at > 0) {
      return [...blocks.slice(0, b), block.slice(0, at), block.slice(at), ...blocks.slice(b + 1)];
    }
  }
  return blocks;
}

/**
 * Index of the first body block; the blocks before it are the header. Never 0: the first block
 * is always header. A dateline marks the body; so does text that is surely prose, whichever
 * comes first. Without either, text that is only likely prose does.
 */
function findBodyStart(blocks: Block[]): number {
  const texts = blocks.map((block) => block.join(' '));
  const firstAfterHeadline = (test: (text: string, i: number) => boolean): number => {
    const at = texts.findIndex((text, i) => i >= 1 && test(text, i));
    return at === -1 ? Infinity : at;
  };
  const dateline = firstAfterHeadline(
    (text, i) => i <= MAX_HEADER_BLOCKS && extractDateline(text) !== undefined
  );
  const prose = firstAfterHeadline((text) => paragraphLikelihood(text) === 'certain');
  const likelyProse = firstAfterHeadline((text) => paragraphLikelihood(text) === 'likely');
  const start = Math.min(dateline, prose);
  if (start !== Infinity) return start;
  if (likelyProse !== Infinity) return likelyProse;

  if (blocks.length <= 1) {
    throw new ArticleParseError(
      'no-body',
      'Only one block of text was found: an article needs a headline and at least one paragraph.'
    );
  }
  throw new ArticleParseError(
    'no-body',
    'No body paragraph was found: after the headline there is no text that reads as sentences.'
  );
}

/**
 * Header blocks to fields. Without blank lines between them ("Bbabo NET\nXəbərlər\nHeadline"),
 * a short line followed by a capitalised one is a field of its own; other lines are a
 * hard-wrapped headline.
 */
function headerFields(blocks: Block[]): string[] {
  const fields: string[] = [];
  for (const block of blocks) {
    let i = 0;
    while (i < block.length - 1 && looksLikeLabel(block[i]) && startsLikeNewLine(block[i + 1])) {
      fields.push(block[i]);
      i++;
    }
    fields.push(block.slice(i).join(' '));
  }
  return fields;
}

function readHeader(blocks: Block[], warnings: string[]): Header {
  const fields = headerFields(blocks);
  const last = fields.length - 1;
  const firstNonLabel = fields.findIndex((field) => !looksLikeLabel(field));
  // The headline is the block right before the body, unless a longer line before it is the
  // headline and what follows is a standfirst.
  const headlineAt = firstNonLabel === -1 || firstNonLabel >= last ? last : firstNonLabel;
  const headline = fields[headlineAt];
  const labels = fields.slice(0, headlineAt);
  const lead = fields.slice(headlineAt + 1);

  if (headline.length > HEADLINE_MAX_LENGTH) {
    throw new ArticleParseError(
      'headline-too-long',
      `The headline is ${headline.length} characters long (at most ${HEADLINE_MAX_LENGTH}): ` +
        'it is probably a paragraph, and the file has no headline.'
    );
  }
  if (headlineAt === 0 && looksLikeParagraph(headline)) {
    warnings.push('The headline reads like a sentence; check that the file starts with one.');
  } else if (countSentenceBreaks(headline) > 0) {
    warnings.push('The headline has more than one sentence.');
  }
  if (lead.length > 0) {
    warnings.push(
      `${lead.length} line(s) between the headline and the body were kept as the first paragraph(s).`
    );
  }

  const header: Header = { headline, lead };
  if (labels.length === 1) {
    if (looksLikeSiteName(labels[0])) {
      header.site = labels[0];
      warnings.push(`One line before the headline, "${labels[0]}", was read as the site name.`);
    } else {
      header.section = labels[0];
      warnings.push(`One line before the headline, "${labels[0]}", was read as the section.`);
    }
  } else if (labels.length >= 2) {
    [header.site, header.section] = labels;
    if (labels.length > 2) {
      warnings.push(
        `Lines before the headline were ignored: ${labels
          .slice(2)
          .map((label) => `"${label}"`)
          .join(', ')}.`
      );
    }
  }
  return header;
}

/** The seed repeats its headline as the last line: that copy is not body text. */
function dropRepeatedHeadline(blocks: Block[], headline: string, warnings: string[]): Block[] {
  const last = blocks[blocks.length - 1];
  if (last === undefined) return blocks;
  const target = normalizeForComparison(headline);
  const note = 'The headline repeated at the end was dropped.';

  if (blocks.length > 1 && normalizeForComparison(last.join(' ')) === target) {
    warnings.push(note);
    return blocks.slice(0, -1);
  }
  if (last.length > 1 && normalizeForComparison(last[last.length - 1]) === target) {
    warnings.push(note);
    return [...blocks.slice(0, -1), last.slice(0, -1)];
  }
  return blocks;
}

/**
 * Lines of a block are joined with a space (hard-wrapped text), unless they are long lines that
 * each end a sentence: then the file put one paragraph per line.
 */
function blockToParagraphs(block: Block, warnings: string[]): string[] {
  const oneParagraphPerLine =
    block.length > 1 &&
    block.slice(0, -1).every(endsWithSentencePunctuation) &&
    block.some((line) => line.length > UNWRAPPED_LINE);
  if (oneParagraphPerLine) {
    const note = 'Paragraphs not separated by blank lines were read one per line.';
    if (!warnings.includes(note)) warnings.push(note);
    return block;
  }
  return [block.join(' ')];
}

/** Removes the dateline from the first paragraph (in place) and returns it. */
function takeDateline(
  paragraphs: string[],
  warnings: string[]
): { dateline?: string; datelineCredit?: string } {
  const found = paragraphs.length > 0 ? extractDateline(paragraphs[0]) : undefined;
  if (!found) {
    warnings.push('No dateline was found at the start of the first paragraph.');
    return {};
  }

  const standsAlone = found.credit === undefined ? found.rest === '' : isBareCredit(found.rest);
  if (standsAlone && paragraphs.length > 1) {
    // "LONDON, Nov 24 (Reuters) -" on a line of its own, blank line, then the text.
    const next = paragraphs[1];
    paragraphs.splice(0, 2, found.rest === '' ? next : `${found.rest} ${next}`);
    warnings.push('The dateline stood alone and was joined to the paragraph after it.');
  } else if (standsAlone) {
    paragraphs.splice(0, 1);
  } else {
    paragraphs[0] = found.rest;
  }
  return { dateline: found.place, datelineCredit: found.credit };
}

/** "(Reuters) -" or "/ТАСС/." with nothing after it. */
function isBareCredit(rest: string): boolean {
  return /^(?:\([^)]*\)[ ]?[.,]?[ ]?(?:--|[-‐‑‒–—―])|\/[^/]*\/\.?)$/u.test(rest);
}
