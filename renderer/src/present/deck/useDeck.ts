/**
 * Loads what a presentation shows: one document, or a session pack and each of its documents.
 * A pack that names a document the library no longer has still presents the rest, and says which
 * documents are missing.
 */
import { useEffect, useState } from 'react';
import type { LibraryDocument } from '../../../../core/content/types';
import type { ApiError } from '../../../../core/errors';
import type { SessionPack } from '../../../../core/present/sessionPack';
import { callHost } from '../../api/host';
import { buildDeck, deckKey, type DeckKind, type DeckPart, type DeckSlide } from './buildDeck';

export interface LoadedDeck {
  key: string;
  title: string;
  slides: DeckSlide[];
  documents: LibraryDocument[];
  pack: SessionPack | null;
  /** Document ids the pack names that are not in the library. */
  missing: string[];
}

export type DeckState = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; deck: LoadedDeck };

export async function loadDeck(kind: DeckKind, id: string): Promise<DeckState> {
  if (kind === 'dokumen') {
    const result = await callHost('library:get', { id });
    if (!result.ok) return { status: 'error', error: result.error };
    const doc = result.value;
    return {
      status: 'ready',
      deck: { key: deckKey(kind, id), title: doc.meta.title, slides: buildDeck([{ doc }]), documents: [doc], pack: null, missing: [] },
    };
  }
  const packResult = await callHost('packs:get', { id });
  if (!packResult.ok) return { status: 'error', error: packResult.error };
  const pack = packResult.value;
  const ids = [...new Set(pack.items.map((item) => item.docId))];
  const answers = await Promise.all(ids.map((docId) => callHost('library:get', { id: docId })));
  const byId = new Map<string, LibraryDocument>();
  const missing: string[] = [];
  answers.forEach((answer, i) => {
    if (answer.ok) byId.set(ids[i]!, answer.value);
    else missing.push(ids[i]!);
  });
  const parts: DeckPart[] = pack.items.flatMap((item) => {
    const doc = byId.get(item.docId);
    return doc ? [{ doc, sectionId: item.sectionId }] : [];
  });
  return {
    status: 'ready',
    deck: { key: deckKey(kind, id), title: pack.title, slides: buildDeck(parts, { titleSlides: true }), documents: [...byId.values()], pack, missing },
  };
}

export function useDeck(kind: DeckKind, id: string): DeckState {
  const [state, setState] = useState<DeckState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    void loadDeck(kind, id).then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [kind, id]);
  return state;
}

export function asDeckKind(value: string | undefined): DeckKind | null {
  return value === 'dokumen' || value === 'paket' ? value : null;
}
