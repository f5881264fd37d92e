/**
 * Where the reader was on each history entry (by router location key), so Back and Forward return
 * to the same place as in a browser. The app scrolls inside <main>, not the window, so the
 * browser's own scroll restoration does not apply.
 */
const positions = new Map<string, number>();
const LIMIT = 200;

export function rememberScroll(key: string, top: number): void {
  positions.delete(key);
  positions.set(key, top);
  if (positions.size > LIMIT) positions.delete(positions.keys().next().value as string);
}

export function savedScroll(key: string): number | undefined {
  return positions.get(key);
}

/** Whether the entry now shown was arrived at by Back/Forward to a remembered place. */
const returns = new Map<string, boolean>();

export function noteArrival(key: string, returning: boolean): void {
  returns.set(key, returning);
}

export function isReturnTo(key: string): boolean {
  return returns.get(key) ?? false;
}

/**
 * Scrolls `root` to `top` and keeps it there while the page settles (a document loads after the
 * route changes, then its glossary terms and highlights are marked). Lets go as soon as the reader
 * scrolls, clicks or types, or after a few seconds.
 */
export function restoreScroll(root: HTMLElement, top: number | (() => number)): () => void {
  const target = typeof top === 'function' ? top : () => top;
  let done = false;
  const attempt = () => {
    if (!done) root.scrollTop = target();
  };
  const observer = new MutationObserver(() => requestAnimationFrame(attempt));
  const resize = new ResizeObserver(() => requestAnimationFrame(attempt));
  const timer = window.setTimeout(() => stop(), 3000);
  const events = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;
  function stop() {
    done = true;
    observer.disconnect();
    resize.disconnect();
    window.clearTimeout(timer);
    for (const type of events) window.removeEventListener(type, stop, true);
  }
  observer.observe(root, { childList: true, subtree: true });
  if (root.firstElementChild) resize.observe(root.firstElementChild);
  for (const type of events) window.addEventListener(type, stop, { capture: true, passive: true });
  attempt();
  return stop;
}
