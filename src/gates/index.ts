// The gate catalog: an explicit, ordered list. `driftgate gates` prints it; `--gates` selects from it.
// Add a gate by creating src/gates/<id>.ts (default export defineGate({...})) and one line here.
import caddyProto from './caddy-proto.js';
import composeParity from './compose-parity.js';
import healthCoverage from './health-coverage.js';
import ipParity from './ip-parity.js';
import references from './references.js';
import schema from './schema.js';
import sshTrust from './ssh-trust.js';
import type { GateDef } from './types.js';
import uniqueIds from './unique-ids.js';
import vmGovernance from './vm-governance.js';
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
  // live gates
];
