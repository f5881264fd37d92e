/**
 * The test and preview host: serves the built renderer over 127.0.0.1 through the same app://
 * resolver and CSP as Electron, and runs the real handler table (createHost) behind the contract.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createHost, type Host } from '../../../electron/services/host/createHost';
import { resolveAppUrl, routeAppUrl } from '../../../electron/services/app-url/resolveAppUrl';
import { sourcesCacheRoot } from '../../../electron/services/sources/sourcePaths';
import { mimeTypeFor } from '../../../electron/services/app-url/mimeTypes';
import { SECURITY_HEADERS } from '../../../core/security/contentSecurityPolicy';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
export const RENDERER_DIR = path.join(REPO_ROOT, 'out', 'renderer');
export const BUILT_CONTENT_DIR = path.join(REPO_ROOT, 'out', 'content');

export interface HarnessHostOptions {
  contentDir: string;
  userDataDir: string;
  port?: number;
  /** Only for `npm run preview:web`: lets a normal browser reach the host over fetch. */
  httpBridge?: { script: string };
}

export type HostEventListener = (event: string, payload: unknown) => void;

export interface HarnessHost {
  url: string;
  host: Host;
  userDataDir: string;
  /** Links the app asked to open in the system browser (the harness never opens them). */
  externalLinks: string[];
  /** Files the app asked to show in their folder ("Tampilkan di folder"); the harness answers false. */
  revealedFiles: string[];
  /** Files the app asked to open in their default app ("Buka berkas"); the harness answers false. */
  openedFiles: string[];
  /** Host events (indexing progress, sources changed) as Electron would send them to the window. */
  onHostEvent(listener: HostEventListener): () => void;
  close(): Promise<void>;
}

async function serveFile(req: IncomingMessage, res: ServerResponse, roots: Record<string, string>, bridgeScript?: string) {
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  const resolved = await resolveAppUrl(routeAppUrl(`app://app${pathname}`), roots);
  if (!resolved.ok) {
    res.writeHead(resolved.status, SECURITY_HEADERS).end();
    return;
  }
  let body: Buffer | string = await readFile(resolved.filePath);
  if (bridgeScript && resolved.filePath.endsWith(`${path.sep}index.html`)) {
    body = body.toString('utf8').replace('<script type="module"', '<script src="./__preview-bridge.js"></script>\n    <script type="module"');
  }
  res.writeHead(200, { 'Content-Type': mimeTypeFor(resolved.filePath), ...SECURITY_HEADERS, 'Cache-Control': 'no-store' });
  res.end(body);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function startHarnessHost(options: HarnessHostOptions): Promise<HarnessHost> {
  const externalLinks: string[] = [];
  const revealedFiles: string[] = [];
  const openedFiles: string[] = [];
  const listeners = new Set<HostEventListener>();
  const host = await createHost({
    userDataDir: options.userDataDir,
    contentDir: options.contentDir,
    appInfo: { name: 'Pustaka Inovasi', version: '0.1.0', platform: 'web' },
    openExternal: async (url) => {
      externalLinks.push(url);
      return false;
    },
    emit: (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    },
    showItemInFolder: (file) => {
      revealedFiles.push(file);
      return false;
    },
    openPath: async (file) => {
      openedFiles.push(file);
      return false;
    },
  });
  const roots = { app: RENDERER_DIR, content: options.contentDir, sources: sourcesCacheRoot(options.userDataDir) };
  const server: Server = createServer((req, res) => {
    const bridge = options.httpBridge;
    if (bridge && req.url === '/__preview-bridge.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', ...SECURITY_HEADERS }).end(bridge.script);
      return;
    }
    if (bridge && req.method === 'POST' && req.url === '/__pustaka/invoke') {
      readJson(req)
        .then((body) => {
          const { channel, input } = (body ?? {}) as { channel?: unknown; input?: unknown };
          return host.invoke(channel, input);
        })
        .then(
          (result) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(result)),
          () => res.writeHead(400).end(),
        );
      return;
    }
    serveFile(req, res, roots, bridge?.script).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    host,
    userDataDir: options.userDataDir,
    externalLinks,
    revealedFiles,
    openedFiles,
    onHostEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      listeners.clear();
      // Keep-alive sockets from a closed page must not hold the test's teardown open.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await host.settle();
    },
  };
}
