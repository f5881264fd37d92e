/**
 * A note's Markdown as safe HTML: marked for the syntax, DOMPurify so nothing active gets through.
 * Notes have no files of their own, so nothing in them may be fetched: no images, no media
 * sources, no posters or srcsets (resourceUrls.ts), and no form or template elements.
 * A note marked cannot process (thousands of `>`, say) is shown as its escaped text instead, the
 * same fallback the library's documents use, and is sanitised all the same.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { marked } from 'marked';
import { renderOrPlainText } from '../../../core/content/markdownFallback';
import { keepUrlAttribute } from '../library/resourceUrls';

let purifier: Purifier | null = null;

function notePurifier(): Purifier {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.keepAttr && !keepUrlAttribute(node.nodeName.toLowerCase(), data.attrName, data.attrValue, 'none')) data.keepAttr = false;
  });
  return purifier;
}

export function renderNoteMarkdown(body: string): string {
  const rendered = renderOrPlainText(body, (text) => marked.parse(text, { async: false, gfm: true, breaks: true }));
  if (!rendered.ok) console.warn('Catatan ditampilkan sebagai teks biasa:', rendered.failure.error);
  return notePurifier().sanitize(rendered.ok ? rendered.value : rendered.html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'iframe', 'form', 'input', 'button', 'textarea', 'select', 'option', 'img', 'source', 'template', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style'],
    ALLOWED_URI_REGEXP: /^(?:https?:|#)/i,
  });
}
