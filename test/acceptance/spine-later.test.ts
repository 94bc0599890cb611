// "Later still" (../shared/spine-next/README.md): the team moves SSH targets to LAN addresses
// (`host` = LAN IP, `tailscale_ip`, `access_policy`), points health URLs at LAN addresses, adds the
// LAN address to the registry hosts, renames more keys (endpoint `expect`, service `container`, VM
// `hostname`) and uses new statuses. Built here from a copy of spine-next (../shared is never
// changed). With the config lines a team adds for that (aliases and statuses, next to the two lines
// of test/fixtures/config/spine-next.yaml), the findings are exactly those of spine-next: every
// address is one of its host's, nothing is lost, nothing invented. Without those lines, nothing is
// invented either: the entries that cannot be read say so, and no gate passes over them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SPINE_PATHS } from '../../src/config/defaults.js';
import type { Report } from '../../src/report/types.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR, SPINE_NEXT_DIR } from '../support/paths.js';

type Finding = Report['findings'][number];
const NEXT_CONFIG = join(REPO_DIR, 'test/fixtures/config/spine-next.yaml');
const ROUTING = SPINE_PATHS.routing;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function rewrite(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, file).not.toBe(before);
  writeFileSync(path, after);
}

/** LAN and Tailscale address of each VM's ssh target, as vm.lifecycle.yaml records them. */
function planes(vms: string): Map<string, { lan: string; tailscale: string }> {
  const out = new Map<string, { lan: string; tailscale: string }>();
  for (const block of vms.split(/\n {2}- id: /).slice(1)) {
    const lan = /\n {4}lan_ip: (\d[\d.]+)/.exec(block)?.[1];
    const tailscale = /\n {4}tailscale_ip: (\d[\d.]+)/.exec(block)?.[1];
    const target = /\n {4}ssh_target: ([\w-]+)/.exec(block)?.[1];
    if (lan && tailscale && target && target !== 'null') out.set(target, { lan, tailscale });
  }
  return out;
}

/** The later commit, in a copy of spine-next. */
function laterSpine(): string {
  const root = mkdtempSync(join(tmpdir(), 'driftgate-later-'));
  dirs.push(root);
  cpSync(SPINE_NEXT_DIR, root, { recursive: true });
  const addresses = planes(readFileSync(join(root, SPINE_PATHS.vms), 'utf8'));
  const policy: Record<string, string> = { ha: 'tailscale_required', 'finance-stack': 'lan_only' };
  rewrite(root, SPINE_PATHS.ssh, (t) =>
    t.replace(/ {4}- id: "([^"]+)"\n {6}host: "([^"]+)"/g, (all, id: string, host: string) => {
      const a = addresses.get(id);
      if (!a || a.tailscale !== host) return all;
      return `    - id: "${id}"\n      host: "${a.lan}"\n      tailscale_ip: "${a.tailscale}"\n      access_policy: ${policy[id] ?? 'lan_first'}`;
    }),
  );
  rewrite(root, SPINE_PATHS.health, (t) => {
    let out = t.replace(/\n(\s+)expect:/g, '\n$1expected_status:');
    for (const id of ['docker-host', 'automation-stack', 'observability', 'finance-stack', 'mint-apps']) {
      const a = addresses.get(id)!;
      out = out.replaceAll(`http://${a.tailscale}:`, `http://${a.lan}:`);
    }
    return out;
  });
  rewrite(root, SPINE_PATHS.registry, (t) =>
    t
      .replace(/\n {2}([a-z0-9-]+):\n {4}tailscale_ip: (\S+)/g, (all, id: string) => (addresses.has(id) ? `${all}\n    lan_ip: ${addresses.get(id)!.lan}` : all))
      .replace(/\n {4}container:/g, '\n    container_name:')
      .replace('  grafana:\n', '  grafana:\n    status: maintenance\n'),
  );
  rewrite(root, SPINE_PATHS.vms, (t) => t.replace(/\n {4}hostname:/g, '\n    name:').replace(/(\n {2}- id: 207\n(?: {4}.*\n)*? {4}status: )active/, '$1suspended'));
  rewrite(root, ROUTING, (t) => t.replace('routing_layer: cloudflare_tunnel', 'routing_layer: tailscale_funnel'));
  return root;
}

/** What the team adds to spine-next's config for the later commit, by name. */
const LINES = {
  'the VM alias': '    vms: { hostname: [name, hostname] }',
  'the container alias': '    services: { container: [container_name, container] }',
  'the endpoint alias': '    endpoints: { expect: [expected_status, expect] }',
  'the statuses': ['services: { maintenance: { meaning: may-run, says: "under maintenance" } }', 'vms: { suspended: { meaning: expected-stopped, says: "suspended" } }', 'routes: { tailscale_funnel: running }'],
} as const;
type Line = keyof typeof LINES;

/** spine-next's config plus the later commit's lines, without `leave` out. */
function laterConfig(dir: string, leave: readonly Line[] = []): string {
  const path = join(dir, `driftgate.later-${leave.length}-${leave.join('-').replace(/\s/g, '')}.yaml`);
  const has = (l: Line): boolean => !leave.includes(l);
  const fields = (['the VM alias', 'the container alias', 'the endpoint alias'] as const).filter(has).map((l) => LINES[l]);
  const extra = [...(fields.length > 0 ? ['  fields:', ...fields] : []), ...(has('the statuses') ? ['  statuses:', ...LINES['the statuses'].map((s) => `    ${s}`)] : [])];
  writeFileSync(path, readFileSync(NEXT_CONFIG, 'utf8').replace(/^conventions:/m, `${[...extra, 'conventions:'].join('\n')}`));
  return path;
}

async function check(root: string, config: string): Promise<Report> {
  const io = memoryIo();
  await main(['check', '--offline', '--root', root, '--config', config, '--format', 'json'], io);
  return JSON.parse(io.out.join('')) as Report;
}

/** A finding whatever its line numbers: gate, severity, file and message without places. */
const same = (f: Finding): string => `${f.gate} ${f.severity} ${f.locations[0]?.file}: ${f.message.replace(/:\d+(:\d+)?/g, '')}`;
const coverage = (f: Finding): boolean => f.details?.coverage !== undefined;

let next: Report;
let root: string;
beforeAll(async () => {
  next = await check(SPINE_NEXT_DIR, NEXT_CONFIG);
  root = laterSpine();
}, 60_000);

describe('the later commit of spine-next: LAN addresses, more renames, new statuses', () => {
  it('with its aliases and statuses in the config: the findings of spine-next, no more, no less', async () => {
    const later = await check(root, laterConfig(root));
    expect(later.findings.map(same).sort()).toEqual(next.findings.map(same).sort());
    const ip = later.gates.find((g) => g.id === 'ip-parity');
    expect(ip?.result).toBe('pass');
    // it checked the moved addresses: every ssh target, VM and endpoint
    expect(ip?.checked).toMatchObject({ sshTargets: 23, vms: 19, endpoints: 52 });
  });

  const OMITTED: Line[][] = [['the VM alias'], ['the endpoint alias'], ['the statuses'], ['the VM alias', 'the container alias', 'the endpoint alias', 'the statuses']];
  for (const leave of OMITTED) {
    it(`without ${leave.join(', ')}: nothing invented, and no gate passes over what it could not read`, async () => {
      const later = await check(root, laterConfig(root, leave));
      const known = new Set(next.findings.map(same));
      const invented = later.findings.filter((f) => f.gate !== 'schema' && !coverage(f) && !known.has(same(f)));
      expect(invented.map(same)).toEqual([]);
      // the renamed keys and the new words are the schema's findings, and the run fails on them
      expect(later.findings.filter((f) => f.gate === 'schema' && f.severity === 'error').length).toBeGreaterThan(0);
      expect(later.result).toBe('drift');
      // every gate that lost a finding of spine-next says why: inconclusive lines, never a pass
      const found = new Set(later.findings.map(same));
      const lost = new Set(next.findings.filter((f) => !found.has(same(f))).map((f) => f.gate));
      for (const gate of lost) {
        expect(later.gates.find((g) => g.id === gate)?.result, gate).not.toMatch(/^(pass|warn)$/);
        expect(later.findings.some((f) => f.gate === gate && coverage(f)), gate).toBe(true);
      }
    });
  }
});
