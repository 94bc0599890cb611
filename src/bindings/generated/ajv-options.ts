// Written by hand (not generated): the Ajv options shared by the runtime compile in
// validate-schema.ts and the precompile in scripts/gen-validators.ts, and the shape of a
// precompiled validator. One place, so both paths produce the same error objects.
import type { ErrorObject } from 'ajv/dist/2020.js';

/** optimize: false roughly halves a runtime compile; the binding files are small. */
export const AJV_OPTIONS = { allErrors: true, verbose: true, strict: false, code: { optimize: false } } as const;

/** An Ajv validate function: true when valid, else `errors` holds what failed. */
export interface ValidateFn {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** One entry of the generated table: the validator and the fingerprint of its schema. */
export interface PrecompiledValidator {
  validate: ValidateFn;
  hash: string;
}

/**
 * A 53-bit fingerprint (cyrb53) of a schema's JSON text: detects a schema edited without
 * `npm run schemas` (not an adversary), without loading node:crypto on every run.
 */
export function schemaFingerprint(schema: object): string {
  const text = JSON.stringify(schema);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
