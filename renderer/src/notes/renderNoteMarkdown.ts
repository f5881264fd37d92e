/**
 * A note's Markdown as safe HTML: marked for the syntax, DOMPurify so nothing active gets through.
 * A note marked cannot process (thousands of `>`, say) is shown as its escaped text instead, the
 * same fallback the library's documents use, and is sanitised all the same.
 */
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { renderOrPlainText } from '../../../core/content/markdownFallback';

export function renderNoteMarkdown(body: string): string {
  const rendered = renderOrPlainText(body, (text) => marked.parse(text, { async: false, gfm: true, breaks: true }));
  if (!rendered.ok) console.warn('Catatan ditampilkan sebagai teks biasa:', rendered.failure.error);
  return DOMPurify.sanitize(rendered.ok ? rendered.value : rendered.html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'iframe', 'form', 'input', 'button', 'textarea', 'img'],
    FORBID_ATTR: ['style'],
    ALLOWED_URI_REGEXP: /^(?:https?:|#)/i,
  });
}
