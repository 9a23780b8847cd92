// Entry point of `rapport` (bin/rapport.js loads this through tsx; `npm run rapport` runs it directly).
import { setFlagsFromString } from 'node:v8';
import { runCli } from './program.ts';

// A command is short and its garbage dies young: a compact heap keeps a 100,000-row import near 250 MB of
// memory instead of 430 MB, for about a tenth more time (`npm run bench`, "import").
setFlagsFromString('--optimize-for-size');

// `rapport timeline X | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2));
