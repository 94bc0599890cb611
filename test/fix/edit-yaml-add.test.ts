// The `add` edit (a new key or a new entry inserted as whole lines) and list values (a flow
// sequence over a single-line value), with the guards that prove only the new block was added.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { refusal } from './support.js';
import { changedLines, guardDiff, guardValues } from '../../src/fix/diff-guard.js';
import { editYaml } from '../../src/fix/edit-yaml.js';
import { buildFileFix } from '../../src/fix/build-file-fix.js';

const REGISTRY = [
  '# registry',
  'services:',
  '  web:',
  '    host: app-host',
  '    compose: /opt/stacks/web/docker-compose.yml',
  '    status: active',
  '    notes: "Public web app."',
  '    # web talks to web-db',
  '',
  '  # the database',
  '  web-db:',
  '    host: app-host',
  '    compose: /opt/stacks/web/docker-compose.yml',
  '',
  'hosts:',
  '  app-host:',
  '    ssh: app-host',
  '',
].join('\n');

const SKELETON = { host: 'app-host', container: 'web-cache', compose: '/opt/stacks/web/docker-compose.yml', port: 6380, status: 'active', notes: 'runs; complete this entry' };

describe('add: a new entry in a block mapping', () => {
  it('goes after the named sibling and its indented comments, blank-separated, indented and quoted like it', () => {
    const { text, applied } = editYaml(REGISTRY, [{ op: 'add', pointer: '/services/web-cache', value: SKELETON, after: ['web'], comment: 'added by driftgate' }]);
    const lines = text.split('\n');
    expect(lines.slice(7, 18)).toEqual([
      '    # web talks to web-db',
      '',
      '  # added by driftgate',
      '  web-cache:',
      '    host: app-host',
      '    container: web-cache',
      '    compose: /opt/stacks/web/docker-compose.yml',
      '    port: 6380',
      '    status: active',
      '    notes: "runs; complete this entry"',
      '',
    ]);
    expect(lines[18]).toBe('  # the database');
    expect(applied).toEqual([expect.objectContaining({ pointer: '/services/web-cache', line: 11, op: 'add', changed: true, inserted: { from: 9, count: 9 } })]);
    expect(Object.keys(parse(text).services)).toEqual(['web', 'web-cache', 'web-db']);
  });

  it('goes after the last entry when no sibling is named, before the next top-level key', () => {
    const { text } = editYaml(REGISTRY, [{ op: 'add', pointer: '/services/web-cache', value: { host: 'app-host' } }]);
    expect(text).toBe(REGISTRY.replace('docker-compose.yml\n\nhosts:', 'docker-compose.yml\n\n  web-cache:\n    host: app-host\n\nhosts:'));
  });

  it('adds one key to an entry of a sequence, after the last of the named keys it has', () => {
    const src = 'endpoints:\n  - id: a\n    url: "http://x:1/"\n    expect: 200\n    notes: "n"\n  - id: b\n    url: "http://y:2/"\n';
    const { text } = editYaml(src, [{ op: 'add', pointer: '/endpoints/0/probe_via', value: 'ssh', after: ['enabled', 'expect', 'url'] }]);
    expect(text).toBe('endpoints:\n  - id: a\n    url: "http://x:1/"\n    expect: 200\n    probe_via: ssh\n    notes: "n"\n  - id: b\n    url: "http://y:2/"\n');
  });

  it('keeps CRLF line endings and numbers what follows after the inserted lines', () => {
    const src = 'a:\r\n  x: 1\r\n  z: 3\r\nb: 2\r\n';
    const { text, applied } = editYaml(src, [
      { op: 'add', pointer: '/a/y', value: 2, after: ['x'] },
      { pointer: '/b', value: 5 },
    ]);
    expect(text).toBe('a:\r\n  x: 1\r\n  y: 2\r\n  z: 3\r\nb: 5\r\n');
    expect(applied.map((a) => [a.pointer, a.line])).toEqual([['/a/y', 3], ['/b', 4]]);
  });

  it('is a no-op when the key holds the value already, and refused when it holds another', () => {
    const same = editYaml('a:\n  x: 1\n', [{ op: 'add', pointer: '/a/x', value: 1 }]);
    expect(same.applied[0]!.changed).toBe(false);
    expect(refusal(() => editYaml('a:\n  x: 1\n', [{ op: 'add', pointer: '/a/x', value: 2 }])).code).toBe('CONFLICT');
  });

  it('refuses a flow mapping, a scalar parent and a file without a final line break', () => {
    expect(refusal(() => editYaml('a: {x: 1}\n', [{ op: 'add', pointer: '/a/y', value: 2 }])).code).toBe('INSERT');
    expect(refusal(() => editYaml('a: 1\n', [{ op: 'add', pointer: '/a/y', value: 2 }])).code).toBe('INSERT');
    expect(refusal(() => editYaml('a:\n  x: 1', [{ op: 'add', pointer: '/a/y', value: 2 }])).code).toBe('INSERT');
  });
});

describe('lists', () => {
  it('writes a list over a number as a flow sequence, and keeps a flow sequence\'s spacing', () => {
    expect(editYaml('e:\n  expect: 200 # ok\n', [{ pointer: '/e/expect', value: [401, 403] }]).text).toBe('e:\n  expect: [401, 403] # ok\n');
    expect(editYaml('e:\n  expect: [200,204]\n', [{ pointer: '/e/expect', value: [302] }]).text).toBe('e:\n  expect: [302]\n');
  });

  it('refuses a list over a block sequence', () => {
    expect(refusal(() => editYaml('e:\n  expect:\n    - 200\n', [{ pointer: '/e/expect', value: [302] }])).code).toBe('MULTILINE');
  });
});

describe('the guards of an insertion', () => {
  it('accept exactly the inserted lines and nothing else', () => {
    const edits = [{ op: 'add' as const, pointer: '/services/web-cache', value: { host: 'app-host' }, after: ['web'] }];
    const fix = buildFileFix('r.yaml', REGISTRY, edits)!;
    expect(fix.lines).toEqual([10]);
    expect(fix.after.split('\n').slice(8, 11)).toEqual(['', '  web-cache:', '    host: app-host']);
    expect(changedLines(REGISTRY, fix.after).removed).toEqual([]);
    // one more changed line elsewhere is refused, though the new block is allowed
    const tampered = fix.after.replace('# registry', '# REGISTRY');
    expect(refusal(() => guardDiff('r.yaml', REGISTRY, tampered, [], [{ from: 9, count: 3 }])).code).toBe('DIFF_GUARD');
    // a claimed insertion that is not where the lines are is refused
    expect(refusal(() => guardDiff('r.yaml', REGISTRY, fix.after, [], [{ from: 2, count: 3 }])).code).toBe('DIFF_GUARD');
    // the data may differ only by the new key, in its place
    expect(() => guardValues('r.yaml', REGISTRY, fix.after, edits)).not.toThrow();
    expect(refusal(() => guardValues('r.yaml', REGISTRY, fix.after.replace('web-cache:\n    host: app-host', 'web-cache:\n    host: other'), edits)).code).toBe('DIFF_GUARD');
  });
});
