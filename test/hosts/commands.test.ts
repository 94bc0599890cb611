// `driftgate hosts commands`: per host, the exact execs a live run sends (one batched template per
// host), checked against what the lab's hosts received during a real run; the user it logs in as
// (probe.users wins over the declared user); the channels a run opens through a host (endpoints
// probed over SSH, jump hosts) and the authorized_keys options that allow exactly those; `--gates`
// and `--format allowlist` for the forced-command wrapper.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { END_OF_COMMAND, type HostCommands, remoteCommands } from '../../src/hosts/remote-commands.js';
import { startLab } from '../../src/lab/start-lab.js';
import { parseHostBatch } from '../../src/probes/host-batch.js';
import { KnownHosts } from '../../src/probes/known-hosts.js';
import { probeAll } from '../../src/probes/probe-all.js';
import { LAB_NOW, reachModel } from '../lab/lab-fixture.js';
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

async function json(...args: string[]): Promise<HostCommands[]> {
  const { code, out } = await run(...args, '--format', 'json');
  expect(code).toBe(0);
  return (JSON.parse(out) as { hosts: HostCommands[] }).hosts;
}

describe('hosts commands', () => {
  it('prints what a real run sends: each host\'s execs byte for byte, and the channels it opens through it', async () => {
    const model = await reachModel();
    const config = defaultConfig();
    const lab = await startLab({ model, now: LAB_NOW, scenario: { version: 1 } });
    try {
      const obs = await probeAll(model, config, { connectMap: lab.connectMap, knownHosts: KnownHosts.parse(lab.knownHosts), identity: lab.identity, now: () => LAB_NOW });
      expect(obs.hosts.every((h) => h.ok)).toBe(true);
      const listed = remoteCommands(model, config);
      for (const host of lab.world.hosts) {
        const h = listed.find((x) => x.id === host.id);
        expect(h?.commands.map((c) => c.command) ?? [], host.id).toEqual(host.received.execs);
        expect(h?.forwards.map((f) => `${f.host}:${f.port}`).sort() ?? [], host.id).toEqual([...host.received.channels].sort());
      }
      // the one exec of a docker host covers its docker listing and both of its stack directories
      expect(parseHostBatch(listed.find((h) => h.id === 'edge')?.commands[0]?.command ?? '')).toEqual({
        docker: true, stacks: ['/opt/stacks/caddy-auth', '/opt/stacks/pihole'], hypervisor: false,
        composeFiles: ['/opt/stacks/caddy-auth', '/opt/stacks/pihole'], disk: 'docker',
      });
      // devices behind the jump host: no command, a channel through pve, authorized_keys limited to it
      const pve = listed.find((h) => h.id === 'pve');
      expect(listed.find((h) => h.id === 'switch')).toMatchObject({ login: 'admin@192.168.1.2:22 via pve', commands: [] });
      expect(pve?.forwards).toEqual(expect.arrayContaining([{ host: '192.168.1.2', port: 22, purpose: 'jump host of ssh target switch' }]));
      expect(pve?.authorizedKeys).toBe(
        'restrict,port-forwarding,permitopen="192.168.1.2:22",permitopen="192.168.1.185:22",command="/usr/local/lib/driftgate/driftgate-ssh-wrapper /etc/driftgate/allowed-commands"',
      );
      expect(listed.find((h) => h.id === 'media')?.forwards).toEqual([{ host: '127.0.0.1', port: 8123, purpose: 'endpoint ntp-ui (probe_via: ssh)' }]);
      expect(listed.find((h) => h.id === 'nas')?.authorizedKeys).toBe('restrict,command="/usr/local/lib/driftgate/driftgate-ssh-wrapper /etc/driftgate/allowed-commands"');
    } finally {
      await lab.close();
    }
  });

  it('prints each command unindented, with what it reads and the privileges it needs', async () => {
    const { code, out } = await run('--root', ROOT);
    expect(code).toBe(0);
    const [pve] = await json('--root', ROOT, '--target', 'pve');
    expect(out).toContain(
      `host pve (root@100.64.0.2:22)\n# one exec: 1 backup directory (/var/lib/vz/dump), the hypervisor (node name, qm list, pct list, every guest config), ` +
        `the file sizes of 1 backup directory, the hypervisor's backup jobs (pvesh get /cluster/backup), disk usage (df)\n`,
    );
    expect(out).toContain('#   needs pvesh get /cluster/backup (root, or sudo for exactly that command) and uname -n');
    expect(out).toContain("#   needs read each stack directory's compose file (sed prints it; read permission); driftgate keeps its services' images, ports, mounts, healthchecks and environment variable NAMES, never a value");
    expect(out).toContain('#   needs timeout and df (no privileges)');
    expect(out).toContain(`\n${pve?.commands[0]?.command}\n# authorized_keys options: restrict,command=`);
    expect(out).toContain('#   needs docker ps -aq and docker inspect: the Docker socket (membership of the "docker" group, which is root-equivalent');
    expect(out).toContain('#   needs qm list and pct list (root, or sudo for exactly those two) and reading /etc/pve/qemu-server/*.conf and /etc/pve/lxc/*.conf (root or the www-data group)');
    expect(out).toContain('#   needs list the backup directories (find, stat; read and execute, no write)');
    expect(pve?.commands[0]?.command).toMatch(
      /^b\(\)\{ .*\nb backups; .*-name 'vzdump-qemu-101-\*\.vma\.zst' .*\nb hypervisor; .*qm list; .*pct list; .*cat -- "\$f".*e hypervisor\nb backupsizes; .*stat -c '%Y %s %n' .*e backupsizes\nb backupjobs; .*pvesh get \/cluster\/backup --output-format json; e backupjobs\nb disk; timeout 10 df -P -k; e disk$/s,
    );
  });

  it('logs in as the probe.users override, not the declared user', async () => {
    const root = join(tmp, 'users');
    cpSync(ROOT, root, { recursive: true });
    writeFileSync(join(root, 'driftgate.config.yaml'), 'probe:\n  users:\n    pve: driftgate\n    typo: x\n');
    const { code, out, err } = await run('--root', root, '--target', 'pve', '--format', 'json');
    expect(code).toBe(0);
    const data = JSON.parse(out) as { hosts: HostCommands[] };
    expect(data.hosts.map((h) => [h.id, h.login])).toEqual([['pve', 'driftgate@100.64.0.2:22']]);
    expect(err).toContain('warning: probe.users names ssh target "typo", which ops/bindings/ssh.targets.yaml does not declare; it is ignored');
  });

  it('--gates shows the commands of a run with those gates only', async () => {
    const [pve] = await json('--root', ROOT, '--target', 'pve', '--gates', 'backup-freshness');
    expect(pve?.commands.map((c) => parseHostBatch(c.command))).toEqual([{ docker: false, stacks: [], backups: { dirs: ['/var/lib/vz/dump'], globs: expect.any(Array) }, hypervisor: false }]);
    const health = await json('--root', ROOT, '--gates', 'health');
    expect(health.flatMap((h) => h.commands)).toEqual([]);
  });

  it('--format allowlist prints each exact command, then the end-of-command line', async () => {
    const hosts = await json('--root', ROOT, '--target', 'edge,apps');
    const { code, out } = await run('--root', ROOT, '--target', 'edge,apps', '--format', 'allowlist');
    expect(code).toBe(0);
    const commands = hosts.flatMap((h) => h.commands.map((c) => c.command));
    expect(commands).toHaveLength(2);
    expect(out).toBe(
      `# host edge, its one exec: ${hosts[0]?.commands[0]?.purpose}\n${commands[0]}\n${END_OF_COMMAND}\n` +
        `# host apps, its one exec: ${hosts[1]?.commands[0]?.purpose}\n${commands[1]}\n${END_OF_COMMAND}\n`,
    );
  });

  it('an unknown --target or --gates is misuse (exit 2)', async () => {
    const target = await run('--root', ROOT, '--target', 'nope');
    expect(target.code).toBe(2);
    expect(target.err).toContain('--target nope: no probe runs commands there (hosts: pve, edge, apps, media, nas)');
    const gates = await run('--root', ROOT, '--gates', 'nope');
    expect(gates.code).toBe(2);
    expect(gates.err).toContain('unknown gate "nope"');
  });
});
