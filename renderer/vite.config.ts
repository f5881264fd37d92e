import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../core/security/contentSecurityPolicy';

const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../out/renderer', import.meta.url));

/**
 * The built page also carries the CSP as a meta tag (defence in depth behind the response header).
 * Not in dev: the dev server's React refresh needs an inline module script.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'pustaka-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", '') }, injectTo: 'head-prepend' },
    ],
  };
}

/** Shared by `vite build` (e2e, web preview) and electron-vite (the app). */
export const rendererConfig: UserConfig = {
  root: rendererRoot,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    minify: true,
    rollupOptions: { input: fileURLToPath(new URL('./index.html', import.meta.url)) },
  },
};

export default defineConfig(rendererConfig);
