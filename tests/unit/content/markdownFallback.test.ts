import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { firstFailingLine, plainTextHtml, renderOrPlainText } from '../../../core/content/markdownFallback';
import { renderMarkdown } from '../../../core/content/renderMarkdown';
import { splitSections } from '../../../core/content/sections';

const DEEP = '>'.repeat(20_000);
/** As the Notes page renders a note (renderer/src/notes/renderNoteMarkdown.ts), before DOMPurify. */
const renderNote = (body: string) => renderOrPlainText(body, (text) => marked.parse(text, { async: false, gfm: true, breaks: true }));

describe('Markdown that marked cannot process', () => {
  it('is what this fallback is for: marked itself throws on a 20,000-">" body', () => {
    expect(() => marked.parse(DEEP, { async: false, gfm: true })).toThrow(RangeError);
  });

  it('renders a library document of 20,000 ">" as its escaped text, and says why', () => {
    const rendered = renderMarkdown(DEEP);
    expect(rendered.html === `<p class="plain-text">${'&gt;'.repeat(20_000)}</p>\n`).toBe(true);
    expect(rendered.headings).toEqual([]);
    expect(rendered.failure?.message).toMatch(/^Markdown bertingkat terlalu dalam untuk diolah .*ditampilkan sebagai teks biasa$/);
    expect(rendered.failure?.line).toBe(1);
  });

  it('renders a note of 20,000 ">" as its escaped text, the words around it kept in their paragraphs', () => {
    const rendered = renderNote(`Rapat <b>senin</b> & "selasa"\nbaris kedua\n\n${DEEP}\n\nPenutup.`);
    expect(rendered.ok).toBe(false);
    if (rendered.ok) return;
    const paragraphs = rendered.html.split('</p>\n').filter(Boolean);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toBe('<p class="plain-text">Rapat &lt;b&gt;senin&lt;/b&gt; &amp; &quot;selasa&quot;<br>\nbaris kedua');
    expect(paragraphs[1] === `<p class="plain-text">${'&gt;'.repeat(20_000)}`).toBe(true);
    expect(paragraphs[2]).toBe('<p class="plain-text">Penutup.');
  });

  it('leaves ordinary Markdown exactly as marked renders it', () => {
    const body = '## Cara Kerja\n\nTeks **tebal** dan `kode`.\n\n> kutipan\n> > di dalam kutipan\n\n- satu\n- dua';
    const rendered = renderMarkdown(body);
    expect(rendered.failure).toBeNull();
    expect(rendered.html).toBe(
      '<h2 id="cara-kerja">Cara Kerja</h2>\n<p>Teks <strong>tebal</strong> dan <code>kode</code>.</p>\n' +
        '<blockquote>\n<p>kutipan</p>\n<blockquote>\n<p>di dalam kutipan</p>\n</blockquote>\n</blockquote>\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>\n',
    );
    const note = renderNote('Baris satu\nbaris dua\n\n**penting**');
    expect(note).toEqual({ ok: true, value: '<p>Baris satu<br>baris dua</p>\n<p><strong>penting</strong></p>\n' });
  });

  it('still renders a few hundred nested ">" as nested quotes (only what marked cannot do falls back)', () => {
    const rendered = renderMarkdown(`${'>'.repeat(200)} dalam`);
    expect(rendered.failure).toBeNull();
    expect(rendered.html.match(/<blockquote>/g)).toHaveLength(200);
  });

  it('finds the line where the nesting becomes too deep', () => {
    const body = ['Pembuka.', '', '> kutipan biasa', '', DEEP, '', 'Penutup.'].join('\n');
    expect(renderMarkdown(body).failure?.line).toBe(5);
    expect(renderMarkdown(`Paragraf\nlanjutan\n${DEEP}`).failure?.line).toBe(3);
  });

  it('points at the last line when only the whole text fails, and at line 1 when it cannot tell', () => {
    const failsWhole = (text: string) => {
      if (text === 'a\nb\nc') throw new Error('gagal');
    };
    expect(firstFailingLine('a\nb\nc', failsWhole)).toBe(3);
    expect(firstFailingLine('a\nb\nc', () => 'tidak gagal')).toBe(1);
  });

  it('indexes such a document as one section of its words', () => {
    expect(splitSections(`Kata pembuka\n\n${DEEP}\n\nkata penutup`)).toEqual([{ slug: '', heading: '', depth: 1, text: expect.stringContaining('kata penutup') }]);
  });

  it('keeps blank-line paragraphs and drops empty ones in plain text', () => {
    expect(plainTextHtml('\n\nsatu\r\ndua\n \n\n\ntiga\n')).toBe('<p class="plain-text">satu<br>\ndua</p>\n<p class="plain-text">tiga</p>\n');
  });
});
