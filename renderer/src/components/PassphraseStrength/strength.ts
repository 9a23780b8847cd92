// A plain, explainable estimate of passphrase strength: length times the size of the character pool used,
// less for repetition and well-known words. It guides; the engine enforces only the minimum length.
const COMMON = ['password', 'passwort', 'qwert', 'asdf', '12345', 'letmein', 'welcome', 'willkommen', 'rapport', 'geheim', 'secret'];

/** 0 too short · 1 weak · 2 fair · 3 good · 4 strong */
export type StrengthLevel = 0 | 1 | 2 | 3 | 4;

export function passphraseStrength(value: string, min: number): StrengthLevel {
  const chars = [...value];
  if (chars.length < min) return 0;
  let pool = 0;
  if (/[a-z]/.test(value)) pool += 26;
  if (/[A-Z]/.test(value)) pool += 26;
  if (/[0-9]/.test(value)) pool += 10;
  if (/[^a-zA-Z0-9\s]/.test(value)) pool += 33;
  if (/\s/.test(value)) pool += 1;
  const unique = new Set(chars).size;
  const effectiveLength = Math.min(chars.length, unique * 2);
  let bits = effectiveLength * Math.log2(Math.max(pool, 2));
  const lower = value.toLowerCase();
  if (COMMON.some((w) => lower.includes(w))) bits = Math.min(bits, 30);
  if (bits < 40) return 1;
  if (bits < 60) return 2;
  if (bits < 80) return 3;
  return 4;
}
