/**
 * What a key press means while presenting. Clickers send arrows, Page Up/Down or Space; a number
 * typed and confirmed with Enter jumps to that slide.
 */
export type SlideCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'blank' }
  | { type: 'fullscreen' }
  | { type: 'exit' }
  | { type: 'digit'; digit: string }
  | { type: 'jump' };

export function commandForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, typing: boolean): SlideCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const { key } = event;
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: key };
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case 'N':
    case 'n':
      return { type: 'next' };
    case ' ':
      return { type: event.shiftKey ? 'previous' : 'next' };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { type: 'previous' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'b':
    case 'B':
    case '.':
      return { type: 'blank' };
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'Escape':
      return { type: 'exit' };
    case 'Enter':
      return typing ? { type: 'jump' } : { type: 'next' };
    default:
      return null;
  }
}

/** "12" typed, then Enter: slide 12, i.e. index 11; nothing when the number is out of range. */
export function jumpTarget(typed: string, count: number): number | null {
  const n = Number.parseInt(typed, 10);
  return Number.isFinite(n) && n >= 1 && n <= count ? n - 1 : null;
}
