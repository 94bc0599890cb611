// The gate catalog: an explicit, ordered list. `driftgate gates` prints it; `--gates` selects from it.
// Add a gate by creating src/gates/<id>.ts (default export defineGate({...})) and one line here.
import backupDepth from './backup-depth.js';
import backupFreshness from './backup-freshness.js';
import caddyProto from './caddy-proto.js';
import composeParity from './compose-parity.js';
import composeState from './compose-state.js';
import decommissionSweep from './decommission-sweep.js';
import deployedCompose from './deployed-compose.js';
import diskUsage from './disk-usage.js';
import health from './health.js';
import healthCoverage from './health-coverage.js';
import hostIdentity from './host-identity.js';
import ipParity from './ip-parity.js';
import references from './references.js';
import registryParity from './registry-parity.js';
import registryStatus from './registry-status.js';
import schema from './schema.js';
import sshTrust from './ssh-trust.js';
import type { GateDef } from './types.js';
import uniqueIds from './unique-ids.js';
import unmanagedContainers from './unmanaged-containers.js';
import vmGovernance from './vm-governance.js';
import vmInventory from './vm-inventory.js';
import workflowLock from './workflow-lock.js';

export const GATES: readonly GateDef[] = [
  // static gates
  schema,
  references,
  ipParity,
  healthCoverage,
  composeParity,
  vmGovernance,
  caddyProto,
  sshTrust,
  uniqueIds,
  workflowLock,
  decommissionSweep,
  registryParity,
  // live gates
  composeState,
  registryStatus,
  unmanagedContainers,
  health,
  backupFreshness,
  vmInventory,
  hostIdentity,
  deployedCompose,
  backupDepth,
  diskUsage,
];
