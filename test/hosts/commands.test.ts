// `driftgate hosts commands`: per host, the exact commands a live run sends (built by the same
// templates and plan), the user it logs in as (probe.users wins over the declared user) and what
// each command needs; `--format allowlist` feeds the forced-command wrapper.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { main } from '../../src/cli/main.js';
import { loadConfig } from '../../src/config/load-config.js';
import { backupListCommand, composePsCommand, HYPERVISOR_COMMAND } from '../../src/probes/commands.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';

const ROOT = resolve(REPO_DIR, 'examples/spine');
const tmp = mkdtempSync(join(tmpdir(), 'driftgate-commands-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(...args: string[]) {
  const io = memoryIo();
  const code = await main(['hosts', 'commands', ...args], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

describe('hosts commands', () => {
  it('lists every command of the live plan per host, exactly as sent, with the privilege it needs', async () => {
    const config = await loadConfig(ROOT);
    const { model } = await loadSpine(ROOT, config);
    const { code, out } = await run('--root', ROOT);
    expect(code).toBe(0);
    for (const ct of model.composeTargets) for (const s of ct.stacks) expect(out).toContain(`\n  ${composePsCommand(s.path)}\n`);
    for (const b of model.backups.filter((x) => x.enabled)) expect(out).toContain(`\n  ${backupListCommand(b.basePath, b.glob)}\n`);
    expect(out).toContain(`host pve (root@100.64.0.2:22)\n`);
    expect(out).toContain(`  ${HYPERVISOR_COMMAND}\n`);
    expect(out).toContain('needs the Docker socket (membership of the "docker" group, which is root-equivalent)');
    expect(out).toContain('needs qm list and qm config (root, or a narrow sudoers line');
    expect(out).toContain('needs read and list /var/lib/vz/dump (find, stat; no write)');
  });

  it('logs in as the probe.users override, not the declared user', async () => {
    const root = join(tmp, 'users');
    cpSync(ROOT, root, { recursive: true });
    writeFileSync(join(root, 'driftgate.config.yaml'), 'probe:\n  users:\n    pve: driftgate\n    typo: x\n');
    const { code, out, err } = await run('--root', root, '--target', 'pve', '--format', 'json');
    expect(code).toBe(0);
    const data = JSON.parse(out) as { hosts: Array<{ id: string; login: string; commands: Array<{ command: string }> }> };
    expect(data.hosts.map((h) => [h.id, h.login])).toEqual([['pve', 'driftgate@100.64.0.2:22']]);
    expect(data.hosts[0]?.commands.at(-1)?.command).toBe(HYPERVISOR_COMMAND);
    expect(err).toContain('warning: probe.users names ssh target "typo", which ops/bindings/ssh.targets.yaml does not declare; it is ignored');
  });

  it('--format allowlist prints one exact command per line for the wrapper', async () => {
    const { code, out } = await run('--root', ROOT, '--target', 'edge,apps', '--format', 'allowlist');
    expect(code).toBe(0);
    expect(out.trimEnd().split('\n')).toEqual([
      composePsCommand('/opt/stacks/caddy-auth'),
      composePsCommand('/opt/stacks/pihole'),
      composePsCommand('/opt/stacks/gitea'),
      composePsCommand('~/stacks/automation'),
    ]);
  });

  it('an unknown --target is misuse (exit 2)', async () => {
    const { code, err } = await run('--root', ROOT, '--target', 'nope');
    expect(code).toBe(2);
    expect(err).toContain('--target nope: no probe runs commands there (hosts: edge, apps, media, pve, nas)');
  });
});
