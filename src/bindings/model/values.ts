// Small total readers over plain YAML data: they return undefined instead of throwing.
import { didYouMean } from '../did-you-mean.js';
import { SHELL_SAFE } from '../shell-safe.js';
import { keysText, type FieldReader } from '../../profile/fields.js';

export type Obj = Record<string, unknown>;

export function obj(v: unknown): Obj | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined;
}

export function arr(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A non-empty string, or undefined. */
export function name(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

export function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function bool(v: unknown): boolean | undefined {
  return typeof v === 'boolean' ? v : undefined;
}

/** A string that may reach a remote shell: no metacharacters, else undefined. */
export function safe(v: unknown): string | undefined {
  const s = name(v);
  return s !== undefined && SHELL_SAFE.test(s) ? s : undefined;
}

/** A list of strings (non-strings dropped); absent → []. */
export function strings(v: unknown): string[] {
  return (arr(v) ?? []).filter((x): x is string => typeof x === 'string');
}

/** Optional nullable string: undefined when absent, null when null. */
export function nstr(v: unknown): string | null | undefined {
  if (v === null) return null;
  return str(v);
}

/**
 * HTTP status codes a probe accepts: `200`, `[200, 302]` or `"401,403"`; absent → [200].
 * Undefined when the value is not one of these shapes.
 */
export function expectCodes(v: unknown): number[] | undefined {
  if (v === undefined) return [200];
  const valid = (n: number): boolean => Number.isInteger(n) && n >= 100 && n <= 599;
  if (typeof v === 'number') return valid(v) ? [v] : undefined;
  if (typeof v === 'string') {
    const parts = v.split(',').map((p) => p.trim());
    if (!parts.every((p) => /^[0-9]{3}$/.test(p))) return undefined;
    const codes = parts.map(Number);
    return codes.every(valid) ? codes : undefined;
  }
  if (Array.isArray(v) && v.length > 0 && v.every((n) => typeof n === 'number' && valid(n))) return v as number[];
  return undefined;
}

/** Why a required value of an entry could not be read: absent (with a near key, e.g. a rename), or not of the kind needed. */
function unreadableValue(entry: Obj, f: FieldReader, field: string, what: string): string {
  const keys = f.keys(field);
  if (!f.has(field)) {
    const near = didYouMean(keys[0]!, Object.keys(entry).filter((k) => !keys.includes(k)));
    return `it has no ${keysText(keys)}${near ? ` (it has "${near}")` : ''}`;
  }
  const key = keys.find((k) => entry[k] !== undefined) ?? field;
  return `its "${key}" is not ${what}`;
}

/** The first required value that could not be read, as the reason; undefined when all could. */
export function firstUnreadable(entry: Obj, f: FieldReader, checks: ReadonlyArray<[field: string, ok: unknown, what: string]>): string | undefined {
  const bad = checks.find(([, ok]) => ok === undefined);
  return bad ? unreadableValue(entry, f, bad[0], bad[2]) : undefined;
}
