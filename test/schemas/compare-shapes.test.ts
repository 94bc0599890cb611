// schemas diff, file by file: entries matched across revisions, renames recognised (a value that
// moved to another key, one key swapped for one, a name akin to the old one), new keys and values,
// and renames that left both spellings in one mapping.
import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/bindings/parse-yaml.js';
import { compareShapes } from '../../src/schemas/compare-shapes.js';
import { fileShape } from '../../src/schemas/shapes.js';
import type { FileShape } from '../../src/schemas/shapes.js';
import { spellingClashes } from '../../src/schemas/spelling-clashes.js';

function shape(yaml: string): FileShape {
  const { file } = parseYamlText(yaml, 'f.yaml', 'config');
  if (!file.doc) throw new Error('no document');
  return fileShape(file.doc, file.lineCounter);
}

function renames(before: string, after: string): string[] {
  return compareShapes('f.yaml', shape(before), shape(after)).renames.map((r) => `${r.shape} ${r.from}→${r.to} ${r.count}/${r.had} still ${r.still}`);
}

describe('renames', () => {
  it('follow a value to its new key, matching list items by their values even when reordered', () => {
    const before = 'vms:\n  - vmid: 200\n    hostname: alpha\n  - vmid: 201\n    hostname: beta\n';
    const after = 'vms:\n  - id: 201\n    hostname: beta\n  - id: 200\n    hostname: alpha\n  - id: 202\n    hostname: gamma\n';
    expect(renames(before, after)).toEqual(['/vms/* vmid→id 2/2 still 0']);
  });

  it('count the entries that still use the old name', () => {
    const before = 'targets:\n  - name: a1\n    notes: first target\n  - name: b2\n    notes: second target\n';
    const after = 'targets:\n  - name: a1\n    description: first target\n  - name: b2\n    notes: second target\n';
    expect(renames(before, after)).toEqual(['/targets/* notes→description 1/2 still 1']);
  });

  it('take one key swapped for one even when the value changed, and a name akin to the old one', () => {
    expect(renames('version: 1\nupdated: "2026-02-01"\n', 'version: 1\nupdated_at: "2026-02-20"\n')).toEqual([' updated→updated_at 1/1 still 0']);
    expect(renames('updated: "2026-02-01"\nx: 1\n', 'updated_at: "2026-02-20"\nowner: ops\nx: 1\n')).toEqual([' updated→updated_at 1/1 still 0']);
  });

  it('leave the ids of a keyed collection alone: services come and go, no field is renamed', () => {
    const before = 'services:\n  web:\n    host: a\n    port: 80\n  db:\n    host: b\n    port: 5432\n';
    const after = 'services:\n  web:\n    host: a\n    port: 80\n  cache:\n    host: b\n    port: 6379\n';
    const c = compareShapes('f.yaml', shape(before), shape(after));
    expect([...c.renames, ...c.newKeys, ...c.goneKeys]).toEqual([]);
  });

  it('leave maps of names alone (env var names are data, not fields)', () => {
    const c = compareShapes('f.yaml', shape('paths:\n  API_KEY: /a\n  DB_URL: /b\n'), shape('paths:\n  API_TOKEN: /c\n  DB_URL: /b\n'));
    expect([...c.renames, ...c.newKeys, ...c.goneKeys]).toEqual([]);
  });
});

describe('new keys and values', () => {
  it('report a key no entry had before, with its share and types, and a key that is gone', () => {
    const before = 'hosts:\n  - name: a1\n    os: linux\n  - name: b2\n    os: bsd\n';
    const after = 'hosts:\n  - name: a1\n    site: home\n  - name: b2\n    site: null\n';
    const c = compareShapes('f.yaml', shape(before), shape(after));
    expect(c.newKeys).toMatchObject([{ shape: '/hosts/*', key: 'site', count: 2, total: 2, line: 3, types: ['null', 'string'] }]);
    expect(c.goneKeys).toMatchObject([{ shape: '/hosts/*', key: 'os', count: 2, total: 2 }]);
  });

  it('report new values of a status field, and of any field the schema gives an enum', () => {
    const before = 'vms:\n  - id: 200\n    status: active\n    kind: vm\n';
    const after = 'vms:\n  - id: 200\n    status: active\n    kind: vm\n  - id: 201\n    status: planned\n    kind: ct\n';
    const plain = compareShapes('f.yaml', shape(before), shape(after));
    expect(plain.newValues.map((v) => `${v.key}=${v.value}@${v.line}`)).toEqual(['status=planned@6']);
    const withEnum = compareShapes('f.yaml', shape(before), shape(after), (s) => new Set(s === '/vms/*' ? ['kind'] : []));
    expect(withEnum.newValues.map((v) => `${v.key}=${v.value}`)).toEqual(['status=planned', 'kind=ct']);
  });
});

describe('both spellings left in one mapping', () => {
  const rename = [{ file: 'f.yaml', shape: '/tools/*', of: 'items' as const, from: 'notes', to: 'description', count: 1, had: 1, still: 0 }];

  it('flags an entry that now has both keys, at the old one', () => {
    const after = shape('tools:\n  - id: jq\n    description: JSON tool\n    notes: use -r\n');
    expect(spellingClashes('f.yaml', after, rename, shape('tools:\n  - id: jq\n    notes: use -r\n'))).toMatchObject([
      { kind: 'both', line: 4, column: 5, otherLine: 3, label: 'id "jq"' },
    ]);
  });

  it('leaves entries alone where both keys were fields already before', () => {
    const both = 'tools:\n  - id: jq\n    description: JSON tool\n    notes: use -r\n';
    expect(spellingClashes('f.yaml', shape(both), rename, shape(both))).toEqual([]);
  });

  it('flags two keys of the new spelling: the earlier text is silently lost', () => {
    const after = shape('tools:\n  - id: jq\n    description: JSON tool\n    description: use -r\n');
    expect(spellingClashes('f.yaml', after, rename)).toMatchObject([{ kind: 'duplicate', line: 4, column: 5, otherLine: 3, lost: 'JSON tool' }]);
  });
});
