// Preloaded (`node --import`) into a real `rapport` run by tests that bound its memory: at exit, the
// process's peak resident set size in kilobytes is written to $RAPPORT_MAX_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.RAPPORT_MAX_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
