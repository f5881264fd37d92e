/** A note's Markdown as safe HTML: marked for the syntax, DOMPurify so nothing active gets through. */
import DOMPurify from 'dompurify';
import { marked } from 'marked';

export function renderNoteMarkdown(body: string): string {
  const html = marked.parse(body, { async: false, gfm: true, breaks: true });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'iframe', 'form', 'input', 'button', 'textarea', 'img'],
    FORBID_ATTR: ['style'],
    ALLOWED_URI_REGEXP: /^(?:https?:|#)/i,
  });
}
