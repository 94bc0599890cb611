// The config owns the schemas: `replace: true` makes a repo's schema the schema of a binding file
// (what `validate` and the `schema` gate use), `each` applies it to the entries of a collection, and
// `conventions` declares forbidden key names, inline or read from a list in the repo's own file.
// Bad entries are exit 2 at the config line.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { loadConfig } from '../../src/config/load-config.js';
import { spineWithCase } from '../bindings/fixture-spine.js';
import type { TempSpine } from '../bindings/fixture-spine.js';

const cleanups: TempSpine[] = [];
afterEach(() => {
  for (const s of cleanups.splice(0)) s.cleanup();
});

function spine(files: Record<string, string>): string {
  const s = spineWithCase();
  cleanups.push(s);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(s.root, rel, '..'), { recursive: true });
    writeFileSync(join(s.root, rel), text);
  }
  return s.root;
}

async function problemsOf(root: string): Promise<string[]> {
  const { problems } = await loadSpine(root, await loadConfig(root));
  return problems.map((p) => `${p.location.file}:${p.location.line}:${p.location.column} ${p.severity} ${p.message}`);
}

async function configError(root: string): Promise<string> {
  try {
    await loadConfig(root);
  } catch (error) {
    expect((error as { exitCode?: number }).exitCode).toBe(2);
    return (error as Error).message;
  }
  throw new Error('expected a UserError');
}

const GAP = '    type: stale-ssot\n    description: d\n    severity: low\n';
const GAPS = `version: 1\ngaps:\n  - id: GAP-OP-1\n${GAP}    status: open\n    owner: ops\n  - id: GAP-OP-2\n${GAP}    status: parked\n    owner: ops\n`;
const GAP_FIELDS = 'required_fields:\n  - name: id\n    type: string\n  - name: status\n    type: enum\n    values: [open, parked, closed]\noptional_fields:\n  - name: owner\n    type: string\n  - type\n  - description\n  - severity\n';

describe('replace: true', () => {
  it('validates a binding file against the repo schema instead of the built-in one', async () => {
    const builtIn = spine({ 'ops/bindings/operational.gaps.yaml': GAPS });
    expect(await problemsOf(builtIn)).toEqual([
      'ops/bindings/operational.gaps.yaml:8:5 notice unknown key "owner" appears in all 2 items of "gaps" in operational.gaps.yaml; declare it in the schema',
      'ops/bindings/operational.gaps.yaml:13:13 error "status" has unknown value "parked"; allowed: open, fixed, accepted, closed',
    ]);
    const replaced = spine({
      'ops/bindings/operational.gaps.yaml': GAPS,
      'ops/bindings/gap.schema.yaml': GAP_FIELDS,
      'driftgate.config.yaml': 'schemas:\n  - file: ops/bindings/operational.gaps.yaml\n    schema: ops/bindings/gap.schema.yaml\n    each: /gaps\n    replace: true\n',
    });
    expect(await problemsOf(replaced)).toEqual([]);
  });

  it('without replace, the repo schema is validated in addition to the built-in one', async () => {
    const root = spine({
      'ops/bindings/operational.gaps.yaml': GAPS.replace('  - id: GAP-OP-2\n    type', '  - type'),
      'ops/bindings/gap.schema.yaml': GAP_FIELDS,
      'driftgate.config.yaml': 'schemas:\n  - file: ops/bindings/operational.gaps.yaml\n    schema: ops/bindings/gap.schema.yaml\n    each: /gaps\n',
    });
    const out = await problemsOf(root);
    expect(out).toContain('ops/bindings/operational.gaps.yaml:9:5 error item 1 of "gaps" is missing the required field "id"');
    expect(out.some((l) => l.includes('"parked"; allowed'))).toBe(true); // the built-in still applies
  });

  it('a JSON Schema written in YAML can be named too, and the collection of `each` must exist', async () => {
    const root = spine({
      'ops/bindings/operational.gaps.yaml': 'version: 1\nitems: []\n',
      'rules/gap.yaml': 'type: object\nrequired: [id]\nproperties:\n  id:\n    type: string\n',
      'driftgate.config.yaml': 'schemas:\n  - file: ops/bindings/operational.gaps.yaml\n    schema: rules/gap.yaml\n    each: /gaps\n    replace: true\n',
    });
    expect(await problemsOf(root)).toEqual(['ops/bindings/operational.gaps.yaml:1:1 error the document is missing the required field "gaps"']);
  });

  it('of a file that is not a binding file is exit 2 at the config line', async () => {
    const root = spine({
      'rules/x.json': '{"type": "object"}',
      'driftgate.config.yaml': 'schemas:\n  - file: ops/bindings/agents.yaml\n    schema: rules/x.json\n    replace: true\n',
    });
    expect(await configError(root)).toMatch(
      /driftgate\.config\.yaml:4:14 schemas\[0\] replaces the schema of "ops\/bindings\/agents\.yaml", which is not a binding file \(docs\/governance\/SERVICE_REGISTRY\.yaml, /,
    );
  });

  it.each([
    ['a field list it cannot translate', 'required_fields:\n  - name: a\n    type: colour\n', 'is a field list, but field "a" has type "colour"'],
    ['a document that is no schema', 'graph:\n  nodes: []\n', 'is neither a JSON Schema'],
  ])('%s is exit 2 at the config line', async (_name, text, message) => {
    const root = spine({ 'rules/s.yaml': text, 'driftgate.config.yaml': 'schemas:\n  - file: ops/bindings/operational.gaps.yaml\n    schema: rules/s.yaml\n' });
    expect(await configError(root)).toContain(`driftgate.config.yaml:3:13 schemas[0].schema "rules/s.yaml" ${message}`);
  });
});

describe('conventions', () => {
  const CONVENTIONS = 'field_rules:\n  disallowed_alias_keys: [vmid, notes]\n  discouraged: hostname\n';

  it('reads forbidden key names inline and from a list in the repo, sorted and merged', async () => {
    const root = spine({
      'ops/bindings/conventions.yaml': CONVENTIONS,
      'driftgate.config.yaml': 'conventions:\n  forbidden_keys: [opened]\n  forbidden_keys_from:\n    - file: ops/bindings/conventions.yaml\n      at: /field_rules/disallowed_alias_keys\n',
    });
    expect((await loadConfig(root)).conventions).toEqual({ forbiddenKeys: ['notes', 'opened', 'vmid'] });
  });

  it('keeps did-you-mean away from a forbidden name', async () => {
    const health = 'endpoints:\n  - id: a\n    host: h\n    url: "http://10.0.0.1/"\n    expect: 200\n    note: x\n';
    const plain = spine({ 'ops/bindings/services.health.yaml': health });
    expect((await problemsOf(plain)).join('\n')).toContain('did you mean "notes"?');
    const ruled = spine({ 'ops/bindings/services.health.yaml': health, 'driftgate.config.yaml': 'conventions:\n  forbidden_keys: [notes]\n' });
    expect(await problemsOf(ruled)).toEqual([
      'ops/bindings/services.health.yaml:6:5 notice unknown key "note" in item 0 of "endpoints" of services.health.yaml; declare it in the schema or remove it',
    ]);
  });

  it.each([
    ['a missing file', 'ops/nope.yaml', '/field_rules/disallowed_alias_keys', '4:13', 'conventions.forbidden_keys_from[0].file "ops/nope.yaml" cannot be read: ops/nope.yaml does not exist'],
    ['a pointer at nothing', 'ops/bindings/conventions.yaml', '/field_rules/forbidden', '3:11', 'conventions.forbidden_keys_from[0].at "/field_rules/forbidden" points at nothing in ops/bindings/conventions.yaml'],
    ['a pointer at a string', 'ops/bindings/conventions.yaml', '/field_rules/discouraged', '3:11', 'conventions.forbidden_keys_from[0].at "/field_rules/discouraged" points at a string in ops/bindings/conventions.yaml; it must point at a list of key names'],
    ['a file outside the root', '../conventions.yaml', '/x', '4:13', 'conventions.forbidden_keys_from[0].file "../conventions.yaml" must be relative to the root and stay inside it'],
  ])('%s is exit 2 at the config line', async (_name, file, at, where, message) => {
    const root = spine({
      'ops/bindings/conventions.yaml': CONVENTIONS,
      'driftgate.config.yaml': `conventions:\n  forbidden_keys_from:\n    - at: ${at}\n      file: ${file}\n`,
    });
    const error = await configError(root);
    expect(error).toContain(`driftgate.config.yaml:${where} ${message}`);
  });
});
