// How deep a JSON text nests, found by one scan of its characters before it is parsed: the checks after
// JSON.parse walk the value recursively, and a file nested 20,000 levels deep would overflow the stack there
// (INTERNAL) instead of being refused as what it is, not a Rapport export (INVALID).

/** Our own exports nest six levels; a prep body a few more. Anything far deeper is not ours. */
export const MAX_JSON_DEPTH = 64;

/** True when the text opens more than `max` arrays/objects inside each other (strings are skipped). */
export function nestsDeeperThan(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}
