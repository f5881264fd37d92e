/**
 * Where an app window may go. The app is one page (`app://app/index.html`, or electron-vite's dev
 * server in `npm run dev`) whose screens are hash routes, so a window may only ever show that
 * page. Anything else under app:// is a raw file (an image, a compiled JSON, a stylesheet): a
 * link such as `<a href="./__content/assets/x.svg">` in a document would otherwise replace the
 * app with the bare file, with no way back. The same rule decides which frames may call the host.
 * Pure: the main process wires it to `will-navigate`, `will-redirect` and IPC.
 */

/**
 * True when `url` is one of `entryPages` (full URLs such as `app://app/index.html`), with or
 * without a hash route. Query strings, credentials, other paths and other origins are refused.
 */
export function isAppEntryUrl(url: string, entryPages: readonly string[]): boolean {
  const target = parseUrl(url);
  if (!target || target.username || target.password || target.search) return false;
  return entryPages.some((entry) => {
    const page = parseUrl(entry);
    return (
      !!page &&
      page.protocol === target.protocol &&
      page.host === target.host &&
      page.pathname === target.pathname
    );
  });
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
