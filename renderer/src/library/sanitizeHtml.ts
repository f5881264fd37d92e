/**
 * Every piece of document HTML passes here before it reaches the DOM, whatever pack it came
 * from: no scripts, no event handlers, no javascript: URLs, no frames, no forms, and nothing
 * fetched from outside the app: images, posters, srcsets and SVG references may only be the
 * library's own content files (see resourceUrls.ts). The CSP would block outside requests too;
 * this makes sure no outside URL is even left in the page.
 */
import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { keepUrlAttribute } from './resourceUrls';

const FORBID_TAGS = ['style', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'template'];

let purifier: Purifier | null = null;

/** Its own DOMPurify instance, so these hooks never apply to notes (which allow no resources). */
function documentPurifier(): Purifier {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.keepAttr && !keepUrlAttribute(node.nodeName.toLowerCase(), data.attrName, data.attrValue, 'own-content')) data.keepAttr = false;
  });
  return purifier;
}

export function sanitizeDocumentHtml(html: string): string {
  return documentPurifier().sanitize(html, {
    USE_PROFILES: { html: true, svg: true },
    FORBID_TAGS,
    FORBID_ATTR: ['style', 'formaction'],
    ALLOW_DATA_ATTR: false,
    ADD_ATTR: ['data-task'],
    // Links: internal routes (#/dokumen/…), web links and relative paths. Resources are narrowed
    // further by the hook above.
    ALLOWED_URI_REGEXP: /^(?:https?:|app:|#|\.{0,2}\/|[a-z0-9-]+(?:\.[a-z0-9]+)?(?:[/#?]|$))/i,
  });
}
