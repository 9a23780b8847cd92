#!/usr/bin/env node
// The `rapport` command (package.json "bin"): registers tsx so the TypeScript sources run as they are,
// then hands over to src/cli/main.ts.
const [major] = process.versions.node.split('.').map(Number);
if (major < 22) {
  process.stderr.write(
    `rapport: needs Node.js 22 or newer (this is ${process.versions.node}); its database engine crashes on older versions.\n` +
      'Run it through npx or npm run, which use the Node that comes with the project.\n',
  );
  process.exit(1);
}

const { register } = await import('tsx/esm/api');
register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
