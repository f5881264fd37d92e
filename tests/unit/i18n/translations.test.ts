import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/src/i18n/en';
import { id } from '../../../renderer/src/i18n/id';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const rendererSrc = path.resolve(import.meta.dirname, '../../../renderer/src');

async function componentFiles(): Promise<string[]> {
  const entries = await readdir(rendererSrc, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.tsx')).map((e) => path.join(e.parentPath, e.name));
}

describe('UI strings', () => {
  it('has the same keys in English as in Indonesian', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it('has no empty translation', () => {
    const empty = [...keys(id).map((k) => ['id', k]), ...keys(en).map((k) => ['en', k])].filter(([lang, k]) => {
      const value = k!.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], lang === 'id' ? id : en);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('keeps every user-visible string out of the components (no literal text in JSX)', async () => {
    const offenders: string[] = [];
    for (const file of await componentFiles()) {
      offenders.push(...findLiteralText(await readFile(file, 'utf8')).map((text) => `${path.basename(file)}: ${text}`));
    }
    expect(offenders).toEqual([]);
  });

  it('would catch a literal string if one were added', () => {
    const sample = `<h1>Selamat datang</h1><p>{t('ok')}</p><input placeholder="Cari di sini" />
      const x = useState<string>('id'); const y = a.map((b) => b > 1);`;
    expect(findLiteralText(sample)).toEqual(['"Selamat datang"', 'placeholder="Cari di sini"']);
  });
});

/** Text between JSX tags, and text attributes, that contain letters (code is excluded by shape). */
function findLiteralText(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?<![=-])>([^<>{}\n;=()]*\p{L}[^<>{}\n;=()]*)</gu)) {
    const text = match[1]!.trim();
    if (text) found.push(`"${text}"`);
  }
  for (const match of source.matchAll(/\b(aria-label|placeholder|title|alt)="([^"]*\p{L}[^"]*)"/gu)) {
    found.push(`${match[1]}="${match[2]}"`);
  }
  return found;
}
