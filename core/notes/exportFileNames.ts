/**
 * File names for "satu berkas per dokumen": one Markdown file per document, named after its
 * title so a vault reads well. Names keep Unicode letters (é, ñ, aksara) but lose everything a
 * file system or a zip reader could take as a path or refuse: / \ : * ? " < > |, control
 * characters, leading dots, trailing dots and spaces, and Windows' reserved device names. Two
 * documents with the same title (or titles that differ only in case or path characters) get
 * " (2)", " (3)"… so no file overwrites another on any system.
 */

const UNSAFE = /[/\\:*?"<>|\p{Cc}\p{Cf}]+/gu;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Room for " (99).md" within the 255 bytes most file systems allow, counted in UTF-16 units to stay simple. */
const MAX_STEM = 120;

/** One title as a file stem: no path characters, no reserved name, never empty. */
export function safeFileStem(title: string, fallback: string): string {
  let stem = title.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  stem = stem.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).replace(/[.\s]+$/, '');
  if (!stem || RESERVED.test(stem)) stem = fallback.replace(UNSAFE, '-').replace(/^[.\s]+/, '') || 'dokumen';
  return stem;
}

/** A unique `<stem>.md` per entry, in the order given; uniqueness ignores case (Windows, macOS). */
export function uniqueMarkdownNames(entries: { title: string; fallback: string }[]): string[] {
  const taken = new Set<string>();
  return entries.map(({ title, fallback }) => {
    const stem = safeFileStem(title, fallback);
    let name = `${stem}.md`;
    for (let n = 2; taken.has(name.toLocaleLowerCase('id')); n++) name = `${stem} (${n}).md`;
    taken.add(name.toLocaleLowerCase('id'));
    return name;
  });
}
