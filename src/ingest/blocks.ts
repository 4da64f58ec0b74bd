// Strapi 5 "blocks" rich text, only the part the importer writes. Declared here rather than
// imported so this module stays free of Strapi.

export interface TextNode {
  type: 'text';
  text: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  children: TextNode[];
}

export type BlocksContent = ParagraphBlock[];

/** One `paragraph` block per non-empty paragraph, the text as a single plain text node. */
export function paragraphsToBlocks(paragraphs: readonly string[]): BlocksContent {
  return paragraphs
    .filter((text) => text.trim() !== '')
    .map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}
