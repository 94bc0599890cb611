import { describe, expect, it } from 'vitest';
import type { BackupTarget, Stack } from '../../src/bindings/types.js';
import { EXIT_COMPOSE_MISSING, EXIT_DIR_MISSING } from '../../src/probes/commands.js';
import { MAX_COMMAND_BYTES, hostBatchCommand, parseHostBatch, sectionIds } from '../../src/probes/host-batch.js';
import { type HostProbes, assignContainers, composeProjectName, planBatches, probeHost } from '../../src/probes/host-probe.js';
import type { ExecResult } from '../../src/probes/ssh-exec.js';
import type { ContainerObservation } from '../../src/probes/types.js';

const now = () => new Date('2026-02-11T12:00:00Z');
const ref = { file: 'f', pointer: '' };
const stack = (name: string, path: string): Stack => ({ name, path, target: 'vm', ref });
const backup = (name: string, basePath: string, glob: string): BackupTarget => ({ name, enabled: true, kind: 'file_glob', host: 'vm', basePath, glob, staleAfterHours: 26, ref });
const plan = (p: Partial<HostProbes>): HostProbes => ({ id: 'vm', stacks: [], knownStacks: [], backups: [], hypervisor: false, ...p });

type Answer = { stdout?: string; stderr?: string; code: number };

/** An exec answering each section of the batch it receives from `answers` (section id → output). */
function fakeRemote(answers: Record<string, Answer>, sent: string[] = [], whole: Partial<ExecResult> = {}) {
  return async (command: string): Promise<ExecResult> => {
    sent.push(command);
    const batch = parseHostBatch(command);
    if (!batch) throw new Error('not a host batch');
    const ids = sectionIds(batch);
    let stdout = '';
    let stderr = '';
    for (const id of ids) {
      const a = answers[id];
      if (!a) continue;
      stdout += `@@begin ${id}\n${a.stdout ?? ''}\n@@end ${id} ${a.code}\n`;
      stderr += `@@begin ${id}\n${a.stderr ?? ''}\n@@end ${id}\n`;
    }
    return { code: 0, stdout, stderr, timedOut: false, durationMs: 7, ...whole };
  };
}

const container = (name: string, project: string, dir: string | undefined, state = 'running') =>
  JSON.stringify({
    Id: name, Name: `/${name}`, Image: 'img',
    Labels: { 'com.docker.compose.project': project, 'com.docker.compose.service': name, ...(dir ? { 'com.docker.compose.project.working_dir': dir } : {}) },
    State: { Status: state, ExitCode: 0, StartedAt: '2026-02-11T09:00:00Z', FinishedAt: '0001-01-01T00:00:00Z', OOMKilled: false, Health: null },
    RestartCount: 0, Ports: {},
  });

describe('probeHost: every probe of a host in one exec', () => {
  it('sends one command, splits the one docker listing over the stacks, and keeps the rest as other containers', async () => {
    const sent: string[] = [];
    const listing = [
      container('web', 'shop', '/opt/stacks/shop'),
      container('db', 'shop-data', '/srv/real/shop-data'), // the stack path is a symlink: pwd -P matches
      container('api', 'named', undefined), // no working dir label: the project name compose derives from the dir
      container('old', 'forgotten', '/opt/stacks/forgotten'),
      container('off', 'disabled', '/opt/stacks/disabled'),
    ].join('\n');
    const exec = fakeRemote({
      docker: { stdout: listing, code: 0 },
      'stack:0': { stdout: '/opt/stacks/shop\n/opt/stacks/shop\n', code: 0 },
      'stack:1': { stdout: '/opt/stacks/shop-data\n/srv/real/shop-data\n', code: 0 },
      'stack:2': { stdout: '/home/u/Named\n/home/u/Named\n', code: 0 },
      'stack:3': { stdout: '/opt/stacks/disabled\n/opt/stacks/disabled\n', code: 0 },
    }, sent);
    const r = await probeHost(plan({ stacks: [stack('shop', '/opt/stacks/shop'), stack('data', '/opt/stacks/shop-data'), stack('named', '~/Named')], knownStacks: [stack('disabled', '/opt/stacks/disabled')] }), exec, now);
    expect(sent).toHaveLength(1);
    expect(r.stacks.map((s) => [s.stack, s.ok, s.containers.map((c) => c.name)])).toEqual([
      ['shop', true, ['web']],
      ['data', true, ['db']],
      ['named', true, ['api']],
    ]);
    expect(r.otherContainers?.map((c) => c.name)).toEqual(['old']);
    expect(r.stacks[0]).toMatchObject({ sshTarget: 'vm', target: 'vm', durationMs: 7, startedAt: '2026-02-11T12:00:00.000Z' });
  });

  it('classifies as before: missing directory and compose file are drift, docker trouble is inconclusive', async () => {
    const stacks = [stack('a', '/a'), stack('b', '/b'), stack('c', '/c')];
    const base = { 'stack:0': { code: EXIT_DIR_MISSING }, 'stack:1': { code: EXIT_COMPOSE_MISSING }, 'stack:2': { stdout: '/c\n/c\n', code: 0 } };
    const daemon = await probeHost(plan({ stacks }), fakeRemote({ ...base, docker: { code: 1, stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?' } }), now);
    expect(daemon.stacks.map((s) => s.failure?.reason)).toEqual(['dir-missing', 'compose-missing', 'docker-unreachable']);
    const missing = await probeHost(plan({ stacks }), fakeRemote({ ...base, docker: { code: 127, stderr: 'sh: 1: docker: not found' } }), now);
    expect(missing.stacks[2]?.failure).toMatchObject({ reason: 'command-failed', error: expect.stringMatching(/not usable by the SSH user/) });
    const garbled = await probeHost(plan({ stacks }), fakeRemote({ ...base, docker: { code: 0, stdout: '{oops' } }), now);
    expect(garbled.stacks[2]?.failure?.reason).toBe('parse-error');
    const vanished = await probeHost(plan({ stacks }), fakeRemote({ ...base, docker: { code: 1, stdout: container('x', 'c', '/c'), stderr: 'Error: No such object: 1234' } }), now);
    expect(vanished.stacks[2]).toMatchObject({ ok: true, containers: [{ name: 'x' }] });
  });

  it('gives every probe the exec failure when the connection broke, and a missing answer is never a pass', async () => {
    const timedOut = fakeRemote({}, [], { code: null, timedOut: true, failure: { reason: 'timeout', error: 'command passed its 20000 ms deadline' } });
    const r = await probeHost(plan({ stacks: [stack('a', '/a')], backups: [backup('b', '/dump', '*')], hypervisor: true }), timedOut, now);
    expect([...r.stacks, ...r.backups, r.hypervisor].map((o) => o?.failure?.reason)).toEqual(['timeout', 'timeout', 'timeout']);
    const silent = await probeHost(plan({ stacks: [stack('a', '/a')] }), fakeRemote({}), now);
    expect(silent.stacks[0]).toMatchObject({ ok: false, failure: { reason: 'parse-error' } });
    const died = await probeHost(plan({ stacks: [stack('a', '/a')] }), fakeRemote({}, [], { code: 2, stderr: 'sh: 1: Syntax error' }), now);
    expect(died.stacks[0]?.failure).toMatchObject({ reason: 'command-failed', error: expect.stringContaining('Syntax error') });
  });

  it('refuses a value with a control character before anything is sent, failing only that probe', async () => {
    const sent: string[] = [];
    const r = await probeHost(plan({ stacks: [stack('bad', '/opt/a\nrm -rf /')], backups: [backup('ok', '/dump', '*.gz')] }), fakeRemote({ backups: { stdout: '@@dir /dump\n', code: 0 } }, sent), now);
    expect(r.stacks[0]).toMatchObject({ ok: false, failure: { reason: 'error' } });
    expect(r.backups[0]).toMatchObject({ ok: true, matches: 0 });
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toContain('rm -rf');
  });

  it('leaves out a disabled stack whose path cannot be sent (too long), instead of throwing', async () => {
    const sent: string[] = [];
    const long = `/opt/${'x'.repeat(5000)}`;
    const r = await probeHost(plan({ stacks: [stack('shop', '/opt/stacks/shop')], knownStacks: [stack('off', long)] }), fakeRemote({ docker: { stdout: '', code: 0 }, 'stack:0': { stdout: '/opt/stacks/shop\n/opt/stacks/shop\n', code: 0 } }, sent), now);
    expect(r.stacks).toEqual([expect.objectContaining({ stack: 'shop', ok: true })]);
    expect(sent).toHaveLength(1);
    expect(sent[0]).not.toContain(long);
  });

  it('sends nothing to a host without probes (a switch: the handshake is its probe)', async () => {
    const sent: string[] = [];
    expect(await probeHost(plan({}), fakeRemote({}, sent), now)).toEqual({ stacks: [], backups: [] });
    expect(sent).toEqual([]);
  });

  it('takes the newest file per glob from one listing of every backup directory', async () => {
    const backups = [backup('vm-200', '/tank/dump/', 'vzdump-qemu-200-*.vma.zst'), backup('vm-201', '/tank/dump', 'vzdump-qemu-201-*'), backup('gone', '/nope', '*'), backup('spaces', '~/my dumps', '*.tar')];
    const listing = ['@@dir /tank/dump', '@@nodir /nope', '@@dir /home/u/my dumps', '1770800000 /tank/dump/vzdump-qemu-200-a.vma.zst', '1770810000 /tank/dump/vzdump-qemu-200-b.vma.zst', '1770700000 /home/u/my dumps/a b.tar', ''].join('\n');
    const sent: string[] = [];
    const r = await probeHost(plan({ backups }), fakeRemote({ backups: { stdout: listing, code: 0 } }, sent), now);
    expect(parseHostBatch(sent[0] ?? '')?.backups).toEqual({ dirs: ['/tank/dump', '/nope', '~/my dumps'], globs: ['vzdump-qemu-200-*.vma.zst', 'vzdump-qemu-201-*', '*', '*.tar'] });
    expect(r.backups.map((b) => [b.name, b.ok, b.matches, b.newest?.path, b.failure?.reason])).toEqual([
      ['vm-200', true, 2, '/tank/dump/vzdump-qemu-200-b.vma.zst', undefined],
      ['vm-201', true, 0, undefined, undefined],
      ['gone', false, 0, undefined, 'dir-missing'],
      ['spaces', true, 1, '~/my dumps/a b.tar', undefined],
    ]);
  });
});

describe('the listing split', () => {
  it('matches the working dir, else the project name compose derives from the directory', () => {
    const c = (name: string, project: string, workingDir?: string): ContainerObservation => ({ name, service: name, project, state: 'running', status: '', health: '', exitCode: 0, publishers: [], ...(workingDir ? { workingDir } : {}) });
    expect(composeProjectName('/home/u/My.Stack_1/')).toBe('mystack_1');
    const { byStack, other } = assignContainers([c('a', 'x', '/opt/a/'), c('b', 'b', undefined), c('z', 'b', '/elsewhere/b')], [{ paths: ['/opt/a'] }, { paths: ['/opt/b'] }]);
    expect(byStack.map((l) => l.map((x) => x.name))).toEqual([['a'], ['b', 'z']]);
    expect(other).toEqual([]);
  });
});

describe('a host whose probes outgrow one SSH packet', () => {
  it('lists every file instead of a thousand globs, and spreads the stack checks over further execs', () => {
    const globs = Array.from({ length: 1_000 }, (_, i) => `vzdump-qemu-${1000 + i}-*.vma.zst`);
    const stacks = Array.from({ length: 400 }, (_, i) => `/opt/stacks/a-rather-long-stack-directory-name-${i}`);
    const batches = planBatches({ docker: true, stacks, backups: { dirs: ['/dump'], globs }, hypervisor: true });
    expect(batches.length).toBeGreaterThan(1);
    for (const b of batches) {
      const cmd = hostBatchCommand(b);
      expect(Buffer.byteLength(cmd)).toBeLessThanOrEqual(MAX_COMMAND_BYTES);
      expect(parseHostBatch(cmd)).toEqual(b);
    }
    expect(batches[0]).toMatchObject({ docker: true, hypervisor: true, backups: { dirs: ['/dump'], globs: [] } });
    expect(batches.flatMap((b) => b.stacks)).toEqual(stacks);
    expect(batches.slice(1).map((b) => b.firstStack)).toEqual(batches.slice(1).map((b) => stacks.indexOf(b.stacks[0] ?? '')));
  });

  it('still probes every stack and backup through the split execs', async () => {
    const stacks = Array.from({ length: 300 }, (_, i) => stack(`s${i}`, `/opt/stacks/a-rather-long-stack-directory-name-${i}`));
    const answers: Record<string, { stdout?: string; code: number }> = { docker: { stdout: '', code: 0 } };
    stacks.forEach((s, i) => (answers[`stack:${i}`] = { stdout: `${s.path}\n${s.path}\n`, code: 0 }));
    const sent: string[] = [];
    const r = await probeHost(plan({ stacks }), fakeRemote(answers, sent), now);
    expect(sent.length).toBeGreaterThan(1);
    expect(r.stacks.filter((s) => s.ok)).toHaveLength(300);
  });
});
