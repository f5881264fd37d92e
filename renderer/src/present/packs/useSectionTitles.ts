/**
 * The heading text of each section a pack names, so its running order reads "Document › Heading"
 * rather than a heading id. Loads only the documents that have a section chosen.
 */
import { useEffect, useState } from 'react';
import type { PackItem } from '../../../../core/present/sessionPack';
import { callHost } from '../../api/host';

export function useSectionTitles(items: readonly PackItem[]): ReadonlyMap<string, string> {
  const docIds = [...new Set(items.filter((i) => i.sectionId).map((i) => i.docId))].sort().join(' ');
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    if (!docIds) return;
    let current = true;
    void Promise.all(docIds.split(' ').map((id) => callHost('library:get', { id }))).then((answers) => {
      if (!current) return;
      const next = new Map<string, string>();
      for (const answer of answers) {
        if (!answer.ok) continue;
        for (const h of answer.value.headings) next.set(`${answer.value.meta.id}#${h.slug}`, h.text);
      }
      setTitles(next);
    });
    return () => {
      current = false;
    };
  }, [docIds]);
  return titles;
}
