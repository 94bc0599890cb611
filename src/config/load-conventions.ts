// The `conventions:` section of driftgate.config.yaml: key names the repo forbids (legacy spellings
// after a rename), listed in the config (`forbidden_keys`) and/or read from lists in the repo's own
// files (`forbidden_keys_from: [{file, at}]`, `at` a JSON pointer to a list of names), so the team's
// conventions file stays the one place they are written. A file or list that cannot be read is a
// config error (exit 2) at the config line.
import { resolve } from 'node:path';
import { parseYamlFile } from '../bindings/parse-yaml.js';
import type { Location } from '../bindings/types.js';
import { valueAt } from '../bindings/value-at.js';
import { outside, type ExtraSchemaProblem } from './load-extra-schemas.js';
import type { Conventions } from './types.js';

export interface RawConventions {
  forbidden_keys?: string[];
  forbidden_keys_from?: Array<{ file: string; at: string }>;
}

export async function loadConventions(
  root: string,
  raw: RawConventions,
  locate: (pointer: string) => Location,
): Promise<{ conventions: Conventions; problems: ExtraSchemaProblem[] }> {
  const names = new Set(raw.forbidden_keys ?? []);
  const problems: ExtraSchemaProblem[] = [];
  for (const [i, from] of (raw.forbidden_keys_from ?? []).entries()) {
    const fail = (field: 'file' | 'at', message: string): void => {
      problems.push({ message, location: locate(`/conventions/forbidden_keys_from/${i}/${field}`) });
    };
    const name = `conventions.forbidden_keys_from[${i}]`;
    if (outside(from.file)) {
      fail('file', `${name}.file "${from.file}" must be relative to the root and stay inside it`);
      continue;
    }
    const parsed = await parseYamlFile(resolve(root, from.file), from.file, 'config');
    const broken = parsed.problems.find((p) => p.severity === 'error');
    if (broken || parsed.file.data === undefined) {
      fail('file', `${name}.file "${from.file}" cannot be read: ${broken?.message ?? 'no YAML document'}`);
      continue;
    }
    const list = valueAt(parsed.file.data, from.at);
    if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) {
      const what = list === undefined ? 'nothing' : Array.isArray(list) ? 'a list with values that are not names' : `a ${typeof list}`;
      fail('at', `${name}.at "${from.at}" points at ${what} in ${from.file}; it must point at a list of key names`);
      continue;
    }
    for (const key of list as string[]) names.add(key);
  }
  return { conventions: { forbiddenKeys: [...names].sort() }, problems };
}
