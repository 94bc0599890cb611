// The host batch's extra sections (compose files, backup sizes, backup jobs, disks): the template
// round trip with hostile values, splitting many compose files over execs, the parsers, and the
// real template run by /bin/sh on this machine (real sed, stat, find, df, timeout).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackupTarget, Stack } from '../../src/bindings/types.js';
import { parseBackupJobs } from '../../src/probes/backup-jobs.js';
import { parseComposeSection } from '../../src/probes/compose-files.js';
import { filesystemOf, parseDf } from '../../src/probes/disk.js';
import { type HostBatch, MAX_COMMAND_BYTES, hostBatchCommand, parseHostBatch, sectionIds } from '../../src/probes/host-batch.js';
import { planExecs } from '../../src/probes/host-extras.js';
import { type HostProbes, planBatches, probeHost } from '../../src/probes/host-probe.js';
import type { ExecResult } from '../../src/probes/ssh-exec.js';

const now = () => new Date('2026-02-11T12:00:00Z');
const ref = { file: 'f', pointer: '' };
const stack = (name: string, path: string): Stack => ({ name, path, target: 'vm', ref });
const backup = (name: string, basePath: string, glob: string): BackupTarget => ({ name, enabled: true, kind: 'file_glob', host: 'vm', basePath, glob, staleAfterHours: 26, ref });

const tmp = mkdtempSync(join(tmpdir(), 'driftgate-extras-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs a command with /bin/sh here, as sshd would on a host. */
function sh(command: string): Promise<ExecResult> {
  return new Promise((resolve) => {
    const child = spawn('/bin/sh', ['-c', command], { cwd: tmp });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr, timedOut: false, durationMs: 5 }));
  });
}

describe('the extra sections of the host batch', () => {
  const full: HostBatch = {
    docker: true,
    stacks: ['/opt/a'],
    hypervisor: true,
    composeFiles: ["/opt/it's here", '~/stacks/$(id)', '~'],
    backupSizes: { dirs: ['/srv/dumps', '-odd'], globs: ["*'$(id)'*", 'vzdump-qemu-*.vma.zst'] },
    backupJobs: true,
    disk: 'docker',
  };

  it('sends hostile values single-quoted, one section per line, and the lab parses the template back', () => {
    const cmd = hostBatchCommand(full);
    expect(sectionIds(full)).toEqual(['docker', 'stack:0', 'hypervisor', 'compose:0', 'compose:1', 'compose:2', 'backupsizes', 'backupjobs', 'disk']);
    expect(cmd).toContain("b compose:0; ( cd -- '/opt/it'\\''s here' 2>/dev/null || exit 90; pwd -P; for f in compose.yaml compose.yml docker-compose.yaml docker-compose.yml; do");
    expect(cmd).toContain("cd -- ~/'stacks/$(id)' 2>/dev/null");
    expect(cmd).toContain("for d in '/srv/dumps' './-odd'; do");
    expect(cmd).toContain("-name '*'\\''$(id)'\\''*' -o -name 'vzdump-qemu-*.vma.zst'");
    expect(cmd).toContain("b backupjobs; printf '@@node %s\\n' \"$(uname -n)\"; pvesh get /cluster/backup --output-format json; e backupjobs");
    expect(cmd).toContain("b disk; timeout 10 df -P -k; d=$?; printf '\\n@@dockerroot %s\\n' \"$(docker info --format '{{.DockerRootDir}}' 2>/dev/null)\"");
    expect(parseHostBatch(cmd)).toEqual(full);
    const plain: HostBatch = { docker: false, stacks: [], hypervisor: false, disk: 'plain' };
    expect(parseHostBatch(hostBatchCommand(plain))).toEqual(plain);
  });

  it('refuses anything that is not exactly the template', () => {
    const cmd = hostBatchCommand(full);
    expect(parseHostBatch(cmd.replace("sed 's/^/|/'", 'cat'))).toBeUndefined();
    expect(parseHostBatch(cmd.replace('pvesh get /cluster/backup', 'pvesh create /cluster/backup'))).toBeUndefined();
    expect(parseHostBatch(cmd.replace('timeout 10 df', 'df'))).toBeUndefined();
    expect(parseHostBatch(`${cmd}\nrm -rf /`)).toBeUndefined();
    expect(() => hostBatchCommand({ ...full, composeFiles: ['/opt/a\nrm -rf /'] })).toThrow(/control character/);
  });

  it('spreads hundreds of compose files over execs that each fit an SSH packet, section numbers continuing', () => {
    const paths = Array.from({ length: 400 }, (_, i) => `/srv/stacks/a-rather-long-directory-name-for-stack-number-${i}`);
    const execs = planExecs({ docker: true, stacks: paths, hypervisor: false, composeFiles: paths, disk: 'docker' }, planBatches);
    expect(execs.length).toBeGreaterThan(2);
    for (const b of execs) expect(Buffer.byteLength(hostBatchCommand(b))).toBeLessThanOrEqual(MAX_COMMAND_BYTES);
    const ids = execs.flatMap((b) => sectionIds(b)).filter((id) => id.startsWith('compose:'));
    expect(ids).toEqual(paths.map((_, i) => `compose:${i}`));
    for (const b of execs) expect(parseHostBatch(hostBatchCommand(b))).toEqual(b);
  });

  it('keeps a hypervisor with a thousand backup globs under an SSH packet: sizes unfiltered (matched locally), jobs and disk in the first exec', () => {
    const globs = Array.from({ length: 1000 }, (_, i) => `vzdump-qemu-${1000 + i}-*.vma.zst`);
    const batch: HostBatch = { docker: false, stacks: [], hypervisor: true, backups: { dirs: ['/var/lib/vz/dump'], globs }, backupSizes: { dirs: ['/var/lib/vz/dump'], globs }, backupJobs: true, disk: 'plain' };
    const execs = planExecs(batch, planBatches);
    for (const b of execs) expect(Buffer.byteLength(hostBatchCommand(b))).toBeLessThanOrEqual(MAX_COMMAND_BYTES);
    expect(execs).toHaveLength(1);
    expect(execs[0]).toMatchObject({ backupSizes: { dirs: ['/var/lib/vz/dump'], globs: [] }, backupJobs: true, disk: 'plain', hypervisor: true });
  });
});

describe('the extra sections run by /bin/sh on this machine', () => {
  it('reads compose files behind "|" (a line like a frame stays content), sizes, disks; a missing pvesh fails its probe only', async () => {
    const web = join(tmp, 'stacks', 'web');
    mkdirSync(web, { recursive: true });
    mkdirSync(join(tmp, 'stacks', 'bare'), { recursive: true });
    writeFileSync(
      join(web, 'compose.yaml'),
      'services:\n  web:\n    image: nginx:1.27\n    # @@end compose:0 0\n    environment:\n      API_TOKEN: s3cr3t-value\n    volumes:\n      - ./data:/data\n',
    );
    const dumps = join(tmp, 'dumps');
    mkdirSync(dumps);
    for (const [name, bytes, age] of [['vzdump-qemu-301-a.vma.zst', 2000, 48], ['vzdump-qemu-301-b.vma.zst', 100, 2]] as const) {
      writeFileSync(join(dumps, name), Buffer.alloc(bytes));
      const t = (Date.now() - age * 3_600_000) / 1000;
      utimesSync(join(dumps, name), t, t);
    }
    const h: HostProbes = {
      id: 'vm',
      stacks: [],
      knownStacks: [],
      backups: [],
      hypervisor: false,
      extras: {
        composeFiles: [stack('web', web), stack('bare', join(tmp, 'stacks', 'bare')), stack('gone', join(tmp, 'nowhere'))],
        backupSizes: [backup('vm-301', dumps, 'vzdump-qemu-301-*.vma.zst')],
        backupJobs: true,
        disk: 'plain',
      },
    };
    const r = await probeHost(h, sh, now);
    expect(r.composeFiles?.map((c) => [c.stack, c.ok, c.failure?.reason, c.file])).toEqual([
      ['web', true, undefined, 'compose.yaml'],
      ['bare', false, 'compose-missing', undefined],
      ['gone', false, 'dir-missing', undefined],
    ]);
    expect(r.composeFiles?.[0]?.services).toEqual([{ name: 'web', image: 'nginx:1.27', ports: [], mounts: ['./data:/data'], envKeys: ['API_TOKEN'], healthcheck: 'none' }]);
    expect(JSON.stringify(r)).not.toContain('s3cr3t-value');
    expect(r.backupSizes?.[0]).toMatchObject({ ok: true });
    expect(r.backupSizes?.[0]?.files.map((f) => [f.path.split('/').pop(), f.bytes])).toEqual([['vzdump-qemu-301-b.vma.zst', 100], ['vzdump-qemu-301-a.vma.zst', 2000]]);
    expect(r.disk?.ok).toBe(true);
    expect(r.disk?.filesystems.some((f) => f.mount === '/')).toBe(true);
    // a host without pvesh: that probe fails, the others stand
    expect(r.backupJobs).toMatchObject({ ok: false, failure: { reason: 'command-failed' } });
  });
});

describe('the extra sections\' parsers', () => {
  it('reads df -P, leaving out pseudo file systems, and finds the file system of a path', () => {
    const df = parseDf(
      'Filesystem     1024-blocks      Used Available Capacity Mounted on\n' +
        '/dev/sda1         51290592  20516236  28136980      43% /\n' +
        'tmpfs              1634028      1596   1632432       1% /run\n' +
        'overlay           51290592  20516236  28136980      43% /var/lib/docker/overlay2/abc/merged\n' +
        '/dev/sdb1        524288000 104857600 419430400      20% /srv/data\n' +
        '//nas/share      104857600  94371840  10485760      90% /mnt/nas share\n',
    );
    expect(df.ok && df.value.map((f) => [f.mount, f.usedPercent])).toEqual([['/', 43], ['/srv/data', 20], ['/mnt/nas share', 90]]);
    const fs = df.ok ? df.value : [];
    expect(filesystemOf(fs, '/srv/data/docker/volumes')?.mount).toBe('/srv/data');
    expect(filesystemOf(fs, '/srv/database')?.mount).toBe('/');
    expect(parseDf('nothing').ok).toBe(false);
  });

  it('reads pvesh backup jobs: enabled by default, all with exclude, a bad id list refused', () => {
    const jobs = parseBackupJobs('[{"id":"a","vmid":"200,202"},{"id":"b","all":1,"exclude":"100","enabled":0,"node":"pve"},{"id":"c","pool":"prod"}]');
    expect(jobs).toEqual({
      ok: true,
      value: [
        { id: 'a', enabled: true, all: false, vmids: [200, 202], exclude: [] },
        { id: 'b', enabled: false, all: true, vmids: [], exclude: [100], node: 'pve' },
        { id: 'c', enabled: true, all: false, vmids: [], exclude: [], pool: 'prod' },
      ],
    });
    expect(parseBackupJobs('[{"id":"x","vmid":"200,abc"}]').ok).toBe(false);
    expect(parseBackupJobs('not json').ok).toBe(false);
  });

  it('reads a compose section and names a line, never content, when it is not framed', () => {
    expect(parseComposeSection('/opt/web\n@@file compose.yaml\n|services:\n|  a: {}')).toEqual({ ok: true, value: { realPath: '/opt/web', file: 'compose.yaml', text: 'services:\n  a: {}' } });
    const bad = parseComposeSection('/opt/web\n@@file compose.yaml\n|services:\nPASSWORD=hunter2');
    expect(bad).toEqual({ ok: false, error: 'line 2 of compose.yaml is not framed' });
  });
});
