// Unknown keys as information: a typo is a warning with its suggestion at each place; any other
// unknown key of a binding file is one notice per key per file, with its count and first location;
// did-you-mean never proposes a forbidden name.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { keyTypoOf, typoDistance } from '../../src/bindings/did-you-mean.js';
import { parseYamlText } from '../../src/bindings/parse-yaml.js';
import { BINDING_SCHEMAS, createBindingValidator } from '../../src/bindings/schemas.js';
import { createSchemaValidator } from '../../src/bindings/validate-schema.js';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load-config.js';
import { SHARED_DIR } from '../support/paths.js';

const NEXT_DIR = join(SHARED_DIR, 'spine-next');

function vms(items: string[]): string {
  return `vms:\n${items.map((extra, i) => `  - vmid: ${200 + i}\n    hostname: vm${i}\n    proxmox_host: pve\n    status: active\n    stacks: []\n    services: []\n${extra}`).join('')}`;
}

function problems(yaml: string, forbidden: string[] = []): string[] {
  const { file, problems: parse } = parseYamlText(yaml, 'ops/bindings/vm.lifecycle.yaml', 'vms');
  expect(parse).toEqual([]);
  const config = { ...defaultConfig(), conventions: { forbiddenKeys: forbidden } };
  return createBindingValidator(config)
    .validate(file, BINDING_SCHEMAS.vms)
    .map((p) => `${p.location.line}:${p.location.column} ${p.severity} ${p.message}`);
}

describe('key typos', () => {
  it('counts a swap of two letters as one edit', () => {
    expect(typoDistance('retires', 'retries')).toBe(1);
    expect(typoDistance('kitten', 'sitting')).toBe(3);
  });

  it.each([
    ['enabeld', ['enabled', 'expect'], 'enabled'],
    ['hots', ['host', 'port'], 'host'],
    ['contaner', ['container'], 'container'],
    ['ID', ['id'], 'id'],
    ['id', ['os', 'ip'], undefined], // two letters: nobody's typo
    ['fixed_by', ['fixed_in', 'fixed_at'], undefined], // another word, not a typo
    ['updated_at', ['updated'], undefined], // three edits
    ['iot_naming_convention', ['naming_convention'], undefined],
  ])('%s among %j → %s', (key, known, hint) => {
    expect(keyTypoOf(key, known)).toBe(hint);
  });

  it('never proposes an excluded (forbidden) name', () => {
    expect(keyTypoOf('vmidd', ['vmid'])).toBe('vmid');
    expect(keyTypoOf('vmidd', ['vmid'], new Set(['vmid']))).toBeUndefined();
  });
});

describe('unknown keys of a binding file', () => {
  it('are one notice per key per file, with the count and the first location', () => {
    const out = problems(vms(['    id: 200\n    description: a\n', '    id: 201\n', '    id: 202\n    description: c\n']));
    expect(out).toEqual([
      '8:5 notice unknown key "id" appears in all 3 items of "vms" in vm.lifecycle.yaml; declare it in the schema',
      '9:5 notice unknown key "description" appears in 2 of 3 items of "vms" in vm.lifecycle.yaml; declare it in the schema',
    ]);
  });

  it('name the place of a key that appears once', () => {
    expect(problems(`owner: ops\nrollout: 2\n${vms([''])}`)).toEqual([
      '2:1 notice unknown key "rollout" at the top level of vm.lifecycle.yaml; declare it in the schema or remove it',
    ]);
  });

  it('keep a typo a warning at each place, with the suggestion', () => {
    const out = problems(vms(['    hostnmae: x\n', '    hostnmae: y\n']));
    expect(out).toEqual([
      '8:5 warning unknown key "hostnmae" in item 0 of "vms"; did you mean "hostname"?',
      '15:5 warning unknown key "hostnmae" in item 1 of "vms"; did you mean "hostname"?',
    ]);
  });

  it('never suggest a key the conventions forbid: the key is then a notice', () => {
    expect(problems(vms(['    vmidd: 1\n']))[0]).toContain('did you mean "vmid"?');
    expect(problems(vms(['    vmidd: 1\n']), ['vmid'])).toEqual([
      '8:5 notice unknown key "vmidd" in item 0 of "vms" of vm.lifecycle.yaml; declare it in the schema or remove it',
    ]);
  });

  it('stay one warning each outside binding files (the default validator, as for the config)', () => {
    const { file } = parseYamlText(vms(['    id: 1\n', '    id: 2\n']), 'x.yaml', 'config');
    const out = createSchemaValidator().validate(file, BINDING_SCHEMAS.vms);
    expect(out.map((p) => `${p.severity} ${p.message}`)).toEqual([
      'warning unknown key "id" in item 0 of "vms"',
      'warning unknown key "id" in item 1 of "vms"',
    ]);
  });
});

describe('on the spine nine days later (../shared/spine-next), with its conventions file', () => {
  it('gives one notice per unknown key per file, and no did-you-mean names a forbidden key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driftgate-next-config-'));
    try {
      const configFile = join(dir, 'driftgate.config.yaml');
      writeFileSync(
        configFile,
        'conventions:\n  forbidden_keys_from:\n    - file: ops/bindings/spine.schema.conventions.yaml\n      at: /field_rules/disallowed_alias_keys\n',
      );
      const config = await loadConfig(NEXT_DIR, configFile);
      expect(config.conventions?.forbiddenKeys).toEqual(expect.arrayContaining(['notes', 'vmid']));
      const { problems } = await loadSpine(NEXT_DIR, config);
      const unknown = problems.filter((p) => p.code === 'UNKNOWN_KEY');
      const notices = unknown.filter((p) => p.severity === 'notice');
      const keyOf = (p: { location: { file: string }; message: string }) => `${p.location.file} ${/unknown key "([^"]+)"/.exec(p.message)?.[1] ?? ''}`;
      expect(new Set(notices.map(keyOf)).size).toBe(notices.length);
      const hints = unknown.map((p) => /did you mean "([^"]+)"/.exec(p.message)?.[1]).filter((h): h is string => h !== undefined);
      expect(hints.filter((h) => config.conventions!.forbiddenKeys.includes(h) || h === 'os')).toEqual([]);
      const gaps = (parse(readFileSync(join(NEXT_DIR, 'ops/bindings/operational.gaps.yaml'), 'utf8')) as { gaps: Array<Record<string, unknown>> }).gaps;
      const fixedBy = gaps.filter((g) => g.fixed_by !== undefined).length;
      expect(notices.map((p) => p.message)).toContain(`unknown key "fixed_by" appears in ${fixedBy} of ${gaps.length} items of "gaps" in operational.gaps.yaml; declare it in the schema`);
      // vm_type is declared by the VM schema (qemu or lxc, compared by vm-inventory): no notice
      expect(notices.filter((p) => /unknown key "vm_type"/.test(p.message))).toEqual([]);
      // the built-in profile reads `id` as the VM's vmid and `description` as its notes: no notice for either
      expect(notices.filter((p) => /unknown key "(id|description|updated_at)"/.test(p.message))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a schema and an edited copy of it', () => {
  it('are two schemas, though the copy keeps the $id of the original', () => {
    const validator = createSchemaValidator();
    const original = { $id: 'https://example.test/s.json', type: 'object', required: ['vmid'] };
    const copy = { ...original, required: ['id'] };
    const { file } = parseYamlText('id: 1\n', 's.yaml', 'config');
    expect(validator.validate(file, original).map((p) => p.code)).toEqual(['SCHEMA_REQUIRED']);
    expect(validator.validate(file, copy)).toEqual([]);
    expect(validator.validate(file, original).map((p) => p.code)).toEqual(['SCHEMA_REQUIRED']);
  });
});
