/** A user's document split into searchable sections, as the bundled library's documents are. */
import type { DocumentMeta } from '../content/schema';
import { splitSections, withoutSpeakerNoteBlocks } from '../content/sections';
import type { Section } from '../content/types';
import { isDeck } from '../present/splitIntoSlides';
import { isImagePath } from './renderFolderMarkdown';

/** Obsidian embeds the bundled plain-text pass does not know: an image adds no words, a note its name. */
function withoutEmbeds(body: string): string {
  return body.replace(/!\[\[([^\]\n|]*)(?:\|[^\]\n]*)?\]\]/g, (_m, target: string) => (isImagePath(target.trim()) ? '' : `[[${target}]]`));
}

export function sectionsOf(body: string, meta: DocumentMeta): Section[] {
  return splitSections(withoutSpeakerNoteBlocks(withoutEmbeds(body), isDeck(meta)));
}
