// Issue #9's "done when": broken inputs × gate subsets, through the real CLI. A syntax error in each
// binding file in turn, a binary file, a file the user may not read, an empty root, a renamed id key
// and an unknown status value, each under `--gates <every gate>` and the default: the run never
// exits 0, a gate that could not evaluate its inputs is never `pass`, and one broken input adds only
// its own schema problems plus one line per gate that depends on it (no cascade).
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CORE_KINDS } from '../../src/bindings/input-states.js';
import type { EntityKind, InputKind } from '../../src/bindings/types.js';
import { main } from '../../src/cli/main.js';
import { SPINE_PATHS } from '../../src/config/defaults.js';
import { affectedKinds } from '../../src/gates/coverage.js';
import { GATES } from '../../src/gates/index.js';
import type { Report } from '../../src/report/types.js';
import { CLEAN_SPINE } from '../gates/support/gate-cases.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';

type Json = Pick<Report, 'result' | 'gates' | 'findings'>;

interface Broken {
  name: string;
  /** changes the copy of the clean spine */
  apply(root: string): void;
  /** the inputs that no longer load */
  inputs?: InputKind[];
  /** the entity kind of which one entry can no longer be read (every gate that reads or judges that kind says so) */
  entry?: EntityKind;
  /** the entity kind of which one entry has a status no vocabulary knows (every gate that judges that kind says so) */
  unknownStatus?: EntityKind;
  /** the file the schema problems must be in (undefined: several, e.g. an empty root) */
  file?: string;
  /** at most this many problems of its own */
  ownProblems: number;
  /** gates that rightly report one true finding about it (an empty root has no CI workflow) */
  truthfully?: string[];
}

const OBSERVATIONS = GATES.filter((g) => g.kind === 'live').map((g) => {
  const dir = join(REPO_DIR, 'test/gates', g.id);
  const ok = readdirSync(dir).find((c) => c.startsWith('ok-'));
  return join(dir, ok!, 'observations.json');
});

/** `--gates` subsets: the default (offline: every static gate) and each gate alone. */
const SUBSETS: Array<{ label: string; args: string[] }> = [
  { label: 'default', args: ['--offline'] },
  ...GATES.map((g) => ({
    label: g.id,
    args: g.kind === 'static' ? ['--offline', '--gates', g.id] : ['--observations', OBSERVATIONS.join(','), '--gates', g.id],
  })),
];

const edit = (file: string, change: (text: string) => string) => (root: string) => {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

const SYNTAX: Broken[] = (['registry', 'health', 'compose', 'vms', 'ssh', 'backups', 'routing', 'deploy'] as const).map((kind) => ({
  name: `syntax error in ${SPINE_PATHS[kind]}`,
  apply: edit(SPINE_PATHS[kind], (t) => `${t}\nbroken: [never closed\n`),
  inputs: [kind],
  file: SPINE_PATHS[kind],
  ownProblems: 3,
}));

const BROKEN: Broken[] = [
  ...SYNTAX,
  {
    name: 'binary ssh.targets.yaml',
    apply: edit(SPINE_PATHS.ssh, (t) => t.replace('targets:', 'targets:\u0000')),
    inputs: ['ssh'],
    file: SPINE_PATHS.ssh,
    ownProblems: 1,
  },
  {
    name: 'empty root',
    apply: (root) => {
      for (const entry of readdirSync(root)) rmSync(join(root, entry), { recursive: true, force: true });
    },
    inputs: [...CORE_KINDS],
    ownProblems: CORE_KINDS.length,
    truthfully: ['workflow-lock'],
  },
  {
    // `id` is an alias of `vmid` in the built-in profile: a key no profile knows
    name: 'renamed id key (vmid -> vm_id)',
    apply: edit(SPINE_PATHS.vms, (t) => t.replace('  - vmid: 301', '  - vm_id: 301')),
    entry: 'vms',
    file: SPINE_PATHS.vms,
    ownProblems: 2,
  },
  // by hand, beyond the list: files that parse but hold no map, and entries the schema rejects
  {
    name: 'an empty SERVICE_REGISTRY.yaml (0 bytes)',
    apply: edit(SPINE_PATHS.registry, () => ''),
    inputs: ['registry'],
    file: SPINE_PATHS.registry,
    ownProblems: 1,
  },
  {
    name: 'a services.health.yaml of comments only',
    apply: edit(SPINE_PATHS.health, () => '# endpoints moved to monitoring.yaml\n# (nothing here)\n'),
    inputs: ['health'],
    file: SPINE_PATHS.health,
    ownProblems: 1,
  },
  {
    name: 'a vm.lifecycle.yaml whose top level is a list',
    apply: edit(SPINE_PATHS.vms, () => '- vmid: 301\n  hostname: app-host\n'),
    inputs: ['vms'],
    file: SPINE_PATHS.vms,
    ownProblems: 1,
  },
  {
    name: 'a duplicate key in one service (the later value would win)',
    apply: edit(SPINE_PATHS.registry, (t) => t.replace('  web:\n    host: app-host\n', '  web:\n    host: app-host\n    host: edge\n')),
    entry: 'services',
    file: SPINE_PATHS.registry,
    ownProblems: 1,
  },
  {
    name: 'a renamed collection key (vms: -> machines:)',
    apply: edit(SPINE_PATHS.vms, (t) => t.replace(/^vms:/m, 'machines:')),
    entry: 'vms',
    file: SPINE_PATHS.vms,
    ownProblems: 2,
  },
  {
    // every endpoint is unreadable: one line per gate, not one per endpoint and gate
    name: 'a required key renamed in every entry (endpoint host -> target)',
    apply: edit(SPINE_PATHS.health, (t) => t.replace(/^(\s+)host:/gm, '$1target:')),
    entry: 'endpoints',
    file: SPINE_PATHS.health,
    ownProblems: 5,
  },
  {
    name: 'unknown status value',
    apply: edit(SPINE_PATHS.registry, (t) => t.replace('    status: active', '    status: stoped')),
    unknownStatus: 'services',
    file: SPINE_PATHS.registry,
    ownProblems: 1,
  },
];

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function spine(change?: (root: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'driftgate-broken-'));
  roots.push(root);
  cpSync(CLEAN_SPINE, root, { recursive: true });
  change?.(root);
  return root;
}

async function check(root: string, args: string[]): Promise<{ code: number; report: Json }> {
  const io = memoryIo();
  const code = await main(['check', '--root', root, '--format', 'json', ...args], io);
  return { code, report: JSON.parse(io.out.join('')) as Json };
}

const baseline = new Map<string, Json>();

function gateDef(id: string) {
  return GATES.find((g) => g.id === id)!;
}

/** The assertions of the issue for one broken input under one subset. */
function judge(broken: Broken, label: string, code: number, report: Json): void {
  const where = `${broken.name} × --gates ${label}`;
  expect(code, where).not.toBe(0);
  const before = new Set((baseline.get(label)?.findings ?? []).map((f) => f.fingerprint));
  const added = report.findings.filter((f) => !before.has(f.fingerprint));
  const own = added.filter((f) => f.gate === 'schema');
  expect(own.length, `${where}: its own problems`).toBeGreaterThan(0);
  expect(own.length, `${where}: its own problems`).toBeLessThanOrEqual(broken.ownProblems);
  if (broken.file) for (const f of own) expect(f.locations[0]?.file, where).toBe(broken.file);

  // the gates that ran (a live gate is skipped offline) and read the broken input or judge the broken entry
  const dependents = report.gates.filter((g) => {
    const def = g.id === 'schema' || g.result === 'skipped' ? undefined : gateDef(g.id);
    return (
      def !== undefined &&
      (def.reads.some((k) => broken.inputs?.includes(k)) ||
        (broken.entry !== undefined && affectedKinds(def).includes(broken.entry)) ||
        (broken.unknownStatus !== undefined && def.judges.includes(broken.unknownStatus)))
    );
  });
  for (const g of report.gates) {
    if (dependents.includes(g)) expect(g.result, `${where}: ${g.id} did not evaluate all it reads`).toBe('inconclusive');
    const lines = added.filter((f) => f.gate === g.id);
    if (g.id === 'schema') continue;
    // one line per dependent gate, none for the others: no cascade
    const truthful = broken.truthfully?.includes(g.id) ?? false;
    expect(lines.length, `${where}: new findings of ${g.id}`).toBe(dependents.includes(g) || truthful ? 1 : 0);
    if (!truthful) for (const f of lines) expect(f.inconclusive, `${where}: ${f.message}`).toBe(true);
  }
  // a binding problem fails the run even when --gates leaves schema out
  expect(report.gates.find((g) => g.id === 'schema')?.result, where).toBe('fail');
  expect(report.result, where).toBe('drift');
}

describe('broken inputs × gate subsets', () => {
  it('the clean spine passes under every subset (the baseline the broken inputs are compared to)', async () => {
    const root = spine();
    for (const s of SUBSETS) {
      const { code, report } = await check(root, s.args);
      expect(code, s.label).toBe(0);
      expect(report.gates.filter((g) => g.result === 'inconclusive').map((g) => g.id), s.label).toEqual([]);
      baseline.set(s.label, report);
    }
  });

  for (const broken of BROKEN) {
    it(`${broken.name}: never exit 0, no pass without evaluating, no cascade`, async () => {
      const root = spine(broken.apply);
      for (const s of SUBSETS) {
        const { code, report } = await check(root, s.args);
        judge(broken, s.label, code, report);
      }
    });
  }

  it('a file the user may not read (ssh.targets.yaml): the same, as a user without the permission', () => {
    const root = spine();
    const file = join(root, SPINE_PATHS.ssh);
    const asRoot = process.getuid?.() === 0;
    // root reads any file: run the CLI as nobody, over a tree nobody can read except that file
    if (asRoot) chmodTree(root);
    chmodSync(file, 0o000);
    const runs = SUBSETS.map((s) => ['check', '--root', root, '--format', 'json', ...s.args]);
    const child = spawnSync(process.execPath, ['--import', 'tsx', resolve(REPO_DIR, 'test/support/cli-batch.ts'), JSON.stringify(runs)], {
      cwd: REPO_DIR,
      encoding: 'utf8',
      env: { ...process.env, HOME: tmpdir() },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(child.status, child.stderr).toBe(0);
    const results = child.stdout.trim().split('\n').map((l) => JSON.parse(l) as { code: number; out: string });
    expect(results).toHaveLength(SUBSETS.length);
    const broken: Broken = { name: 'unreadable ssh.targets.yaml', apply: () => undefined, inputs: ['ssh'], file: SPINE_PATHS.ssh, ownProblems: 1 };
    results.forEach((r, i) => {
      const report = JSON.parse(r.out) as Json;
      judge(broken, SUBSETS[i]!.label, r.code, report);
      expect(report.findings.find((f) => f.gate === 'schema')?.message).toContain('permission denied');
    });
  }, 60_000);
});

/** Directories 0755 and files 0644 below a temporary root (mkdtemp makes it 0700). */
function chmodTree(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) chmodTree(path);
    else chmodSync(path, 0o644);
  }
}
