/** A Strapi 5 "blocks" paragraph with plain text, as imports create them. */
export interface ParagraphBlock {
  type: 'paragraph';
  children: { type: 'text'; text: string }[];
}

export interface ArticleTextInput {
  title?: string | null;
  lead?: string | null;
  body?: unknown;
}

// Block-level nodes start a new line inside their parent (list items, nested lists).
const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'list-item',
  'code',
  'image',
]);
// Deeper than any real document: protects against cyclic or hostile input.
const MAX_DEPTH = 64;

/**
 * The plain text of an article: title, lead and each body block, separated by blank lines.
 * Malformed body JSON (not an array, nulls, unknown nodes) yields what text it has; never throws.
 */
export function extractText(input: ArticleTextInput): string {
  const parts = [
    typeof input?.title === 'string' ? input.title : '',
    typeof input?.lead === 'string' ? input.lead : '',
    ...bodyBlocks(input?.body).map((block) => textOf(block, 0)),
  ];
  return parts
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .join('\n\n');
}

function bodyBlocks(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (typeof body === 'string') return [{ type: 'text', text: body }];
  return isRecord(body) ? [body] : [];
}

function textOf(node: unknown, depth: number): string {
  if (depth > MAX_DEPTH || !isRecord(node)) return '';
  if (typeof node.text === 'string') return node.text;
  if (!Array.isArray(node.children)) return '';
  let text = '';
  for (const child of node.children) {
    const childText = textOf(child, depth + 1);
    const startsLine = isRecord(child) && BLOCK_TYPES.has(String(child.type));
    text += startsLine && text !== '' && childText !== '' ? `\n${childText}` : childText;
  }
  return text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Body blocks from plain paragraphs (blank ones dropped), for imported articles. */
export function paragraphsToBlocks(paragraphs: readonly string[]): ParagraphBlock[] {
  return paragraphs
    .filter((paragraph) => typeof paragraph === 'string' && paragraph.trim().length > 0)
    .map((paragraph) => ({
      type: 'paragraph',
      children: [{ type: 'text', text: paragraph.trim() }],
    }));
}

// Blocks that hold only text: empty when their text is blank. Images and other media carry
// no text and are kept.
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'quote', 'code', 'list', 'list-item']);

/**
 * A blocks body without the empty text blocks that pasting leaves between paragraphs (a
 * paragraph of blank text nodes, an empty list item, a list left with no items). A block with
 * any visible text, and every non-text block (images), is kept as it is. Not an array: returned
 * unchanged, for the validators to judge.
 */
export function dropEmptyBlocks(body: unknown): unknown {
  if (!Array.isArray(body)) return body;
  return body.map((block) => withoutEmptyItems(block)).filter((block) => !isEmptyBlock(block));
}

function withoutEmptyItems(block: unknown): unknown {
  if (!isRecord(block) || block.type !== 'list' || !Array.isArray(block.children)) return block;
  return {
    ...block,
    children: block.children
      .map((child) => withoutEmptyItems(child))
      .filter((child) => !isEmptyBlock(child)),
  };
}

function isEmptyBlock(block: unknown): boolean {
  if (!isRecord(block) || !TEXT_BLOCKS.has(String(block.type))) return false;
  // Pasted "blank" lines are often a no-break space or a zero-width character.
  return textOf(block, 0).replace(INVISIBLE, '').trim() === '';
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
