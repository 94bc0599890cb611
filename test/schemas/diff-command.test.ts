// `driftgate schemas diff --from REV` on a real git repository built at test time: the "before"
// commit holds a few binding files of ../shared/spine, the working tree the same files nine days on
// (../shared/spine-next). The renames, the both-spellings clash, the new values and the proposed
// patch are checked against what the files hold; the patch must apply with git apply and make the
// renamed VMs valid again.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config/load-config.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR, SHARED_DIR, SPINE_DIR } from '../support/paths.js';

const NEXT_DIR = join(SHARED_DIR, 'spine-next');
const FILES = ['ops/bindings/vm.lifecycle.yaml', 'ops/bindings/cli.tools.inventory.yaml', 'ops/bindings/naming.policy.yaml', 'ops/bindings/services.health.yaml'];
const tmp = mkdtempSync(join(tmpdir(), 'driftgate-schemas-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
}

let n = 0;
/** A repo whose commit `before` holds FILES of the spine (plus `extra`), and whose working tree holds them from spine-next. */
function migratedRepo(extra: Record<string, string> = {}): string {
  const root = join(tmp, `repo${n++}`);
  mkdirSync(root, { recursive: true });
  for (const f of FILES) cpSync(join(SPINE_DIR, f), join(root, f));
  for (const [f, text] of Object.entries(extra)) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), text);
  }
  git(root, 'init', '-q');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'before');
  git(root, 'tag', 'before');
  for (const f of FILES) cpSync(join(NEXT_DIR, f), join(root, f));
  return root;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const vmsThen = (parse(readFileSync(join(SPINE_DIR, FILES[0]!), 'utf8')) as { vms: unknown[] }).vms.length;

describe('schemas diff on spine → spine-next', () => {
  const root = migratedRepo();

  it('recognises the renames, the clash a rename left, and the new values, and exits 1 for the clash', async () => {
    const r = await run(['schemas', 'diff', '--root', root, '--from', 'before']);
    expect(r.err).toBe('');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`ops/bindings/vm.lifecycle.yaml: ${vmsThen} of ${vmsThen} items of /vms switched \`vmid\` → \`id\``);
    expect(r.out).toMatch(/ops\/bindings\/services\.health\.yaml: (\d+) of \1 items of \/endpoints switched `notes` → `description`/);
    expect(r.out).toContain('ops/bindings/naming.policy.yaml: the top level switched `updated` → `updated_at`');
    // the infisical tool had a description and notes; the rename left two descriptions, the first one lost
    const dup = readFileSync(join(NEXT_DIR, FILES[1]!), 'utf8').split('\n').findIndex((l) => l.includes('The spine\'s infisical-agent.sh works without')) + 1;
    expect(r.out).toContain(`ops/bindings/cli.tools.inventory.yaml:${dup}:5: two \`description\` keys in id "infisical" (\`notes\` became \`description\`): the text at line ${dup - 5} ("Infisical secrets management CLI (optional — in...") is silently overwritten by this one`);
    expect(r.out).toMatch(/ops\/bindings\/naming\.policy\.yaml:\d+: new value "stopped" of `status` in items of \/hosts \(1 entry\)/);
    expect(r.out).toContain('proposed update (.driftgate/schemas/services.health.schema.json, .driftgate/schemas/vm.lifecycle.schema.json, .driftgate/schemas/naming.policy.schema.json, driftgate.config.yaml); apply it with git apply:');
  });

  it('proposes a patch git applies, after which the renamed VMs are valid and the old names forbidden', async () => {
    const patchFile = join(tmp, 'update.patch');
    const r = await run(['schemas', 'diff', '--root', root, '--from', 'before', '--out', patchFile]);
    expect(r.out).toContain(`written to ${patchFile}; apply it with: git apply ${patchFile}`);
    expect(r.out).not.toContain('+++ b/');
    git(root, 'apply', patchFile);
    const config = await loadConfig(root);
    expect(config.conventions?.forbiddenKeys).toEqual(expect.arrayContaining(['notes', 'updated', 'vmid']));
    expect(config.schemas?.map((s) => `${s.file} ${s.schema} ${String(s.replace)}`)).toContain('ops/bindings/vm.lifecycle.yaml .driftgate/schemas/vm.lifecycle.schema.json true');
    const { problems } = await loadSpine(root, config);
    const vmProblems = problems.filter((p) => p.location.file === FILES[0]);
    expect(vmProblems.map((p) => p.message)).toEqual([]);
    // a second look proposes nothing more
    expect((await run(['schemas', 'diff', '--root', root, '--from', 'before'])).out).toContain('no config or schema update to propose');
  });
});

describe('schemas diff with a schema the repo owns already', () => {
  it('edits that JSON schema and keeps the config entry, adding only the forbidden names', async () => {
    const own = readFileSync(join(REPO_DIR, 'schemas/vm.lifecycle.schema.json'), 'utf8');
    const root = migratedRepo({
      'rules/vm.json': own,
      'driftgate.config.yaml': '# ours\nschemas:\n  - file: ops/bindings/vm.lifecycle.yaml\n    schema: rules/vm.json\n    replace: true\n',
    });
    const r = await run(['schemas', 'diff', '--root', root, '--from', 'before', '--format', 'json']);
    const data = JSON.parse(r.out) as { patch: string; patchFiles: string[]; renames: Array<{ from: string; to: string }> };
    expect(data.renames).toContainEqual(expect.objectContaining({ file: FILES[0], from: 'vmid', to: 'id' }));
    expect(data.patchFiles).toContain('rules/vm.json');
    expect(data.patchFiles).not.toContain('.driftgate/schemas/vm.lifecycle.schema.json');
    expect(data.patch).toContain('--- a/driftgate.config.yaml\n+++ b/driftgate.config.yaml\n');
    expect(data.patch).toMatch(/\+conventions:\n\+ {2}forbidden_keys: \[[a-z_, ]*vmid[a-z_, ]*\]\n/);
    expect(data.patch).not.toContain('+  - file: ops/bindings/vm.lifecycle.yaml');
  });
});

describe('schemas diff misuse', () => {
  it('a root outside git, and a revision git does not know, are exit 2 with one line', async () => {
    const plain = join(tmp, 'plain');
    mkdirSync(plain, { recursive: true });
    const outside = await run(['schemas', 'diff', '--root', plain, '--from', 'HEAD']);
    expect(outside.code).toBe(2);
    expect(outside.err).toBe(`driftgate: ${plain} is not inside a git work tree; schemas diff compares a git revision with the working tree\n`);
    const repo = migratedRepo();
    const unknown = await run(['schemas', 'diff', '--root', repo, '--from', 'no-such-rev']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe(`driftgate: unknown revision "no-such-rev" in the git repository of ${repo}\n`);
    const option = await run(['schemas', 'diff', '--root', repo, '--from=--output=x']);
    expect(option.err).toBe('driftgate: "--output=x" is not a git revision\n');
  });
});
