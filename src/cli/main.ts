// Entry point of `rapport` (bin/rapport.js loads this through tsx; `npm run rapport` runs it directly).
import { runCli } from './program.ts';

// `rapport timeline X | head` closes the pipe early; that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2));
