import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import { rendererConfig } from './renderer/vite.config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: here('out/main'),
      rollupOptions: {
        input: {
          index: here('electron/main/index.ts'),
          // Folder sources compile and index in worker threads (IndexWorkerPool finds it beside index.js).
          sourceIndexWorker: here('electron/services/sources/indexing/indexWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: here('out/preload'),
      // A sandboxed preload cannot require modules: bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: here('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, rollupOptions: { input: { index: here('renderer/index.html') } } },
  },
});
