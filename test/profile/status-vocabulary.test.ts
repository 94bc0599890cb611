// The built-in status vocabularies (src/profile) are data the gates read meanings from. The binding
// schemas' enums must list exactly their statuses: the schema gate is what reports an unknown one.
import { describe, expect, it } from 'vitest';
import registrySchema from '../../schemas/service-registry.schema.json' with { type: 'json' };
import vmSchema from '../../schemas/vm.lifecycle.schema.json' with { type: 'json' };
import { defaultConfig } from '../../src/config/defaults.js';
import { resolveStatuses } from '../../src/profile/statuses.js';
import { entryOf, meaningOf, SPINE_STATUSES, statusWithMeaning } from '../../src/profile/status-vocabulary.js';

type Schema = { properties: Record<string, { additionalProperties?: { properties: { status: { enum: string[] } } }; items?: { properties: { status: { enum: string[] } } } }> };

describe('status vocabularies', () => {
  const { services, vms } = SPINE_STATUSES.vocabularies;

  it('list exactly the statuses the schemas allow', () => {
    const reg = (registrySchema as unknown as Schema).properties.services?.additionalProperties?.properties.status.enum;
    const vm = (vmSchema as unknown as Schema).properties.vms?.items?.properties.status.enum;
    expect(Object.keys(services).sort()).toEqual([...(reg ?? [])].sort());
    expect(Object.keys(vms).sort()).toEqual([...(vm ?? [])].sort());
  });

  it('give each status a meaning, and a word no vocabulary knows the meaning unknown', () => {
    expect(meaningOf(services, 'active')).toBe('running');
    expect(meaningOf(services, 'deprecated')).toBe('may-run');
    expect(meaningOf(services, 'parked')).toBe('expected-stopped');
    expect(meaningOf(services, 'stopped')).toBe('expected-stopped');
    expect(meaningOf(services, 'stoped')).toBe('unknown');
    expect(meaningOf(services, 'toString')).toBe('unknown');
    expect(meaningOf(vms, 'planning')).toBe('planned');
    expect(meaningOf(vms, 'decommissioned')).toBe('inert');
    expect(meaningOf(vms, 'template')).toBe('template');
  });

  it('say how much a contradiction weighs and which status a fix writes', () => {
    expect(entryOf(services, 'parked')?.contradiction).toBe('warning');
    expect(entryOf(services, 'stopped')?.contradiction).toBe('error');
    expect(statusWithMeaning(services, 'running')).toBe('active');
    expect(resolveStatuses(defaultConfig())).toBe(SPINE_STATUSES);
  });
});
