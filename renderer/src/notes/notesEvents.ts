/** A tiny "notes changed" signal, so the search index and lists refresh after any edit. */
const listeners = new Set<() => void>();

export function notesChanged(): void {
  listeners.forEach((listener) => listener());
}

export function onNotesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
