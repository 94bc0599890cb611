// locate(): JSON pointers → 1-based line:column, on the reference corpus and on small inline files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { locate, locateIn, locateKeyIn, parsePointer, pointerOf } from '../../src/bindings/locate.js';
import { parseYamlText } from '../../src/bindings/parse-yaml.js';
import type { Model } from '../../src/bindings/types.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { SPINE_DIR } from '../support/paths.js';

const REGISTRY = 'docs/governance/SERVICE_REGISTRY.yaml';

describe('locate on the reference corpus', () => {
  let model: Model;
  let lines: string[];
  beforeAll(async () => {
    model = (await loadSpine(SPINE_DIR, defaultConfig())).model;
    lines = readFileSync(join(SPINE_DIR, REGISTRY), 'utf8').split('\n');
  });

  it('a scalar resolves to its value: /services/swaparr-sonarr/status is 428:13', () => {
    const at = locate(model, { file: REGISTRY, pointer: '/services/swaparr-sonarr/status' });
    expect(at).toEqual({ file: REGISTRY, line: 428, column: 13, pointer: '/services/swaparr-sonarr/status' });
    expect(lines[at.line - 1]?.slice(at.column - 1)).toBe('stopped');
  });

  it('a map member that is a collection resolves to its key', () => {
    const at = locate(model, { file: REGISTRY, pointer: '/services/swaparr-sonarr' });
    expect(lines[at.line - 1]?.slice(at.column - 1)).toBe('swaparr-sonarr:');
  });

  it('a pointer that does not exist resolves to its nearest existing ancestor', () => {
    const at = locate(model, { file: REGISTRY, pointer: '/services/swaparr-sonarr/no-such-key/deeper' });
    const ancestor = locate(model, { file: REGISTRY, pointer: '/services/swaparr-sonarr' });
    expect([at.line, at.column]).toEqual([ancestor.line, ancestor.column]);
    expect(at.pointer).toBe('/services/swaparr-sonarr/no-such-key/deeper');
  });

  it('a file that was not read resolves to 1:1', () => {
    expect(locate(model, { file: 'nope.yaml', pointer: '/a' })).toEqual({ file: 'nope.yaml', line: 1, column: 1, pointer: '/a' });
  });

  it('every model ref resolves inside its file to the entity it names', () => {
    for (const service of model.services) {
      const at = locate(model, service.ref);
      expect(lines[at.line - 1]?.trim()).toBe(`${service.id}:`);
    }
  });
});

describe('locateIn on inline YAML', () => {
  const text = 'a:\n  - x: 1\n    y: [10, 20]\n  - "two"\nb/c: {d~e: 5}\nempty:\n';
  const { file } = parseYamlText(text, 'inline.yaml', 'config');

  it.each([
    ['', 1, 1],
    ['/a', 1, 1],
    ['/a/0', 2, 5],
    ['/a/0/x', 2, 8],
    ['/a/0/y', 3, 5],
    ['/a/0/y/1', 3, 13],
    ['/a/1', 4, 5],
    ['/a/7', 1, 1],
    ['/b~1c/d~0e', 5, 12],
    ['/a/0/zz', 2, 5],
    ['/a/0/y/9', 3, 5],
    ['/empty', 6, 1],
  ])('%s → %d:%d', (pointer, line, column) => {
    expect(locateIn(file, pointer)).toEqual({ file: 'inline.yaml', line, column, pointer });
  });

  it('locateKeyIn points at the key of a scalar member', () => {
    expect(locateKeyIn(file, '/a/0/x')).toMatchObject({ line: 2, column: 5 });
  });
});

describe('pointerOf / parsePointer', () => {
  it('escapes ~ as ~0 and / as ~1 and round-trips', () => {
    const path = ['services', 'a/b', 'c~d', 3];
    expect(pointerOf(path)).toBe('/services/a~1b/c~0d/3');
    expect(parsePointer(pointerOf(path))).toEqual(['services', 'a/b', 'c~d', '3']);
    expect(pointerOf([])).toBe('');
    expect(parsePointer('')).toEqual([]);
  });
});
