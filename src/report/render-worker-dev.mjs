// The worker's entry when the sources run as TypeScript (CLI, tests): register tsx in this thread, as
// bin/rapport.js does for the main one, then load the worker. The app's bundle has its own compiled
// entry (out/main/report-render.js, see electron.vite.config.ts) and never loads this file.
const { register } = await import('tsx/esm/api');
register();
await import('./render-worker.ts');
