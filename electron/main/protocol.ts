import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { resolveAppUrl, routeAppUrl, type AppUrlRoots } from '../services/app-url/resolveAppUrl';
import { mimeTypeFor } from '../services/app-url/mimeTypes';
import { SECURITY_HEADERS } from '../../core/security/contentSecurityPolicy';

/** Must run before `app.ready`: app:// behaves like a secure, standard origin. */
export function declareAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveAppScheme(roots: AppUrlRoots): void {
  protocol.handle('app', async (request) => {
    const resolved = await resolveAppUrl(routeAppUrl(request.url), roots);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    const body = await readFile(resolved.filePath);
    return new Response(body, { headers: { 'Content-Type': mimeTypeFor(resolved.filePath), ...SECURITY_HEADERS } });
  });
}
