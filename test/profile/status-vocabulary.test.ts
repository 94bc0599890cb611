// The status vocabularies (src/profile) are data the gates read meanings from. The schema of each
// binding kind lists exactly the statuses of its vocabulary: the built-in schema files those of the
// built-in profile, and the schema a run validates with (derived from the profile at validation
// time) those of the run's profile, so a status the config declares is no schema error.
import { describe, expect, it } from 'vitest';
import namingSchema from '../../schemas/naming.policy.schema.json' with { type: 'json' };
import routingSchema from '../../schemas/domain-routing-registry.schema.json' with { type: 'json' };
import registrySchema from '../../schemas/service-registry.schema.json' with { type: 'json' };
import stackSchema from '../../schemas/stack-registry.schema.json' with { type: 'json' };
import vmSchema from '../../schemas/vm.lifecycle.schema.json' with { type: 'json' };
import { builtinSchema } from '../../src/bindings/schemas.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { resolveStatuses } from '../../src/profile/statuses.js';
import { entryOf, meaningOf, SPINE_STATUSES, statusWithMeaning, VOCABULARY_PLACES, type VocabularyKind } from '../../src/profile/status-vocabulary.js';

/** The enum at a data path of a schema (`*` = items or additionalProperties). */
function enumAt(schema: object, path: readonly string[]): string[] | undefined {
  let node = schema as Record<string, unknown> | undefined;
  for (const seg of path) {
    const next: unknown = seg === '*' ? (node?.items ?? node?.additionalProperties) : (node?.properties as Record<string, unknown> | undefined)?.[seg];
    node = next as Record<string, unknown> | undefined;
  }
  return node?.enum as string[] | undefined;
}

const FILES: Record<VocabularyKind, object> = { services: registrySchema, vms: vmSchema, routes: routingSchema, naming: namingSchema, stacks: stackSchema };

describe('status vocabularies', () => {
  const { services, vms, routes, naming } = SPINE_STATUSES.vocabularies;

  it('the built-in schema files list exactly the statuses of the built-in vocabularies', () => {
    for (const [kind, place] of Object.entries(VOCABULARY_PLACES) as Array<[VocabularyKind, (typeof VOCABULARY_PLACES)[VocabularyKind]]>) {
      expect(enumAt(FILES[kind], place.path)?.sort(), kind).toEqual(Object.keys(SPINE_STATUSES.vocabularies[kind]).sort());
    }
  });

  it('the schema a run validates with lists the statuses the config adds, with their meanings', () => {
    const config = { ...defaultConfig(), profileSettings: { statuses: { services: { live: { meaning: 'running' as const, says: 'live' } }, vms: { paused: { meaning: 'expected-stopped' as const, says: 'paused' } } } } };
    const statuses = resolveStatuses(config);
    for (const [kind, place] of Object.entries(VOCABULARY_PLACES) as Array<[VocabularyKind, (typeof VOCABULARY_PLACES)[VocabularyKind]]>) {
      expect(enumAt(builtinSchema(place.binding, config), place.path)?.sort(), kind).toEqual(Object.keys(statuses.vocabularies[kind]).sort());
    }
    expect(meaningOf(statuses.vocabularies.services, 'live')).toBe('running');
    expect(meaningOf(statuses.vocabularies.services, 'active')).toBe('running');
    expect(enumAt(builtinSchema('registry', config), VOCABULARY_PLACES.services.path)).toContain('live');
    expect(enumAt(builtinSchema('registry', defaultConfig()), VOCABULARY_PLACES.services.path)).not.toContain('live');
  });

  it('give each status a meaning, and a word no vocabulary knows the meaning unknown', () => {
    expect(meaningOf(services, 'active')).toBe('running');
    expect(meaningOf(services, 'deprecated')).toBe('may-run');
    expect(meaningOf(services, 'parked')).toBe('expected-stopped');
    expect(meaningOf(services, 'stopped')).toBe('expected-stopped');
    expect(meaningOf(services, 'retired')).toBe('inert');
    expect(meaningOf(services, 'stoped')).toBe('unknown');
    expect(meaningOf(services, 'toString')).toBe('unknown');
    expect(meaningOf(vms, 'planning')).toBe('planned');
    expect(meaningOf(vms, 'planned')).toBe('planned');
    expect(meaningOf(vms, 'stopped')).toBe('expected-stopped');
    expect(meaningOf(vms, 'decommissioned')).toBe('inert');
    expect(meaningOf(vms, 'template')).toBe('template');
    expect(meaningOf(routes, 'cloudflare_dns')).toBe('running');
    expect(meaningOf(routes, 'unknown')).toBe('may-run');
    expect(meaningOf(naming, 'stopped')).toBe('expected-stopped');
  });

  it('say how much a contradiction weighs and which status a fix writes', () => {
    expect(entryOf(services, 'parked')?.contradiction).toBe('warning');
    expect(entryOf(services, 'stopped')?.contradiction).toBe('error');
    expect(statusWithMeaning(services, 'running')).toBe('active');
    expect(resolveStatuses(defaultConfig())).toBe(SPINE_STATUSES);
  });
});
