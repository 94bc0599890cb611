// Issue #3's "done when", through the real CLI in-process: the offline check of the reference corpus
// fails with the corpus's real inconsistencies (both locations each), the clean spine passes,
// `--gates D51` runs only caddy-proto and an unknown gate id exits 2 listing the valid ones.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { GATES } from '../../src/gates/index.js';
import type { Report } from '../../src/report/types.js';
import { memoryIo } from '../support/io.js';
import { SPINE_DIR } from '../support/paths.js';
import { CLEAN_SPINE } from './support/gate-cases.js';

async function check(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo();
  const code = await main(['check', '--offline', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const places = (f: Report['findings'][number]): string[] => f.locations.map((l) => `${l.file}:${l.line}:${l.column}`);

describe('driftgate check --offline', () => {
  it('exits 1 on the corpus and reports its real inconsistencies with both locations', async () => {
    const { code, out } = await check(['--root', relative(process.cwd(), SPINE_DIR), '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as Report;
    expect(report.result).toBe('drift');
    const refs = report.findings.filter((f) => f.gate === 'references');
    for (const vmid of [206, 207, 209, 210, 211]) {
      const f = refs.find((x) => x.subject.id === String(vmid));
      expect(f?.message, `VM ${vmid}`).toContain(`"vm-${vmid}-primary", which backup.inventory.yaml does not declare`);
      expect(f?.locations.map((l) => l.file)).toEqual(['ops/bindings/vm.lifecycle.yaml', 'ops/bindings/backup.inventory.yaml']);
    }
    const immich = refs.find((f) => f.subject.id === 'immich');
    expect(immich && places(immich)).toEqual(['ops/bindings/services.health.yaml:167:9', 'docs/governance/SERVICE_REGISTRY.yaml:568:3']);
    const container = refs.find((f) => f.observed === 'mint-os-dashboard-api');
    expect(container?.message).toContain('is the container of registry service "mint-os-api"');
    expect(container && places(container)).toEqual(['ops/bindings/vm.lifecycle.yaml:56:9', 'docs/governance/SERVICE_REGISTRY.yaml:42:16']);
    for (const f of report.findings) {
      expect(f.direction, f.message).toBeDefined();
      expect(f.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('exits 0 on the clean fixture spine', async () => {
    const { code, out } = await check(['--root', relative(process.cwd(), CLEAN_SPINE), '--format', 'json']);
    expect(code).toBe(0);
    expect((JSON.parse(out) as Report).findings).toEqual([]);
  });

  it('runs only caddy-proto with --gates D51', async () => {
    const { code, out } = await check(['--root', relative(process.cwd(), SPINE_DIR), '--format', 'json', '--gates', 'D51']);
    const report = JSON.parse(out) as Report;
    expect(report.gates.map((g) => g.id)).toEqual(['caddy-proto']);
    expect(report.findings.every((f) => f.gate === 'caddy-proto')).toBe(true);
    expect(code).toBe(report.findings.some((f) => f.severity === 'error') ? 1 : 0);
    // a green subset says it is one: the summary counts the catalog's gates the selection left out
    expect(report.summary.notSelected).toBe(GATES.length - 1);
    const text = await check(['--root', relative(process.cwd(), SPINE_DIR), '--gates', 'D51']);
    expect(text.out).toContain(`1 gate (${GATES.length - 1} more not selected)`);
    const all = JSON.parse((await check(['--root', relative(process.cwd(), SPINE_DIR), '--format', 'json'])).out) as Report;
    expect(all.summary.notSelected).toBeUndefined();
  });

  it('exits 2 on an unknown gate id and lists the valid ids and aliases', async () => {
    const { code, err } = await check(['--root', relative(process.cwd(), SPINE_DIR), '--gates', 'D51,no-such-gate']);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown gate "no-such-gate"; valid gates: /);
    for (const id of ['caddy-proto (D51)', 'ip-parity (D54)', 'vm-governance (D69)', 'references']) expect(err).toContain(id);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
