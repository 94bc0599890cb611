// Unknown keys (a schema's additionalProperties: false) as information, not noise. A key within
// typo distance of a key the schema knows is a warning with the suggestion, at the key; any other
// unknown key is, for binding files, ONE notice per key per file with its count and its first
// location ("unknown key "owner" appears in all 1,463 items of "gaps" in operational.gaps.yaml;
// declare it in the schema"). A suggestion never names a key the repo's conventions forbid.
import { posix } from 'node:path';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { keyTypoOf } from './did-you-mean.js';
import { fieldName } from './field-name.js';
import { locateKeyIn, parsePointer, pointerOf } from './locate.js';
import type { LoadProblem, SourceFile } from './types.js';
import { valueAt } from './value-at.js';

export interface UnknownKeyOptions {
  /** one notice per key per file for keys that are no typo (bindings); else one warning per key */
  aggregate?: boolean;
  /** names never proposed by did-you-mean (the repo's forbidden or legacy key names) */
  forbiddenKeys?: ReadonlySet<string>;
}

function parentOf(pointer: string): string {
  return pointerOf(parsePointer(pointer).slice(0, -1));
}

function where(parent: string): string {
  return parent === '' ? 'at the top level' : `in ${fieldName(parent)}`;
}

/** "in all 19 items of "vms"", "in 3 of 716 items of "gaps"", or "in 6 places (first in …)". */
export function spread(file: SourceFile, parents: string[], first: string): string {
  const containers = new Set(parents.map(parentOf));
  const n = parents.length.toLocaleString('en-US');
  if (containers.size === 1) {
    const [container] = [...containers] as [string];
    const node = valueAt(file.data, container);
    const total = Array.isArray(node) ? node.length : node && typeof node === 'object' ? Object.keys(node).length : 0;
    const what = Array.isArray(node) ? 'items' : 'entries';
    const of = container === '' ? 'the document' : fieldName(container);
    if (total > 0) return total === parents.length ? `in all ${n} ${what} of ${of}` : `in ${n} of ${total.toLocaleString('en-US')} ${what} of ${of}`;
  }
  return `in ${n} places (first ${where(first)})`;
}

function keyPointer(e: ErrorObject): string {
  return `${e.instancePath}${pointerOf([String(e.params.additionalProperty)])}`;
}

/** The problems of a file's additionalProperties errors (all of them, in document order). */
export function unknownKeyProblems(file: SourceFile, errors: ErrorObject[], options: UnknownKeyOptions = {}): LoadProblem[] {
  const out: LoadProblem[] = [];
  const untyped = new Map<string, string[]>(); // key → parent pointers
  const forbidden = options.forbiddenKeys ?? new Set<string>();
  for (const e of errors) {
    const key = String(e.params.additionalProperty);
    const props = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
    const hint = keyTypoOf(key, Object.keys(props), forbidden);
    if (hint !== undefined || !options.aggregate) {
      const message = `unknown key "${key}" ${where(e.instancePath)}${hint ? `; did you mean "${hint}"?` : ''}`;
      out.push({ code: 'UNKNOWN_KEY', severity: 'warning', message, location: locateKeyIn(file, keyPointer(e)) });
      continue;
    }
    const parents = untyped.get(key) ?? [];
    if (!parents.includes(e.instancePath)) parents.push(e.instancePath);
    untyped.set(key, parents);
  }
  const name = posix.basename(file.path);
  for (const [key, parents] of untyped) {
    const first = parents
      .map((p) => ({ parent: p, at: locateKeyIn(file, `${p}${pointerOf([key])}`) }))
      .reduce((a, b) => (b.at.line < a.at.line || (b.at.line === a.at.line && b.at.column < a.at.column) ? b : a));
    const message =
      parents.length === 1
        ? `unknown key "${key}" ${where(first.parent)} of ${name}; declare it in the schema or remove it`
        : `unknown key "${key}" appears ${spread(file, parents, first.parent)} in ${name}; declare it in the schema`;
    out.push({ code: 'UNKNOWN_KEY', severity: 'notice', message, location: first.at });
  }
  return out;
}
