import { createHash } from 'node:crypto';
import { renderAttributionLine, type TranslationMethod } from '../attribution';
import { blocksToHtml, escapeHtml } from '../site/blocks-html';

/*
 * The preview page: one version of an article as a reader would see it, in its own language
 * (`lang`, `dir`): headline, dateline, lead, body, the attribution line and the translation
 * note, worded as the attribution hooks word them. Above it, in the editor's language, a
 * banner saying what this is (a draft, not public) and whether the translation is outdated.
 * Every value is escaped; the body goes through the same renderer as feeds (blocks-html.ts).
 * Pure.
 */

export interface PreviewArticle {
  locale: string;
  status: 'draft' | 'published';
  title: string | null;
  lead: string | null;
  dateline: string | null;
  body: unknown;
  originalReporting: boolean | null;
  sourceNames: string[];
  translation: {
    method: string | null;
    from: string | null;
    status: string | null;
    sourceChangedAt: string | null;
  } | null;
}

const METHODS: readonly string[] = ['human', 'machine', 'machine-reviewed'];

// Languages written right to left among those a newsroom may add.
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug']);

function directionOf(locale: string): 'rtl' | 'ltr' {
  return RTL.has(locale.split('-')[0].toLowerCase()) ? 'rtl' : 'ltr';
}

/** The line's two parts: whom the article credits, and how this locale came to be. */
export function readerNotes(article: PreviewArticle): { attribution: string; translation: string } {
  const method = article.translation?.method;
  const translated = method && METHODS.includes(method) ? (method as TranslationMethod) : null;
  return {
    attribution: renderAttributionLine({
      locale: article.locale,
      sourceNames: article.sourceNames,
      originalReporting: Boolean(article.originalReporting),
      translation: null,
    }),
    translation: translated
      ? renderAttributionLine({
          locale: article.locale,
          sourceNames: [],
          originalReporting: false,
          translation: { method: translated, from: article.translation?.from ?? null },
        })
      : '',
  };
}

function banner(article: PreviewArticle): string {
  const what =
    article.status === 'draft'
      ? `Preview of the draft (${article.locale}): not public.`
      : `Preview of the published version (${article.locale}).`;
  const t = article.translation;
  const outdated =
    t?.status === 'outdated' && t.method && METHODS.includes(t.method)
      ? ` This translation is outdated: the ${t.from ?? 'original'} text changed${
          t.sourceChangedAt ? ` on ${t.sourceChangedAt.slice(0, 10)}` : ''
        } after it was made.`
      : '';
  return `<p class="preview-banner" lang="en" dir="ltr">${escapeHtml(what + outdated)}</p>`;
}

const STYLE = `body{font:18px/1.55 Georgia,serif;max-width:42rem;margin:0 auto;padding:1rem 1.25rem;color:#1d1d1f}
.preview-banner{font:14px/1.4 system-ui,sans-serif;background:#fff4ce;border:1px solid #e0c060;padding:.5rem .75rem;border-radius:4px}
h1{font-size:2rem;line-height:1.2;margin:1.25rem 0 .5rem}.lead{font-size:1.15rem;font-weight:bold}
.dateline{text-transform:uppercase;font:13px system-ui,sans-serif;letter-spacing:.05em;color:#555}
footer{border-top:1px solid #ddd;margin-top:2rem;padding-top:.75rem;font:15px/1.4 system-ui,sans-serif;color:#444}`;

/*
 * The admin posts `strapiUpdate` to the preview frame after each save (content-manager
 * Preview page, onPreview): the page then shows the saved draft. The only script on the page.
 */
const RELOAD_ON_SAVE = `addEventListener('message',function(e){if(e.origin===location.origin&&e.data&&e.data.type==='strapiUpdate')location.reload()})`;

/**
 * The page's Content-Security-Policy: nothing but its own style, images and that one script,
 * framed only by the admin (same origin). A second line of defence behind the escaping.
 */
export const PREVIEW_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src 'self' data: https:",
  `script-src 'sha256-${createHash('sha256').update(RELOAD_ON_SAVE).digest('base64')}'`,
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function previewPage(article: PreviewArticle): string {
  const lang = escapeHtml(article.locale);
  const title = article.title ?? '';
  const notes = readerNotes(article);
  const part = (tag: string, cls: string, text: string | null) =>
    text ? `<${tag} class="${cls}">${escapeHtml(text)}</${tag}>` : '';
  return [
    '<!doctype html>',
    `<html lang="${lang}" dir="${directionOf(article.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="robots" content="noindex, nofollow">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    banner(article),
    '<article>',
    `<h1>${escapeHtml(title)}</h1>`,
    part('p', 'dateline', article.dateline),
    part('p', 'lead', article.lead),
    `<div class="body">${blocksToHtml(article.body)}</div>`,
    notes.attribution || notes.translation
      ? `<footer>${part('p', 'attribution', notes.attribution)}${part('p', 'translation-note', notes.translation)}</footer>`
      : '',
    '</article>',
    `<script>${RELOAD_ON_SAVE}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
