import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import type { GateException, ResolvedConfig } from '../../src/config/types.js';
import { applyExceptions } from '../../src/gates/apply-exceptions.js';
import { defineGate } from '../../src/gates/types.js';
import type { Finding } from '../../src/gates/types.js';

const NOW = new Date('2026-02-11T12:00:00Z');
const CATALOG = [defineGate({ id: 'caddy-proto', aliases: ['D51'], kind: 'static', severity: 'error', describe: 'd', reads: [], judges: [], run: () => ({ findings: [], checked: {} }) })];

function finding(gate: string, subject: string, line: number): Finding {
  return {
    gate,
    severity: 'error',
    fingerprint: `${gate}-${subject}`,
    message: `${subject} is wrong`,
    subject: { kind: 'host', id: subject },
    locations: [{ file: 'ops/staged/caddy-auth/Caddyfile', line, column: 1, pointer: '' }],
    direction: 'inconsistent',
  };
}

function config(exceptions: GateException[]): ResolvedConfig {
  return { ...defaultConfig(), file: '/spine/driftgate.config.yaml', exceptions };
}

const ex = (over: Partial<GateException>): GateException => ({ gate: 'caddy-proto', subject: 'auth', reason: 'migration', expires: '2026-03-01', ...over });

describe('applyExceptions', () => {
  const findings = [finding('caddy-proto', 'auth', 5), finding('caddy-proto', 'vault', 9), finding('ip-parity', 'auth', 2)];

  it('suppresses findings of the gate (by id or alias) and subject only', () => {
    const byId = applyExceptions(findings, config([ex({})]), NOW, { gates: CATALOG });
    expect(byId.findings.map((f) => `${f.gate}/${f.subject.id}`)).toEqual(['ip-parity/auth', 'caddy-proto/vault']);
    expect(byId.suppressed).toBe(1);
    const byAlias = applyExceptions(findings, config([ex({ gate: 'd51' })]), NOW, { gates: CATALOG });
    expect(byAlias.suppressed).toBe(1);
    expect(byAlias.expired).toEqual([]);
  });

  it('still suppresses on its expiry day', () => {
    expect(applyExceptions(findings, config([ex({ expires: '2026-02-11' })]), NOW, { gates: CATALOG }).suppressed).toBe(1);
  });

  it('turns an expired exception into a warning at its place in the config and suppresses nothing', () => {
    const out = applyExceptions(findings, config([ex({ expires: '2026-02-10', line: 4, column: 5 })]), NOW, { gates: CATALOG, root: '/spine' });
    expect(out.suppressed).toBe(0);
    expect(out.expired).toHaveLength(1);
    expect(out.expired[0]).toMatchObject({
      gate: 'config',
      severity: 'warning',
      subject: { kind: 'file', id: 'driftgate.config.yaml' },
      locations: [{ file: 'driftgate.config.yaml', line: 4, column: 5, pointer: '/exceptions/0' }],
      direction: 'inconsistent',
    });
    expect(out.expired[0]?.message).toContain('expired on 2026-02-10');
    expect(out.findings).toHaveLength(4);
  });
});
