/** Saving an exported pack as a file, and reading one the trainer picked, in any host. */
export function downloadJson(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const PACK_FILE_LIMIT = 1_000_000;

/** The text of a file the trainer picked: its size is checked before anything is read. */
export async function readPickedFile(file: Blob, limit = PACK_FILE_LIMIT): Promise<{ ok: true; text: string } | { ok: false; reason: 'too_large' | 'unreadable' }> {
  if (file.size > limit) return { ok: false, reason: 'too_large' };
  try {
    return { ok: true, text: await file.text() };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
