import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentMeta } from '../../../core/content/schema';

export const GUIDE_META: DocumentMeta = {
  id: 'contoh-panduan',
  type: 'guide',
  title: 'Contoh Panduan',
  summary: 'Ringkasan panduan contoh.',
  tags: [],
  lang: 'id',
  updated: '2026-11-28',
  sources: [],
  illustrative: false,
};

/** Writes a compiled library (the shape `npm run build:content` produces) with the given documents. */
export async function writeCompiledLibrary(contentDir: string, metas: DocumentMeta[] = [GUIDE_META]): Promise<void> {
  await mkdir(path.join(contentDir, 'documents'), { recursive: true });
  await writeFile(
    path.join(contentDir, 'library.json'),
    JSON.stringify({ formatVersion: 2, generatedAt: '2026-11-28T00:00:00Z', documents: metas }),
  );
  for (const meta of metas) {
    await writeFile(
      path.join(contentDir, 'documents', `${meta.id}.json`),
      JSON.stringify({ meta, html: '<h2 id="a">A</h2>', headings: [{ depth: 2, text: 'A', slug: 'a' }] }),
    );
  }
}
