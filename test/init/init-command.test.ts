// `driftgate init` on a copy of the reference spine (and of spine-next) and on an empty directory:
// the files it writes validate (the config against its schema, the workflows against SchemaStore's), `check --offline`
// reports nothing about them (no finding located in them, no D50 failure), and a second init
// changes nothing, byte for byte.
import { chmodSync, lstatSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtinSchema } from '../../src/bindings/schemas.js';
import { loadConfig } from '../../src/config/load-config.js';
import { SPINE_DIR, SPINE_NEXT_DIR } from '../support/paths.js';
import { checkOffline, compilesAsSchema, configProblems, copyOf, expectNoChangeOnRerun, run, snapshot, tempDir, workflowProblems } from './support.js';

const CONFIG = 'driftgate.config.yaml';
const PR = '.gitea/workflows/driftgate-pr.yml';
const NIGHTLY = '.gitea/workflows/driftgate-nightly.yml';
const WRITTEN = [CONFIG, PR, NIGHTLY];

function read(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}

/** The written files validate: the config against its schema (and loads), the workflows against SchemaStore. */
async function expectValid(root: string): Promise<void> {
  expect(configProblems(parse(read(root, CONFIG)))).toEqual([]);
  await expect(loadConfig(root)).resolves.toMatchObject({ profile: 'spine' });
  for (const wf of [PR, NIGHTLY]) expect(workflowProblems(parse(read(root, wf))), wf).toEqual([]);
}

/** check --offline says nothing about the files init wrote: no finding in them, and D50 does not fail. */
async function expectNoFindingsAbout(root: string, written: string[]): Promise<void> {
  const { findings, gates } = await checkOffline(root);
  expect(findings.length).toBeGreaterThan(0); // the check ran and locates findings: none of them in init's files
  const about = findings.filter((f) => f.locations.some((l) => written.includes(l.file)));
  expect(about).toEqual([]);
  expect(findings.filter((f) => f.gate === 'workflow-lock' && f.severity === 'error')).toEqual([]);
  expect(gates.find((g) => g.id === 'workflow-lock')?.result).not.toBe('fail');
}

describe('driftgate init on a copy of the reference spine', () => {
  it('finds every profile file, writes the config and both workflows, which validate and pass the tool\'s own checks', async () => {
    const root = copyOf(SPINE_DIR);
    const r = await run(['init', '--root', root]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  found     docs/governance/SERVICE_REGISTRY.yaml\n');
    expect(r.out).toContain('  found     ops/staged/caddy-auth/Caddyfile\n');
    expect(r.out).toContain('  workflows .gitea/workflows/ (exists)\n');
    for (const f of WRITTEN) expect(r.out).toContain(`  written       ${f}\n`);
    expect(r.out).toContain('init: 3 written, 0 replaced, 0 unchanged, 0 skipped\n');
    // every profile file is at its path and the workflows are in .gitea: nothing differs from the defaults
    expect(read(root, CONFIG).split('\n').filter((l) => l !== '' && !l.startsWith('#'))).toEqual(['version: 1']);
    await expectValid(root);
    await expectNoFindingsAbout(root, WRITTEN);
  });

  it('prints the next steps: every secret and runner label the written workflows use, the bot user, hosts pin and a first check', async () => {
    const root = copyOf(SPINE_DIR);
    const r = await run(['init', '--root', root]);
    const steps = r.out.split('\nNext steps:\n')[1] ?? '';
    expect(steps).not.toBe('');
    const secrets = new Set<string>();
    for (const wf of [PR, NIGHTLY]) {
      const text = read(root, wf);
      for (const m of text.matchAll(/secrets\.([A-Z_]+)/g)) if (m[1] !== 'GITHUB_TOKEN') secrets.add(m[1] as string);
      const doc = parse(text) as { jobs: Record<string, { 'runs-on': string }> };
      for (const job of Object.values(doc.jobs)) expect(steps, wf).toContain(`${wf} runs on "${job['runs-on']}"`);
    }
    expect([...secrets].sort()).toEqual(['DRIFTGATE_BOT_TOKEN', 'DRIFTGATE_KNOWN_HOSTS', 'DRIFTGATE_SSH_KEY']);
    for (const secret of secrets) expect(steps).toMatch(new RegExp(`^ {6}${secret} `, 'm'));
    for (const scope of ['write:repository', 'write:issue', 'read:user']) expect(steps).toContain(scope);
    expect(steps).toContain('Create a bot user for fix PRs');
    // with --root, the commands it prints name that root
    expect(steps).toContain(`driftgate hosts pin --root ${root} --known-hosts known_hosts`);
    expect(steps).toContain(`driftgate check --offline --root ${root}`);
  });

  it('a second init changes nothing: byte-identical tree, every file unchanged, exit 0', async () => {
    const root = copyOf(SPINE_DIR);
    expect((await run(['init', '--root', root])).code).toBe(0);
    await expectNoChangeOnRerun(root, [], '0 written, 0 replaced, 3 unchanged, 0 skipped');
  });

  it('--schemas --modelines: exports the schemas and inserts the modelines through schemas export; no finding appears or goes away; a second run changes nothing', async () => {
    const root = copyOf(SPINE_DIR);
    const findingsBefore = (await checkOffline(root)).findings.map((f) => f.fingerprint).sort();
    const r = await run(['init', '--root', root, '--schemas', '--modelines']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  written       .driftgate/schemas/service-registry.schema.json\n');
    expect(r.out).toContain('  inserted      docs/governance/SERVICE_REGISTRY.yaml\n');
    expect(read(root, 'docs/governance/SERVICE_REGISTRY.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../../.driftgate/schemas/service-registry.schema.json');
    // the schema driftgate validates with under the repo's profile (the built-in one accepts `id` for `vmid`)
    expect(read(root, '.driftgate/schemas/vm.lifecycle.schema.json')).toBe(`${JSON.stringify(builtinSchema('vms', await loadConfig(root)), null, 2)}\n`);
    const { findings } = await checkOffline(root);
    expect(findings.map((f) => f.fingerprint).sort()).toEqual(findingsBefore);
    const again = await expectNoChangeOnRerun(root, ['--schemas', '--modelines']);
    expect(again).toContain('  kept          docs/governance/SERVICE_REGISTRY.yaml (already names ../../.driftgate/schemas/service-registry.schema.json)\n');
  });
});

describe('driftgate init on a copy of the spine nine days later (spine-next)', () => {
  it('finds the profile files, writes valid files that add or remove no finding, and a second init changes nothing', async () => {
    const root = copyOf(SPINE_NEXT_DIR);
    const before = (await checkOffline(root)).findings.map((f) => f.fingerprint).sort();
    const r = await run(['init', '--root', root]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  found     ops/bindings/vm.lifecycle.yaml\n');
    expect(r.out).toContain('init: 3 written, 0 replaced, 0 unchanged, 0 skipped\n');
    await expectValid(root);
    await expectNoFindingsAbout(root, WRITTEN);
    expect((await checkOffline(root)).findings.map((f) => f.fingerprint).sort()).toEqual(before);
    await expectNoChangeOnRerun(root, [], '0 written, 0 replaced, 3 unchanged, 0 skipped');
  });
});

describe('driftgate init on an empty directory', () => {
  it('writes the config, the workflows and (--schemas) the schemas, all valid; says which core files are missing; a second run changes nothing', async () => {
    const root = tempDir();
    const r = await run(['init', '--root', root, '--schemas', '--modelines']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  missing   ops/bindings/ssh.targets.yaml (required)\n');
    expect(r.out).toContain('  missing   docs/governance/STACK_REGISTRY.yaml (optional)\n');
    expect(r.out).toContain('  workflows .gitea/workflows/ (new)\n');
    expect(r.out).toContain("Add the profile's core files that are missing (docs/governance/SERVICE_REGISTRY.yaml,");
    expect(r.out).toContain('init: 16 written, 0 replaced, 0 unchanged, 0 skipped\n');
    await expectValid(root);
    const schemas = Object.keys(snapshot(root)).filter((f) => f.startsWith('.driftgate/schemas/'));
    expect(schemas).toHaveLength(13);
    for (const f of schemas) expect(compilesAsSchema(JSON.parse(read(root, f)) as object)).toBe(true);
    // the bindings are missing (check says so), but nothing is said about what init wrote
    await expectNoFindingsAbout(root, [...WRITTEN, ...schemas]);
    await expectNoChangeOnRerun(root, ['--schemas', '--modelines'], '0 written, 0 replaced, 16 unchanged, 0 skipped');
  });
});

describe('existing files', () => {
  it('a different file is skipped with the reason and exit 1, left as it was; --force replaces it; --dry-run writes nothing', async () => {
    const root = copyOf(SPINE_DIR);
    expect((await run(['init', '--root', root])).code).toBe(0);
    const edited = `${read(root, PR)}# our own line\n`;
    writeFileSync(join(root, PR), edited);
    const before = snapshot(root);

    const r = await run(['init', '--root', root]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`  skipped       ${PR}: it exists and differs from what init writes; review it, or re-run with --force to replace it\n`);
    expect(r.out).toContain('init: 0 written, 0 replaced, 2 unchanged, 1 skipped (exit 1: a file was not written)\n');
    expect(snapshot(root)).toEqual(before);

    const dry = await run(['init', '--root', root, '--force', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain(`  would replace ${PR}\n`);
    expect(snapshot(root)).toEqual(before);

    const forced = await run(['init', '--root', root, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(`  replaced      ${PR}\n`);
    expect(read(root, PR)).toBe(edited.replace('# our own line\n', ''));
  });

  it('--force replaces a symlinked workflow through its link, keeping the link and the mode of its target', async () => {
    const root = copyOf(SPINE_DIR);
    expect((await run(['init', '--root', root])).code).toBe(0);
    const shared = join(root, 'shared-pr.yml');
    writeFileSync(shared, `${read(root, PR)}# our own line\n`);
    chmodSync(shared, 0o600);
    rmSync(join(root, PR));
    symlinkSync('../../shared-pr.yml', join(root, PR));
    const forced = await run(['init', '--root', root, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain(`  replaced      ${PR}\n`);
    expect(lstatSync(join(root, PR)).isSymbolicLink()).toBe(true);
    expect(readFileSync(shared, 'utf8')).not.toContain('# our own line');
    expect(statSync(shared).mode & 0o777).toBe(0o600);
  });

  it('--dry-run on a fresh spine writes nothing and says what it would write', async () => {
    const root = copyOf(SPINE_DIR);
    const before = snapshot(root);
    const r = await run(['init', '--root', root, '--dry-run', '--schemas', '--modelines']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^dry run: nothing is written\n/);
    expect(r.out).toContain(`  would write   ${CONFIG}\n`);
    expect(r.out).toContain('  would insert  docs/governance/SERVICE_REGISTRY.yaml\n');
    expect(snapshot(root)).toEqual(before);
  });
});
