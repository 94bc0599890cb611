// What schemas diff proposes: schema edits at a shape path, and config additions made as text so
// only the added lines change.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BINDING_SCHEMAS } from '../../src/bindings/schemas.js';
import { addToConfig } from '../../src/schemas/config-patch.js';
import { applyChanges, enumKeysAt, subschemaAt } from '../../src/schemas/schema-edit.js';

const VM = { file: 'vm.lifecycle.yaml', shape: '/vms/*', of: 'items' as const };
type Props = Record<string, { description?: string; type?: unknown; enum?: unknown[] }>;

describe('schema edits', () => {
  it('find the schema of a shape path through items, properties and additionalProperties', () => {
    expect(subschemaAt(BINDING_SCHEMAS.vms as Record<string, unknown>, '/vms/*')?.required).toContain('vmid');
    expect(subschemaAt(BINDING_SCHEMAS.registry as Record<string, unknown>, '/services/*')?.required).toEqual(['host', 'compose']);
    expect(subschemaAt(BINDING_SCHEMAS.vms as Record<string, unknown>, '/nope/*')).toBeUndefined();
    expect([...enumKeysAt(BINDING_SCHEMAS.vms, '/vms/*')]).toContain('status');
  });

  it('rename a property where it stands, required included, and keep the built-in untouched', () => {
    const edited = applyChanges(BINDING_SCHEMAS.vms, { renames: [{ ...VM, from: 'vmid', to: 'id', count: 19, had: 19, still: 0 }], newKeys: [], newValues: [] }, 'v1');
    const node = subschemaAt(edited as Record<string, unknown>, '/vms/*')!;
    const keys = Object.keys(node.properties as object);
    expect(keys[0]).toBe('id');
    expect(keys).not.toContain('vmid');
    expect((node.required as string[])[0]).toBe('id');
    expect((node.properties as Props).id?.description).toMatch(/\(was `vmid`\)$/);
    expect(subschemaAt(BINDING_SCHEMAS.vms as Record<string, unknown>, '/vms/*')?.required).toContain('vmid');
  });

  it('keep the old property while entries still use it, requiring neither', () => {
    const edited = applyChanges(BINDING_SCHEMAS.vms, { renames: [{ ...VM, from: 'vmid', to: 'id', count: 1, had: 2, still: 1 }], newKeys: [], newValues: [] }, 'v1');
    const node = subschemaAt(edited as Record<string, unknown>, '/vms/*')!;
    expect(Object.keys(node.properties as object).slice(0, 2)).toEqual(['vmid', 'id']);
    expect(node.required).not.toContain('vmid');
    expect(node.required).not.toContain('id');
  });

  it('declare a new key with the types of its values, and add a new value to an enum', () => {
    const edited = applyChanges(
      BINDING_SCHEMAS.vms,
      {
        renames: [],
        newKeys: [{ ...VM, key: 'ha_group', count: 2, total: 19, types: ['null', 'string'] }],
        newValues: [{ ...VM, key: 'status', value: 'stopped', count: 1, line: 9 }],
      },
      'v1',
    );
    const props = subschemaAt(edited as Record<string, unknown>, '/vms/*')!.properties as Props;
    expect(props.ha_group).toEqual({ type: ['null', 'string'], description: 'New since v1 (in 2 of 19 entries); say what it means.' });
    expect(props.status?.enum?.at(-1)).toBe('stopped');
  });
});

describe('config additions', () => {
  const add = { schemas: [{ file: 'ops/bindings/vm.lifecycle.yaml', schema: '.driftgate/schemas/vm.lifecycle.schema.json', replace: true }], forbiddenKeys: ['notes', 'vmid'] };

  it('start the sections in an empty config', () => {
    const text = addToConfig('', add);
    expect(text).toBe(
      'schemas:\n  - file: ops/bindings/vm.lifecycle.yaml\n    schema: .driftgate/schemas/vm.lifecycle.schema.json\n    replace: true\nconventions:\n  forbidden_keys: [notes, vmid]\n',
    );
  });

  it('extend existing lists after their last item, keeping comments and everything else', () => {
    const before = [
      '# team config',
      'schemas:',
      '  - file: ops/bindings/agents.yaml   # agents',
      '    schema: rules/agents.json',
      'gates:',
      '  caddy-proto: error',
      'conventions:',
      '  forbidden_keys:',
      '    - opened',
      '',
    ].join('\n');
    const after = addToConfig(before, add);
    expect(after.split('\n')).toEqual([
      '# team config',
      'schemas:',
      '  - file: ops/bindings/agents.yaml   # agents',
      '    schema: rules/agents.json',
      '  - file: ops/bindings/vm.lifecycle.yaml',
      '    schema: .driftgate/schemas/vm.lifecycle.schema.json',
      '    replace: true',
      'gates:',
      '  caddy-proto: error',
      'conventions:',
      '  forbidden_keys:',
      '    - opened',
      '    - notes',
      '    - vmid',
      '',
    ]);
  });

  it('extend a flow list in place, and add forbidden_keys to conventions that have other keys', () => {
    const flow = addToConfig('conventions:\n  forbidden_keys: [opened]   # legacy\n', { schemas: [], forbiddenKeys: ['vmid'] });
    expect(flow).toBe('conventions:\n  forbidden_keys: [opened, vmid]   # legacy\n');
    const other = addToConfig('conventions:\n  forbidden_keys_from:\n    - file: c.yaml\n      at: /x\n', { schemas: [], forbiddenKeys: ['vmid'] });
    expect(parse(other)).toEqual({ conventions: { forbidden_keys: ['vmid'], forbidden_keys_from: [{ file: 'c.yaml', at: '/x' }] } });
  });

  it('fill a key that has no value yet', () => {
    expect(parse(addToConfig('schemas:\nprobe:\n  retries: 2\n', { ...add, forbiddenKeys: [] }))).toEqual({
      schemas: [{ file: 'ops/bindings/vm.lifecycle.yaml', schema: '.driftgate/schemas/vm.lifecycle.schema.json', replace: true }],
      probe: { retries: 2 },
    });
  });

  it('writes every value so that it reads back as the same string, in block and flow lists alike', () => {
    const tricky = ['true', '123', 'null', '*.yaml', '#legacy', 'a, b', 'on'];
    const odd = { schemas: tricky.map((t) => ({ file: t, schema: 'rules/x.json' })), forbiddenKeys: tricky };
    expect(parse(addToConfig('', odd))).toEqual({ schemas: odd.schemas, conventions: { forbidden_keys: tricky } });
    const flow = addToConfig('schemas: []\nconventions:\n  forbidden_keys: [opened]\n', odd);
    expect(parse(flow)).toEqual({ schemas: odd.schemas, conventions: { forbidden_keys: ['opened', ...tricky] } });
  });
});
