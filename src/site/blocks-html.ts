/*
 * Strapi 5 "blocks" rich text as HTML for feeds and ninjs. Every text is escaped; links keep
 * only http(s) and mailto URLs; unknown nodes render their text. Pure; never throws.
 */

type Node = Record<string, unknown>;

const MAX_DEPTH = 64;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const SAFE_URL = /^(https?:|mailto:)/i;

function inline(node: Node): string {
  if (typeof node.text === 'string') {
    let html = escapeHtml(node.text);
    if (node.code) html = `<code>${html}</code>`;
    if (node.bold) html = `<strong>${html}</strong>`;
    if (node.italic) html = `<em>${html}</em>`;
    if (node.underline) html = `<u>${html}</u>`;
    if (node.strikethrough) html = `<s>${html}</s>`;
    return html;
  }
  return '';
}

function render(node: unknown, depth: number): string {
  if (depth > MAX_DEPTH || !isNode(node)) return '';
  const children = Array.isArray(node.children)
    ? node.children.map((child) => render(child, depth + 1)).join('')
    : inline(node);
  switch (node.type) {
    case 'paragraph':
      return `<p>${children}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(node.level) || 2));
      return `<h${level}>${children}</h${level}>`;
    }
    case 'quote':
      return `<blockquote>${children}</blockquote>`;
    case 'code':
      return `<pre><code>${children}</code></pre>`;
    case 'list':
      return node.format === 'ordered' ? `<ol>${children}</ol>` : `<ul>${children}</ul>`;
    case 'list-item':
      return `<li>${children}</li>`;
    case 'link': {
      const url = typeof node.url === 'string' && SAFE_URL.test(node.url) ? node.url : null;
      return url ? `<a href="${escapeHtml(url)}">${children}</a>` : children;
    }
    default:
      return children;
  }
}

/** The HTML of a blocks document (an array of blocks); '' for anything else. */
export function blocksToHtml(body: unknown): string {
  if (!Array.isArray(body)) return typeof body === 'string' ? `<p>${escapeHtml(body)}</p>` : '';
  return body.map((block) => render(block, 0)).join('\n');
}
