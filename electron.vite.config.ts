import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // report-render: the report renderer's worker thread (src/report/render-offthread.ts finds it beside the bundle).
        input: { index: resolve(__dirname, 'electron/main.ts'), 'report-render': resolve(__dirname, 'src/report/render-worker.ts') },
        // Native and Node-side packages load from node_modules at run time.
        external: ['better-sqlite3-multiple-ciphers', '@react-pdf/renderer'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload.ts') },
        // A sandboxed preload must be a single CommonJS file that requires only 'electron'.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      // RAPPORT_RENDERER_OUT lets parallel work build the renderer somewhere of its own (the e2e harness reads the same variable).
      outDir: process.env.RAPPORT_RENDERER_OUT ?? resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
