// A gate over entries with a suspected rename: what it concluded about them is dropped (it may come
// from the field's default) and one inconclusive line says so, once per gate and key; gates that
// use no such entry are left alone.
import { describe, expect, it } from 'vitest';
import type { UncertainField } from '../../src/bindings/types.js';
import { withUncertainFields } from '../../src/gates/uncertain-fields.js';
import type { FindingDraft } from '../../src/gates/types.js';
import { emptyModel } from '../support/empty-model.js';

const FILE = 'ops/bindings/vm.lifecycle.yaml';
const uncertain: UncertainField = {
  kind: 'vms',
  file: FILE,
  key: 'ssh_host',
  fields: ['ssh_target'],
  confident: true,
  evidence: 'reference',
  entries: [{ file: FILE, pointer: '/vms/0' }, { file: FILE, pointer: '/vms/1' }],
  first: { file: FILE, pointer: '/vms/0/ssh_host' },
  declare: ['profile: {fields: {vms: {ssh_target: [ssh_target, ssh_host]}}}'],
};

const draft = (pointer: string, id: string): FindingDraft => ({ message: `about ${id}`, subject: { kind: 'vm', id }, at: [{ file: FILE, pointer }], kind: 'x', severity: 'error' });

describe('withUncertainFields', () => {
  const m = emptyModel({ uncertain: [uncertain] });

  it('drops the drafts about entries with the key and adds one inconclusive line with the config line', () => {
    const out = withUncertainFields({ judges: ['vms'], reads: ['vms'] }, m, [draft('/vms/0', 'a'), draft('/vms/1/ssh_target', 'b'), draft('/vms/2', 'c')]);
    expect(out.filter((d) => !d.inconclusive).map((d) => d.message)).toEqual(['about c']);
    const lines = out.filter((d) => d.inconclusive);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.message).toContain('2 VMs of vm.lifecycle.yaml use `ssh_host` where `ssh_target` is expected');
    expect(lines[0]!.message).toContain('not judged on ssh_target');
    expect(lines[0]!.message).toContain(uncertain.declare[0]);
  });

  it('names every candidate when it cannot tell which field', () => {
    const both = { ...uncertain, fields: ['backup_target', 'ssh_target'], confident: false, declare: ['A', 'B'] };
    const [line] = withUncertainFields({ judges: ['vms'], reads: [] }, emptyModel({ uncertain: [both] }), []);
    expect(line!.message).toContain('may stand for `backup_target` or `ssh_target`: driftgate cannot tell which field');
    expect(line!.message).toContain('declare the right one: A, or B');
  });

  it('leaves a gate alone that uses no entry of that kind', () => {
    const drafts = [draft('/vms/0', 'a')];
    expect(withUncertainFields({ judges: ['services'], reads: ['registry'] }, m, drafts)).toEqual(drafts);
  });
});
