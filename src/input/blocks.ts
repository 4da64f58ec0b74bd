/*
 * The grammar of a Strapi `blocks` (rich text) value, as the admin's editor writes it and
 * Strapi's renderers read it: a list of block nodes (paragraph, heading, quote, code, list,
 * image) whose leaves are text and link nodes. Strapi's own yup schema lets a plain string
 * through on the content API (stored as given, 201); this is checked first on every write.
 * Pure.
 */
import { joinPath, type InputProblem } from './text';

/** Lists within lists; the editor offers a handful, a hostile body thousands. */
export const MAX_LIST_NESTING = 12;
/** A 1 MB request body holds far fewer nodes than this. */
const MAX_NODES = 100_000;

type Problem = InputProblem | null;
type Node = Record<string, unknown>;
const problem = (path: string, message: string): InputProblem => ({ path, message });
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TEXT_MARKS = ['bold', 'italic', 'underline', 'strikethrough', 'code'];
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'ftp:', 'mailto:', 'tel:']);

export function blocksProblem(value: unknown, path: string): Problem {
  if (!Array.isArray(value)) return problem(path, 'must be a list of blocks (rich text)');
  const budget = { nodes: 0 };
  for (const [index, block] of value.entries()) {
    const found = blockProblem(block, joinPath(path, index), 0, budget);
    if (found) return found;
  }
  return null;
}

function blockProblem(
  block: unknown,
  path: string,
  nesting: number,
  budget: { nodes: number }
): Problem {
  if (++budget.nodes > MAX_NODES) return problem(path, 'has too many nodes');
  if (!isNode(block)) return problem(path, 'must be a block object');
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return inlineChildren(block, path, 1, budget);
    case 'heading':
      if (![1, 2, 3, 4, 5, 6].includes(block.level as number)) {
        return problem(joinPath(path, 'level'), 'must be 1 to 6');
      }
      return inlineChildren(block, path, 1, budget);
    case 'code':
      if (
        block.language !== undefined &&
        block.language !== null &&
        typeof block.language !== 'string'
      ) {
        return problem(joinPath(path, 'language'), 'must be a string');
      }
      return children(block, path, 1, budget, textProblem);
    case 'image':
      if (!isNode(block.image) || typeof block.image.url !== 'string') {
        return problem(joinPath(path, 'image'), 'must be an image with a url');
      }
      return inlineChildren(block, path, 0, budget);
    case 'list':
      if (block.format !== 'ordered' && block.format !== 'unordered') {
        return problem(joinPath(path, 'format'), 'must be ordered or unordered');
      }
      if (nesting >= MAX_LIST_NESTING) {
        return problem(path, `lists may be nested at most ${MAX_LIST_NESTING} deep`);
      }
      return children(block, path, 1, budget, (child, where) => {
        if (isNode(child) && child.type === 'list')
          return blockProblem(child, where, nesting + 1, budget);
        if (isNode(child) && child.type === 'list-item')
          return inlineChildren(child, where, 0, budget);
        return problem(where, 'must be a list-item or a list');
      });
    default:
      return problem(
        joinPath(path, 'type'),
        'must be paragraph, heading, quote, code, list or image'
      );
  }
}

function children(
  node: Node,
  path: string,
  minimum: number,
  budget: { nodes: number },
  check: (child: unknown, path: string) => Problem
): Problem {
  const where = joinPath(path, 'children');
  if (!Array.isArray(node.children)) return problem(where, 'must be a list');
  if (node.children.length < minimum) return problem(where, 'must not be empty');
  for (const [index, child] of node.children.entries()) {
    if (++budget.nodes > MAX_NODES) return problem(where, 'has too many nodes');
    const found = check(child, joinPath(where, index));
    if (found) return found;
  }
  return null;
}

function inlineChildren(
  node: Node,
  path: string,
  minimum: number,
  budget: { nodes: number }
): Problem {
  return children(node, path, minimum, budget, (child, where) => {
    if (isNode(child) && child.type === 'link') {
      if (typeof child.url !== 'string' || !validLink(child.url)) {
        return problem(joinPath(where, 'url'), 'must be an http(s), ftp, mailto or tel link');
      }
      return children(child, where, 0, budget, textProblem);
    }
    return textProblem(child, where);
  });
}

function textProblem(node: unknown, path: string): Problem {
  if (!isNode(node) || node.type !== 'text') return problem(path, 'must be a text node');
  if (typeof node.text !== 'string') return problem(joinPath(path, 'text'), 'must be a string');
  for (const mark of TEXT_MARKS) {
    if (node[mark] !== undefined && typeof node[mark] !== 'boolean') {
      return problem(joinPath(path, mark), 'must be true or false');
    }
  }
  return null;
}

function validLink(link: string): boolean {
  try {
    return LINK_PROTOCOLS.has(
      new URL(link.startsWith('/') ? `https://x.invalid${link}` : link).protocol
    );
  } catch {
    return false;
  }
}
