// Findings shaped as the registry-status gate builds them.
import type { Finding } from '../../src/gates/types.js';

export const REGISTRY = 'docs/governance/SERVICE_REGISTRY.yaml';

export function staleFinding(id: string, line = 1, value: string | number | boolean | null = 'active'): Finding {
  const pointer = `/services/${id}/status`;
  return {
    gate: 'registry-status',
    severity: 'error',
    fingerprint: `fp-${id}`,
    message: `service "${id}" is declared "stopped" but its container "${id}" has been running`,
    subject: { kind: 'service', id },
    locations: [{ file: REGISTRY, line, column: 13, pointer }],
    expected: 'stopped',
    observed: 'running',
    direction: 'declared-stale',
    fix: { file: REGISTRY, pointer, value },
  };
}
