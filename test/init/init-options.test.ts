// `driftgate init` beyond the plain case: profile files found elsewhere (proposed as paths:
// overrides, several listed for the team to choose), a repository on .github/workflows, another
// default branch, the Action reference (--action, the origin remote, misuse), the commented
// examples of the config, and the help and README that describe it all.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config/load-config.js';
import { checkActionRef, serverOfRemote } from '../../src/init/action-ref.js';
import { BOT_TOKEN_SCOPES } from '../../src/init/next-steps.js';
import { renderWorkflow } from '../../src/init/render-workflows.js';
import { REPO_DIR, SPINE_DIR } from '../support/paths.js';
import { checkOffline, configProblems, copyOf, expectNoChangeOnRerun, run, snapshot, tempDir, workflowProblems } from './support.js';

const read = (root: string, file: string): string => readFileSync(join(root, file), 'utf8');

/** The config with its commented-out examples uncommented. */
function uncommented(text: string): string {
  const lines = text.split('\n');
  const start = lines.indexOf('# Examples of the keys teams set most (uncomment and adapt):');
  expect(start).toBeGreaterThan(0);
  return lines
    .map((l, i) => (i > start && l.startsWith('# ') ? l.slice(2) : i > start && l === '#' ? '' : l.replace(/^ {2}# (gates|labels|max_open_prs):/, '  $1:')))
    .join('\n');
}

describe('profile files at other paths', () => {
  it('one file of the same name elsewhere is proposed as a paths: override, several are listed commented out; .github/workflows is used as it is', async () => {
    const root = copyOf(SPINE_DIR);
    mkdirSync(join(root, 'infra/ssh'), { recursive: true });
    renameSync(join(root, 'ops/bindings/ssh.targets.yaml'), join(root, 'infra/ssh/ssh.targets.yml'));
    mkdirSync(join(root, 'proxy/a'), { recursive: true });
    mkdirSync(join(root, 'proxy/b'), { recursive: true });
    renameSync(join(root, 'ops/staged/caddy-auth/Caddyfile'), join(root, 'proxy/a/Caddyfile'));
    writeFileSync(join(root, 'proxy/b/Caddyfile'), ':80 {\n}\n');
    mkdirSync(join(root, '.github'));
    renameSync(join(root, '.gitea/workflows'), join(root, '.github/workflows'));
    rmSync(join(root, '.gitea'), { recursive: true });

    const r = await run(['init', '--root', root]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  moved     ops/bindings/ssh.targets.yaml -> infra/ssh/ssh.targets.yml (the only file of that name; proposed as paths.ssh in the config: check it)\n');
    expect(r.out).toContain('  ambiguous ops/staged/caddy-auth/Caddyfile: 2 files of that name (proxy/a/Caddyfile, proxy/b/Caddyfile)');
    expect(r.out).toContain('  written       .github/workflows/driftgate-pr.yml\n');
    expect(existsSync(join(root, '.gitea'))).toBe(false); // Gitea would then ignore .github/workflows

    const text = read(root, 'driftgate.config.yaml');
    expect(text).toContain('  ssh: infra/ssh/ssh.targets.yml   #');
    expect(text).toContain('  # caddyfile: proxy/a/Caddyfile\n  # caddyfile: proxy/b/Caddyfile\n');
    expect(configProblems(parse(text))).toEqual([]);
    const config = await loadConfig(root);
    expect(config.paths.ssh).toBe('infra/ssh/ssh.targets.yml');
    expect(config.paths.workflows).toBe('.github/workflows');
    expect(config.paths.caddyfile).toBe('ops/staged/caddy-auth/Caddyfile'); // not guessed

    const { findings } = await checkOffline(root);
    expect(findings.filter((f) => /ssh\.targets\.yaml does not exist/.test(f.message))).toEqual([]);
    expect(findings.some((f) => f.locations.some((l) => l.file === 'infra/ssh/ssh.targets.yml'))).toBe(true); // it is read there
    const written = ['driftgate.config.yaml', '.github/workflows/driftgate-pr.yml', '.github/workflows/driftgate-nightly.yml'];
    expect(findings.filter((f) => f.locations.some((l) => written.includes(l.file)))).toEqual([]);
    expect(findings.filter((f) => f.gate === 'workflow-lock' && f.severity === 'error')).toEqual([]);

    await expectNoChangeOnRerun(root, []);
  });

  it('a Forgejo repository on .forgejo/workflows gets the workflows there, and no .gitea directory', async () => {
    const root = tempDir();
    mkdirSync(join(root, '.forgejo/workflows'), { recursive: true });
    const r = await run(['init', '--root', root]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  workflows .forgejo/workflows/ (exists)\n');
    expect(existsSync(join(root, '.forgejo/workflows/driftgate-pr.yml'))).toBe(true);
    expect(existsSync(join(root, '.gitea'))).toBe(false);
    expect((await loadConfig(root)).paths.workflows).toBe('.forgejo/workflows');
  });
});

describe('--branch', () => {
  it('sets fix.base in the config and the PR check\'s push filter; D50 passes on that branch; a second run keeps it from the config', async () => {
    const root = copyOf(SPINE_DIR);
    const r = await run(['init', '--root', root, '--branch', 'develop']);
    expect(r.code).toBe(0);
    expect((await loadConfig(root)).fix.base).toBe('develop');
    const pr = parse(read(root, '.gitea/workflows/driftgate-pr.yml')) as { on: { push: { branches: string[] } } };
    expect(pr.on.push.branches).toEqual(['develop']);
    const { findings } = await checkOffline(root);
    expect(findings.filter((f) => f.gate === 'workflow-lock' && f.severity === 'error')).toEqual([]);
    await expectNoChangeOnRerun(root, []); // the branch comes from the config now
  });

  it('a branch name that cannot go into a workflow is misuse', async () => {
    const r = await run(['init', '--root', tempDir(), '--branch', 'main] #']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('driftgate: --branch "main] #" is not a branch name init can write into a workflow\n');
  });
});

describe('the Action reference', () => {
  it('--action is written into both workflows, which still validate', async () => {
    const root = tempDir();
    const ref = 'https://git.corp.lan/ops/driftgate@0123456789abcdef0123456789abcdef01234567';
    const r = await run(['init', '--root', root, '--action', ref]);
    expect(r.code).toBe(0);
    for (const wf of ['driftgate-pr.yml', 'driftgate-nightly.yml']) {
      const text = read(root, `.gitea/workflows/${wf}`);
      expect(text).toContain(`uses: ${ref}\n`);
      expect(text).not.toContain('git.example.com');
      expect(text).not.toContain('# Copy to');
      expect(workflowProblems(parse(text))).toEqual([]);
    }
  });

  it.each([
    ['https://git.corp.lan/tools/driftgate@main', '--action "https://git.corp.lan/tools/driftgate@main" follows the moving ref "main"; use a release tag (v1, v1.2.3) or a commit SHA'],
    ['tools/checker@v1', '--action "tools/checker@v1" must name the driftgate repository (the workflow-lock gate, D50, recognises the step by that name)'],
    ['https://git.corp.lan/tools/driftgate', '--action "https://git.corp.lan/tools/driftgate" is not an Action reference like https://git.example.com/tools/driftgate@v1 or tools/driftgate@<commit sha>'],
    ['tools/driftgate@v1\n  run: x', '--action "tools/driftgate@v1\n  run: x" is not an Action reference like https://git.example.com/tools/driftgate@v1 or tools/driftgate@<commit sha>'],
  ])('--action %j is misuse (exit 2) and nothing is written', async (ref, message) => {
    const root = tempDir();
    const r = await run(['init', '--root', root, '--action', ref]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`driftgate: ${message}\n`);
    expect(snapshot(root)).toEqual({});
  });

  it.each([
    ['https://git.corp.lan/infra/spine.git', 'https://git.corp.lan'],
    ['https://deploy:s3cret@git.corp.lan:3000/gitea/infra/spine', 'https://git.corp.lan:3000/gitea'],
    ['ssh://git@git.corp.lan:2222/infra/spine.git', 'https://git.corp.lan'],
    ['git@git.corp.lan:infra/spine.git', 'https://git.corp.lan'],
    ['/srv/git/spine.git', undefined],
    ['file:///srv/git/spine.git', undefined],
  ])('the server of the remote %s is %s', (url, server) => {
    expect(serverOfRemote(url)).toBe(server);
  });

  it('without --action, the server of the origin remote is used, without its credentials', async () => {
    const root = tempDir();
    execFileSync('git', ['init', '-q'], { cwd: root });
    execFileSync('git', ['remote', 'add', 'origin', 'https://deploy:s3cret@git.corp.lan/infra/spine.git'], { cwd: root });
    const r = await run(['init', '--root', root]);
    expect(r.code).toBe(0);
    expect(read(root, '.gitea/workflows/driftgate-pr.yml')).toContain('uses: https://git.corp.lan/tools/driftgate@v1\n');
    expect(r.out).toContain('The workflows use the driftgate Action as https://git.corp.lan/tools/driftgate@v1 (on the server');
    for (const f of ['driftgate.config.yaml', '.gitea/workflows/driftgate-pr.yml', '.gitea/workflows/driftgate-nightly.yml']) expect(read(root, f)).not.toContain('s3cret');
    expect(r.out).not.toContain('s3cret');
  });

  it('an example that lost its driftgate step cannot be written', () => {
    const text = read(REPO_DIR, 'examples/workflows/pr-check.yml').replace(/uses: https:\/\/git\.example\.com\/tools\/driftgate@v1/, 'run: echo no gate');
    expect(() => renderWorkflow('pr-check.yml', text, checkActionRef('tools/driftgate@v1'), 'main', true)).toThrow(/no longer has the shape init fills in/);
  });
});

describe('the config init writes', () => {
  it.each([['main'], ['develop']])('its commented examples are a valid config once uncommented (branch %s)', async (branch) => {
    const root = copyOf(SPINE_DIR);
    expect((await run(['init', '--root', root, '--branch', branch])).code).toBe(0);
    const text = uncommented(read(root, 'driftgate.config.yaml'));
    writeFileSync(join(root, 'driftgate.config.yaml'), text);
    expect(configProblems(parse(text))).toEqual([]);
    const config = await loadConfig(root);
    expect(config.gates).toEqual({ 'ssh-trust': 'warning', D51: 'off' });
    expect(config.exceptions).toMatchObject([{ gate: 'vm-governance', subject: 'docker-host' }]);
    expect(config.probe).toMatchObject({ users: { pve: 'driftgate' }, hypervisorTargets: ['pve'], knownHosts: join(root, 'ops/ssh/known_hosts') });
    expect(config.fix).toMatchObject({ base: branch, gates: ['registry-status', 'vm-inventory', 'health'] });
  });

  it('an invalid existing config stops init (exit 2) unless --force replaces it', async () => {
    const root = tempDir();
    writeFileSync(join(root, 'driftgate.config.yaml'), 'gatez: {}\n');
    const r = await run(['init', '--root', root]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^driftgate: invalid config .*driftgate\.config\.yaml:1:1 /);
    expect(snapshot(root)).toEqual({ 'driftgate.config.yaml': expect.any(String) });
    const forced = await run(['init', '--root', root, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('  replaced      driftgate.config.yaml\n');
  });

  it('a --root that is not a directory is misuse', async () => {
    const r = await run(['init', '--root', join(tempDir(), 'nope')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^driftgate: --root .*nope is not a directory\n$/);
  });
});

describe('help and README', () => {
  it('init --help lists every flag and the exit codes', async () => {
    const r = await run(['init', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--root', '--force', '--schemas', '--modelines', '--dry-run', '--action', '--branch']) expect(r.out).toContain(flag);
    expect(r.out).toContain('Exit codes: 0 every file written or unchanged; 1 a file was skipped');
  });

  it('the README has init in the commands table and the quick setup, and the bot token scopes init prints', () => {
    const readme = read(REPO_DIR, 'README.md');
    expect(readme).toMatch(/^\| `driftgate init /m);
    expect(readme).toMatch(/## From zero to a nightly gate[\s\S]*driftgate init/);
    for (const scope of BOT_TOKEN_SCOPES) expect(readme).toContain(`\`${scope}\``);
  });
});
