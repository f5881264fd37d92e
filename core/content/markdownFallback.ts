/**
 * What happens when marked cannot process a text. marked recurses once per nesting level, so a
 * body of a few thousand `>` (or deeply nested lists) overflows the call stack and it throws a
 * RangeError; a document or note like that must still be shown, and the build must say where.
 * Library documents (build time) and notes (renderer) use the same fallback: the text itself,
 * escaped, paragraphs kept. The caller still sanitises the HTML as for any other Markdown.
 */

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Plain text as HTML: a paragraph per blank-line-separated block, line breaks kept, nothing interpreted. */
export function plainTextHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '')
    .map((block) => `<p class="plain-text">${escapeHtml(block).replace(/\n/g, '<br>\n')}</p>\n`)
    .join('');
}

export interface MarkdownFailure {
  /** What went wrong, in Indonesian, as the content report words its problems. */
  message: string;
  /** 1-based line in the Markdown given where the trouble is first seen (1 when it cannot be told). */
  line: number;
  error: unknown;
}

export function describeMarkdownFailure(error: unknown): string {
  if (error instanceof RangeError) {
    return 'Markdown bertingkat terlalu dalam untuk diolah (misalnya ribuan tanda ">" atau daftar bertumpuk); isinya ditampilkan sebagai teks biasa';
  }
  const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]?.slice(0, 160) ?? '';
  return `Markdown tidak dapat diolah (${reason}); isinya ditampilkan sebagai teks biasa`;
}

const throws = (attempt: () => unknown): boolean => {
  try {
    attempt();
    return false;
  } catch {
    return true;
  }
};

/**
 * The first line at which `process` starts to fail: the shortest run of leading lines that fails,
 * found by halving (a few dozen attempts even for a long document). Where only the whole text
 * fails, that is its last line; where `process` does not fail at all, line 1 (nothing better known).
 */
export function firstFailingLine(markdown: string, process: (markdown: string) => unknown): number {
  const lines = markdown.split('\n');
  const prefix = (count: number) => lines.slice(0, count).join('\n');
  if (!throws(() => process(prefix(lines.length)))) return 1;
  let passing = 0;
  let failing = lines.length;
  while (failing - passing > 1) {
    const middle = Math.floor((passing + failing) / 2);
    if (throws(() => process(prefix(middle)))) failing = middle;
    else passing = middle;
  }
  return failing;
}

/**
 * Runs `render`; if it throws, returns the escaped text instead and says why. With `locate` (a
 * render without side effects) it also says where; only failures are located, so good text costs
 * one render.
 */
export function renderOrPlainText<T>(
  markdown: string,
  render: (markdown: string) => T,
  locate?: (markdown: string) => unknown,
): { ok: true; value: T } | { ok: false; html: string; failure: MarkdownFailure } {
  try {
    return { ok: true, value: render(markdown) };
  } catch (error) {
    const line = locate ? firstFailingLine(markdown, locate) : 1;
    return { ok: false, html: plainTextHtml(markdown), failure: { message: describeMarkdownFailure(error), line, error } };
  }
}
