/**
 * Every piece of document HTML passes here before it reaches the DOM, whatever pack it came
 * from: no scripts, no event handlers, no javascript: URLs, no frames, no forms.
 */
import DOMPurify from 'dompurify';

const FORBID_TAGS = ['style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base'];

export function sanitizeDocumentHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true, svg: true },
    FORBID_TAGS,
    FORBID_ATTR: ['style', 'srcset', 'formaction'],
    ALLOW_DATA_ATTR: false,
    ADD_ATTR: ['data-task'],
    // Internal routes (#/dokumen/…), web links and app:// assets only.
    ALLOWED_URI_REGEXP: /^(?:https?:|app:|#|\.{0,2}\/|[a-z0-9-]+(?:\.[a-z0-9]+)?(?:[/#?]|$))/i,
  });
}
