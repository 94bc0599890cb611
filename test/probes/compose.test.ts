import { describe, expect, it } from 'vitest';
import { EXIT_DIR_MISSING } from '../../src/probes/commands.js';
import { classifyComposeExit, parseComposePs, probeStack } from '../../src/probes/compose.js';
import type { ExecResult } from '../../src/probes/ssh-pool.js';

const web = {
  Name: 'shop-web-1', Service: 'web', Project: 'shop', State: 'running', Status: 'Up 3 hours', Health: 'healthy', ExitCode: 0,
  Publishers: [{ URL: '0.0.0.0', TargetPort: 80, PublishedPort: 8080, Protocol: 'tcp' }],
};
const worker = { Name: 'shop-worker-1', Service: 'worker', Project: 'shop', State: 'exited', Status: 'Exited (1) 2 hours ago', Health: '', ExitCode: 1, Publishers: null };

function result(partial: Partial<ExecResult>): ExecResult {
  return { code: 0, stdout: '', stderr: '', timedOut: false, durationMs: 5, ...partial };
}

describe('parseComposePs', () => {
  it('reads the JSON array of Compose <= 2.20 and the NDJSON of 2.21+ the same way', () => {
    const array = parseComposePs(JSON.stringify([web, worker]));
    const lines = parseComposePs(`${JSON.stringify(web)}\n${JSON.stringify(worker)}\n`);
    expect(array).toEqual(lines);
    expect(array.ok && array.value).toEqual([
      { name: 'shop-web-1', service: 'web', project: 'shop', state: 'running', status: 'Up 3 hours', health: 'healthy', exitCode: 0,
        publishers: [{ url: '0.0.0.0', targetPort: 80, publishedPort: 8080, protocol: 'tcp' }] },
      { name: 'shop-worker-1', service: 'worker', project: 'shop', state: 'exited', status: 'Exited (1) 2 hours ago', health: '', exitCode: 1, publishers: [] },
    ]);
  });

  it('treats empty output as a stack without containers', () => {
    expect(parseComposePs('\n')).toEqual({ ok: true, value: [] });
    expect(parseComposePs('[]')).toEqual({ ok: true, value: [] });
  });

  it('rejects malformed output instead of passing', () => {
    expect(parseComposePs('{"Name": "a", "State": "running"}\nnot json').ok).toBe(false);
    expect(parseComposePs('[{"Name": "a"')).toMatchObject({ ok: false });
    expect(parseComposePs('{"Service": "x"}')).toMatchObject({ ok: false, error: expect.stringMatching(/Name or State/) });
    expect(parseComposePs('{"a":1}').ok).toBe(false);
  });
});

describe('classifyComposeExit', () => {
  it.each([
    [{ code: EXIT_DIR_MISSING }, 'dir-missing'],
    [{ code: 1, stderr: 'no configuration file provided: not found\n' }, 'compose-missing'],
    [{ code: 1, stderr: "Can't find a suitable configuration file in this directory or any parent.\n" }, 'compose-missing'],
    // docker or its compose plugin missing for the SSH user proves nothing about the stack: inconclusive, not drift
    [{ code: 125, stderr: "docker: 'compose' is not a docker command.\n" }, 'command-failed'],
    [{ code: 127, stderr: 'bash: line 1: docker: command not found\n' }, 'command-failed'],
    [{ code: 127, stderr: 'sh: 1: docker: not found\n' }, 'command-failed'],
    [{ code: 1, stderr: 'unknown flag: --format\n' }, 'command-failed'],
    [{ code: 1, stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n' }, 'docker-unreachable'],
    [{ code: 1, stderr: 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json": dial unix /var/run/docker.sock: connect: permission denied\n' }, 'docker-unreachable'],
    [{ code: 2, stderr: 'something else\n' }, 'command-failed'],
  ] as const)('%o → %s', (partial, reason) => {
    expect(classifyComposeExit(result(partial))?.reason).toBe(reason);
  });

  it('keeps a transport failure as it is and passes exit 0', () => {
    expect(classifyComposeExit(result({ code: null, timedOut: true, failure: { reason: 'timeout', error: 'x' } }))?.reason).toBe('timeout');
    expect(classifyComposeExit(result({ code: 0 }))).toBeUndefined();
  });
});

describe('probeStack', () => {
  const stack = { name: 'shop', path: '/opt/stacks/shop', target: 'vm1', ref: { file: 'f', pointer: '' } };
  const now = () => new Date('2026-02-11T12:00:00Z');

  it('sends the fixed template and returns containers', async () => {
    const sent: string[] = [];
    const obs = await probeStack(stack, 'vm1-ssh', async (cmd) => (sent.push(cmd), result({ stdout: JSON.stringify([worker]) })), now);
    expect(sent).toEqual(["cd -- '/opt/stacks/shop' 2>/dev/null || exit 90; docker compose ps -a --format json"]);
    expect(obs).toMatchObject({ ok: true, target: 'vm1', sshTarget: 'vm1-ssh', stack: 'shop', startedAt: '2026-02-11T12:00:00.000Z' });
    expect(obs.containers.map((c) => c.state)).toEqual(['exited']);
  });

  it('records malformed JSON as parse-error, never a pass', async () => {
    const obs = await probeStack(stack, 'vm1', async () => result({ stdout: '{oops' }), now);
    expect(obs).toMatchObject({ ok: false, failure: { reason: 'parse-error' }, containers: [] });
  });

  it('refuses a path with a control character before anything is sent', async () => {
    const sent: string[] = [];
    const obs = await probeStack({ ...stack, path: '/opt/a\nrm -rf /' }, 'vm1', async (cmd) => (sent.push(cmd), result({})), now);
    expect(sent).toEqual([]);
    expect(obs.failure?.reason).toBe('error');
  });
});
