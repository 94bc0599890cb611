// The gate catalog: an explicit, ordered list. `driftgate gates` prints it; `--gates` selects from it.
// Add a gate by creating src/gates/<id>.ts (default export defineGate({...})) and one line here.
import type { GateDef } from './types.js';

export const GATES: readonly GateDef[] = [
  // static gates
  // live gates
];
