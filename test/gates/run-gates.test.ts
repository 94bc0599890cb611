// The gate framework: finalising drafts, severities, results, crashes, skips, sort and dedup.
import { describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { fingerprint } from '../../src/gates/fingerprint.js';
import { runGates } from '../../src/gates/run-gates.js';
import { defineGate } from '../../src/gates/types.js';
import type { FindingDraft, GateContext, GateDef } from '../../src/gates/types.js';
import { CLEAN_SPINE } from './support/gate-cases.js';

const REG = 'docs/governance/SERVICE_REGISTRY.yaml';
const VMS = 'ops/bindings/vm.lifecycle.yaml';
const loaded = await loadSpine(CLEAN_SPINE, defaultConfig());

function ctx(gates: Record<string, 'error' | 'warning' | 'notice' | 'off'> = {}): GateContext {
  return { ...loaded, config: { ...defaultConfig(), gates }, now: new Date('2026-02-11T12:00:00Z') };
}

function gate(id: string, drafts: FindingDraft[], extra: Partial<GateDef> = {}): GateDef {
  return defineGate({ id, aliases: [], kind: 'static', severity: 'error', describe: 'test gate', reads: [], judges: [], run: () => ({ findings: drafts, checked: {} }), ...extra });
}

const draft = (over: Partial<FindingDraft> = {}): FindingDraft => ({
  message: 'web is wrong',
  subject: { kind: 'service', id: 'web' },
  at: [{ file: REG, pointer: '/services/web/port' }],
  kind: 'wrong',
  ...over,
});

describe('runGates', () => {
  it('resolves refs to line and column, keeps given locations and fills the finding', () => {
    const given = { file: VMS, line: 3, column: 7, pointer: '/x' };
    const { findings, runs } = runGates([gate('g', [draft({ at: [{ file: REG, pointer: '/services/web/port' }, given], expected: 8080, observed: 81 })])], ctx());
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.locations[0]).toEqual({ file: REG, line: 13, column: 11, pointer: '/services/web/port' });
    expect(f.locations[1]).toEqual(given);
    expect(f).toMatchObject({ gate: 'g', severity: 'error', direction: 'inconsistent', expected: 8080, observed: 81 });
    expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(runs).toEqual([{ id: 'g', aliases: [], kind: 'static', result: 'fail', findings: 1, durationMs: expect.any(Number), checked: {} }]);
  });

  it('takes severity from the config, else the draft, else the gate default; notices stay notices', () => {
    const g = gate('g', [draft({ severity: 'notice' }), draft({ subject: { kind: 'service', id: 'x' } })], { severity: 'warning' });
    expect(runGates([g], ctx()).findings.map((f) => f.severity).sort()).toEqual(['notice', 'warning']);
    expect(runGates([g], ctx({ g: 'error' })).findings.map((f) => f.severity).sort()).toEqual(['error', 'notice']);
    const h = gate('h', [draft({ severity: 'error' }), draft({ severity: 'notice', subject: { kind: 'service', id: 'x' } })]);
    expect(runGates([h], ctx({ h: 'warning' })).findings.map((f) => f.severity).sort()).toEqual(['notice', 'warning']);
  });

  it('accepts an alias as the config key of a severity', () => {
    const g = gate('g', [draft()], { aliases: ['D99'] });
    expect(runGates([g], ctx({ D99: 'warning' })).findings[0]?.severity).toBe('warning');
  });

  it('derives the gate result from its findings', () => {
    const result = (drafts: FindingDraft[]): string | undefined => runGates([gate('g', drafts)], ctx()).runs[0]?.result;
    expect(result([])).toBe('pass');
    expect(result([draft({ severity: 'warning' }), draft({ severity: 'notice', subject: { kind: 'host', id: 'h' } })])).toBe('warn');
    expect(result([draft({ severity: 'notice' })])).toBe('pass');
    expect(result([draft({ severity: 'warning', inconclusive: true })])).toBe('inconclusive');
    expect(result([draft({ severity: 'warning', inconclusive: true }), draft({ subject: { kind: 'host', id: 'h' } })])).toBe('fail');
  });

  it('records a gate that throws as result error with a note, never as a finding', () => {
    const boom = defineGate({ id: 'boom', aliases: [], kind: 'static', severity: 'error', describe: 'd', reads: [], judges: [], run: () => { throw new Error('bad state'); } });
    const { runs, findings } = runGates([boom, gate('g', [draft()])], ctx());
    expect(runs[0]).toMatchObject({ id: 'boom', result: 'error', findings: 0, note: 'gate crashed: bad state' });
    expect(findings.map((f) => f.gate)).toEqual(['g']);
  });

  it('skips gates set off and live gates without observations', () => {
    const live = gate('live-one', [draft()], { kind: 'live' });
    const { runs, findings } = runGates([gate('g', [draft()]), live], ctx({ g: 'off' }));
    expect(runs.map((r) => [r.id, r.result, r.note])).toEqual([
      ['g', 'skipped', 'off in config'],
      ['live-one', 'skipped', 'offline'],
    ]);
    expect(findings).toEqual([]);
  });

  it('sorts by file, line, column, gate, message and drops exact duplicates', () => {
    const late = draft({ at: [{ file: VMS, pointer: '/vms/0/vmid' }], subject: { kind: 'vm', id: '301' } });
    const early = draft({ at: [{ file: REG, pointer: '/services/web/port' }] });
    const { findings, runs } = runGates([gate('b', [late, early, early]), gate('a', [early])], ctx());
    expect(findings.map((f) => `${f.locations[0]?.file}:${f.locations[0]?.line} ${f.gate}`)).toEqual([`${REG}:13 a`, `${REG}:13 b`, `${VMS}:11 b`]);
    expect(runs.find((r) => r.id === 'b')?.findings).toBe(2);
  });
});

describe('fingerprint', () => {
  const subject = { kind: 'service' as const, id: 'web' };
  it('depends on gate, subject, kind and places, not on their order', () => {
    const a = { file: REG, pointer: '/a' };
    const b = { file: VMS, pointer: '/b' };
    expect(fingerprint('g', subject, 'k', [a, b])).toBe(fingerprint('g', subject, 'k', [b, a]));
    expect(fingerprint('g', subject, 'k', [a])).not.toBe(fingerprint('g', subject, 'k2', [a]));
    expect(fingerprint('g', subject, 'k', [a])).not.toBe(fingerprint('h', subject, 'k', [a]));
    expect(fingerprint('g', subject, 'k', [a])).not.toBe(fingerprint('g', { kind: 'host', id: 'web' }, 'k', [a]));
  });

  it('ignores line numbers and messages', () => {
    const g = (line: number, message: string): GateDef =>
      gate('g', [draft({ message, at: [{ file: REG, line, column: 1, pointer: '/services/web' }] })]);
    const one = runGates([g(3, 'one wording')], ctx()).findings[0]?.fingerprint;
    const two = runGates([g(30, 'another wording')], ctx()).findings[0]?.fingerprint;
    expect(one).toBe(two);
  });
});

describe('coverage: what a gate could not evaluate', () => {
  const HEALTH = 'ops/bindings/services.health.yaml';
  const brokenHealth = (): GateContext => {
    const c = ctx();
    const problem = { code: 'YAML_SYNTAX' as const, severity: 'error' as const, message: 'YAML syntax error: the "[" opened here is never closed', location: { file: HEALTH, line: 12, column: 9, pointer: '' } };
    return { ...c, problems: [problem], model: { ...c.model, inputs: { ...c.model.inputs, health: { kind: 'health', path: HEALTH, required: true, status: 'failed', problem } } } };
  };

  it('does not run a gate whose input did not load: inconclusive, one line at the parse error, a note naming the place', () => {
    let ran = false;
    const reader = gate('reader', [draft()], { reads: ['health'], run: () => ((ran = true), { findings: [draft()], checked: { endpoints: 4 } }) });
    const other = gate('other', [], { reads: ['registry'] });
    const { runs, findings } = runGates([reader, other], brokenHealth());
    expect(ran).toBe(false);
    expect(runs.find((r) => r.id === 'reader')).toMatchObject({ result: 'inconclusive', findings: 1, checked: {}, note: `not evaluated: could not use ${HEALTH}:12:9` });
    expect(runs.find((r) => r.id === 'other')?.result).toBe('pass');
    const line = findings.find((f) => f.gate === 'reader');
    expect(line).toMatchObject({ severity: 'warning', inconclusive: true, locations: [{ file: HEALTH, line: 12, column: 9 }] });
    expect(line?.message).toBe('not evaluated: services.health.yaml did not load (YAML syntax error: the "[" opened here is never closed), so nothing was checked and drift cannot be ruled out');
  });

  it('runs schema over the problems of a binding file that did not load when --gates leaves it out', () => {
    const { runs, findings } = runGates([gate('other', [])], brokenHealth());
    expect(runs.map((r) => `${r.id}:${r.result}`)).toEqual(['schema:fail', 'other:pass']);
    expect(runs[0]?.note).toBe(`not selected; runs because ${HEALTH} did not load`);
    expect(findings.filter((f) => f.gate === 'schema').map((f) => f.locations[0]?.line)).toEqual([12]);
  });

  it('runs schema over the enum problem of an unknown status spelled through an alias (profile.fields) when --gates leaves it out', () => {
    const c = ctx();
    const [vm, ...rest] = c.model.vms;
    const unknown = { ...vm!, status: 'mothballed', meaning: 'unknown' as const, ref: { ...vm!.ref, keys: { status: 'state' } } };
    const at = { file: VMS, line: 3, column: 12, pointer: `${vm!.ref.pointer}/state` };
    const problem = { code: 'SCHEMA_ENUM' as const, severity: 'error' as const, message: 'state must be one of ..., got "mothballed"', location: at };
    const { runs, findings } = runGates([gate('other', [])], { ...c, problems: [problem], model: { ...c.model, vms: [unknown, ...rest] } });
    expect(runs.map((r) => `${r.id}:${r.result}`)).toEqual(['schema:fail', 'other:pass']);
    expect(runs[0]?.note).toBe('not selected; runs because 1 status is unknown');
    expect(findings.filter((f) => f.gate === 'schema').map((f) => f.locations[0]?.line)).toEqual([3]);
  });

  it('says once per unreadable entry of a judged kind that it could not be read; other kinds are not its business', () => {
    const c = ctx();
    const model = { ...c.model, unreadable: [{ kind: 'vms' as const, id: 'edge', ref: { file: VMS, pointer: '/vms/1' }, reason: 'it has no "vmid"' }] };
    const { runs, findings } = runGates([gate('vm-judge', [], { judges: ['vms'] }), gate('svc-judge', [], { judges: ['services'] })], { ...c, model });
    expect(runs.filter((r) => r.id !== 'schema').map((r) => `${r.id}:${r.result}`)).toEqual(['vm-judge:inconclusive', 'svc-judge:pass']);
    const lines = findings.filter((f) => f.gate === 'vm-judge');
    expect(lines.map((f) => f.message)).toEqual([`VM "edge" at vm.lifecycle.yaml:${lines[0]?.locations[0]?.line}:5 could not be read: it has no "vmid"; not checked, so drift cannot be ruled out`]);
    expect(lines[0]?.subject).toEqual({ kind: 'vm', id: 'edge' });
  });

  it('after exceptions, a gate whose findings are all suppressed passes; coverage findings are never suppressed', async () => {
    const { applyExceptions } = await import('../../src/gates/apply-exceptions.js');
    const { settleRuns } = await import('../../src/gates/run-gates.js');
    const c = ctx();
    const model = { ...c.model, unreadable: [{ kind: 'vms' as const, id: 'edge', ref: { file: VMS, pointer: '/vms/1' }, reason: 'it has no "vmid"' }] };
    const config = { ...c.config, exceptions: [{ gate: 'g', subject: 'web', reason: 'known', expires: '2099-01-01' }, { gate: 'v', subject: 'edge', reason: 'no', expires: '2099-01-01' }] };
    const ran = runGates([gate('g', [draft()]), gate('v', [], { judges: ['vms'] })], { ...c, model, config });
    const mine = ran.runs.filter((r) => r.id !== 'schema');
    expect(mine.map((r) => r.result)).toEqual(['fail', 'inconclusive']);
    const excepted = applyExceptions(ran.findings, config, c.now, { gates: [] });
    const runs = settleRuns(mine, excepted.findings, excepted.hidden);
    expect(runs.map((r) => `${r.id}:${r.result}:${r.findings}:${r.suppressed ?? 0}`)).toEqual(['g:pass:0:1', 'v:inconclusive:1:0']);
    expect(excepted.hidden).toMatchObject([{ gate: 'g', subject: { id: 'web' }, exception: { reason: 'known', expires: '2099-01-01' } }]);
  });
});
