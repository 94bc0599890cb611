// Binding kind → JSON Schema. Imported as JSON modules so they bundle; a missing kind is a compile error.
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
import vmLifecycle from '../../schemas/vm.lifecycle.schema.json' with { type: 'json' };
import type { SchemaValidator } from './validate-schema.js';
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
};

/** Validates a parsed binding file against the schema of its kind. */
export function validateBinding(kind: BindingKind, file: SourceFile, validator: SchemaValidator): LoadProblem[] {
  return validator.validate(file, BINDING_SCHEMAS[kind]);
}
