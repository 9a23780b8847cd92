// Checking option values before anything touches the ledger: a bad value is a usage error (exit 2).
import { IsoDate } from '../../contract/primitives.ts';
import { usage } from '../errors.ts';
import type { Messages } from '../i18n.ts';

export function checkDate(option: string, value: string, t: Messages): string {
  if (!IsoDate.safeParse(value).success) throw usage(t.badDate(option, value));
  return value;
}

export function checkInt(option: string, value: string, t: Messages, min: number, max: number): number {
  if (!/^-?\d+$/.test(value.trim())) throw usage(t.badNumber(option, value));
  const n = Number(value);
  if (n < min || n > max) throw usage(t.badNumber(option, value));
  return n;
}

export function checkNumber(option: string, value: string, t: Messages, min: number, max: number): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw usage(t.badNumber(option, value));
  return n;
}

/** For repeatable options. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
