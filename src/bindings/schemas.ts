// Binding kind → JSON Schema. Imported as JSON modules so they bundle; a missing kind is a compile
// error. The built-ins are the default; the config can replace the schema of any binding file
// (`schemas: [{file, schema, replace: true}]`), and the replacement is what validation uses.
import backupInventory from '../../schemas/backup.inventory.schema.json' with { type: 'json' };
import deployDependencies from '../../schemas/deploy.dependencies.schema.json' with { type: 'json' };
import dockerComposeTargets from '../../schemas/docker.compose.targets.schema.json' with { type: 'json' };
import domainRoutingRegistry from '../../schemas/domain-routing-registry.schema.json' with { type: 'json' };
import infraPlacementPolicy from '../../schemas/infra.placement.policy.schema.json' with { type: 'json' };
import namingPolicy from '../../schemas/naming.policy.schema.json' with { type: 'json' };
import operationalGaps from '../../schemas/operational.gaps.schema.json' with { type: 'json' };
import serviceRegistry from '../../schemas/service-registry.schema.json' with { type: 'json' };
import servicesHealth from '../../schemas/services.health.schema.json' with { type: 'json' };
import sshTargets from '../../schemas/ssh.targets.schema.json' with { type: 'json' };
import stackRegistry from '../../schemas/stack-registry.schema.json' with { type: 'json' };
import startupSequencing from '../../schemas/startup.sequencing.schema.json' with { type: 'json' };
import vmLifecycle from '../../schemas/vm.lifecycle.schema.json' with { type: 'json' };
import type { ResolvedConfig } from '../config/types.js';
import { deriveSchema } from '../profile/derive-schema.js';
import { resolveProfile, SPINE_PROFILE } from '../profile/profile.js';
import { createSchemaValidator, type SchemaValidator } from './validate-schema.js';
import type { BindingKind, LoadProblem, SourceFile } from './types.js';

export const BINDING_SCHEMAS: Record<BindingKind, object> = {
  registry: serviceRegistry,
  health: servicesHealth,
  compose: dockerComposeTargets,
  vms: vmLifecycle,
  ssh: sshTargets,
  backups: backupInventory,
  routing: domainRoutingRegistry,
  stacks: stackRegistry,
  placement: infraPlacementPolicy,
  naming: namingPolicy,
  deploy: deployDependencies,
  gaps: operationalGaps,
  startup: startupSequencing,
};

/** The config's schemas that replace the built-in schema of a binding kind (none = the built-in applies). */
function replacingSchemas(kind: BindingKind, config: ResolvedConfig | undefined): object[] {
  if (!config) return [];
  return (config.schemas ?? []).filter((s) => s.replace && s.file === config.paths[kind]).map((s) => s.definition);
}

/**
 * The built-in schema of a binding kind as the run's profile reads it: its status vocabularies and
 * field aliases (src/profile/derive-schema.ts), so what the profile accepts is no schema error.
 */
export function builtinSchema(kind: BindingKind, config?: Pick<ResolvedConfig, 'profile' | 'profileSettings'>): object {
  const profile = config ? resolveProfile(config) : SPINE_PROFILE;
  let byKind = derived.get(profile);
  if (!byKind) derived.set(profile, (byKind = new Map()));
  let schema = byKind.get(kind);
  if (!schema) byKind.set(kind, (schema = deriveSchema(kind, BINDING_SCHEMAS[kind], profile)));
  return schema;
}

const derived = new WeakMap<object, Map<BindingKind, object>>();

/**
 * The form in which a schema file of schemas/ is precompiled (scripts/gen-validators.ts): a binding
 * schema as the built-in profile derives it (what a run without a `profile:` section validates
 * with), any other schema as it is.
 */
export function precompiledForm(schema: { $id?: unknown }): object {
  const kind = (Object.keys(BINDING_SCHEMAS) as BindingKind[]).find((k) => (BINDING_SCHEMAS[k] as { $id?: unknown }).$id === schema.$id);
  return kind ? deriveSchema(kind, schema, SPINE_PROFILE) : schema;
}

/** The schemas a binding file is validated against: the config's replacements, else the built-in. */
export function bindingSchemas(kind: BindingKind, config?: ResolvedConfig): object[] {
  const replaced = replacingSchemas(kind, config);
  return replaced.length > 0 ? replaced : [builtinSchema(kind, config)];
}

/**
 * The validator for binding files: an unknown key that is no typo is one notice per key per file,
 * and did-you-mean never proposes a name the repo's conventions forbid.
 */
export function createBindingValidator(config?: ResolvedConfig): SchemaValidator {
  return createSchemaValidator({ aggregate: true, forbiddenKeys: new Set(config?.conventions?.forbiddenKeys ?? []) });
}

/** Validates a parsed binding file against the schema of its kind (or the config's replacement). */
export function validateBinding(kind: BindingKind, file: SourceFile, validator: SchemaValidator, config?: ResolvedConfig): LoadProblem[] {
  return bindingSchemas(kind, config).flatMap((schema) => validator.validate(file, schema));
}
