/**
 * PUSTAKA_USER_DATA_DIR lets the Electron specs give every run a fresh data folder. An installed
 * build ignores it: otherwise anything that can set the environment of the user's session could
 * quietly point the app at other notes.
 */
export function userDataOverride(env: Record<string, string | undefined>, build: { development: boolean }): string | null {
  const dir = env.PUSTAKA_USER_DATA_DIR;
  return build.development && dir ? dir : null;
}
