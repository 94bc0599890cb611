import { describe, expect, it } from 'vitest';
import { INSPECT_FORMAT } from '../../src/probes/host-batch.js';
import { humanDuration, parseContainers, statusText } from '../../src/probes/containers.js';

const now = new Date('2026-02-11T12:00:00Z');
const labels = (project: string, service: string, dir: string): Record<string, string> => ({
  'com.docker.compose.project': project,
  'com.docker.compose.service': service,
  'com.docker.compose.project.working_dir': dir,
});

// what the batch's `docker inspect --format` prints (docker inspect's own shape, narrowed)
const narrow = {
  Id: 'a1', Name: '/shop-web-1', Image: 'nginx:1.27', Labels: labels('shop', 'web', '/opt/stacks/shop'),
  State: { Status: 'running', ExitCode: 0, StartedAt: '2026-02-11T09:00:00.123456789Z', FinishedAt: '0001-01-01T00:00:00Z', OOMKilled: false, Health: { Status: 'healthy' } },
  RestartCount: 2, Ports: { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }], '443/tcp': null },
};
const exited = {
  Id: 'b2', Name: '/shop-worker-1', Image: 'shop/worker', Labels: labels('shop', 'worker', '/opt/stacks/shop'),
  State: { Status: 'exited', ExitCode: 137, StartedAt: '2026-02-11T08:00:00Z', FinishedAt: '2026-02-11T10:00:00Z', OOMKilled: true, Health: null },
  RestartCount: 0, Ports: {},
};

describe('parseContainers', () => {
  it('reads the batch listing with exact times, restarts, OOM kills, working dir and image', () => {
    const parsed = parseContainers(`${JSON.stringify(narrow)}\n${JSON.stringify(exited)}\n`, now);
    expect(parsed).toEqual({
      ok: true,
      value: [
        {
          name: 'shop-web-1', service: 'web', project: 'shop', state: 'running', status: 'Up 3 hours (healthy)', health: 'healthy', exitCode: 0,
          publishers: [{ url: '0.0.0.0', targetPort: 80, publishedPort: 8080, protocol: 'tcp' }, { targetPort: 443, publishedPort: 0, protocol: 'tcp' }],
          startedAt: '2026-02-11T09:00:00.123Z', restartCount: 2, oomKilled: false, workingDir: '/opt/stacks/shop', image: 'nginx:1.27',
        },
        {
          name: 'shop-worker-1', service: 'worker', project: 'shop', state: 'exited', status: 'Exited (137) 2 hours ago', health: '', exitCode: 137,
          publishers: [], startedAt: '2026-02-11T08:00:00.000Z', finishedAt: '2026-02-11T10:00:00.000Z', restartCount: 0, oomKilled: true,
          workingDir: '/opt/stacks/shop', image: 'shop/worker',
        },
      ],
    });
  });

  it('reads plain `docker inspect` (a JSON array of full objects) the same way', () => {
    const full = { ...exited, Labels: undefined, Image: 'sha256:abc', Config: { Image: 'shop/worker', Labels: exited.Labels, Env: ['SECRET=x'] }, Ports: undefined, NetworkSettings: { Ports: {} } };
    const parsed = parseContainers(JSON.stringify([full]), now);
    expect(parsed.ok && parsed.value[0]).toMatchObject({ name: 'shop-worker-1', image: 'shop/worker', workingDir: '/opt/stacks/shop', exitCode: 137 });
    expect(JSON.stringify(parsed)).not.toContain('SECRET');
  });

  it('still reads every `docker compose ps --format json` shape accepted before (array of ≤ 2.20, lines of 2.21+)', () => {
    const web = { Name: 'shop-web-1', Service: 'web', Project: 'shop', State: 'running', Status: 'Up 3 hours', Health: 'healthy', ExitCode: 0, Publishers: [{ URL: '0.0.0.0', TargetPort: 80, PublishedPort: 8080, Protocol: 'tcp' }] };
    const worker = { Name: 'shop-worker-1', Service: 'worker', Project: 'shop', State: 'exited', Status: 'Exited (1) 2 hours ago', Health: '', ExitCode: '1', Publishers: null, Labels: 'com.docker.compose.project.working_dir=/opt/stacks/shop,x=y' };
    const array = parseContainers(JSON.stringify([web, worker]), now);
    const lines = parseContainers(`${JSON.stringify(web)}\n${JSON.stringify(worker)}\n`, now);
    expect(array).toEqual(lines);
    expect(array.ok && array.value).toEqual([
      { name: 'shop-web-1', service: 'web', project: 'shop', state: 'running', status: 'Up 3 hours', health: 'healthy', exitCode: 0, publishers: [{ url: '0.0.0.0', targetPort: 80, publishedPort: 8080, protocol: 'tcp' }] },
      { name: 'shop-worker-1', service: 'worker', project: 'shop', state: 'exited', status: 'Exited (1) 2 hours ago', health: '', exitCode: 1, publishers: [], workingDir: '/opt/stacks/shop' },
    ]);
  });

  it('reads `docker ps --format json` lines (Names, label and port text)', () => {
    const ps = { Names: 'shop-web-1', State: 'running', Status: 'Up 2 minutes', Image: 'nginx', Labels: 'com.docker.compose.project=shop,com.docker.compose.service=web', Ports: '0.0.0.0:8080->80/tcp, :::8080->80/tcp' };
    const parsed = parseContainers(JSON.stringify(ps), now);
    expect(parsed.ok && parsed.value[0]).toMatchObject({ name: 'shop-web-1', project: 'shop', service: 'web', publishers: [{ url: '0.0.0.0', targetPort: 80, publishedPort: 8080, protocol: 'tcp' }, { targetPort: 80, publishedPort: 8080 }] });
  });

  it('leaves out `compose run` one-off containers; empty output is an empty listing', () => {
    const oneoff = { ...narrow, Name: '/shop-web-run-1', Labels: { ...narrow.Labels, 'com.docker.compose.oneoff': 'True' } };
    const parsed = parseContainers(JSON.stringify(oneoff), now);
    expect(parsed).toEqual({ ok: true, value: [] });
    expect(parseContainers('\n', now)).toEqual({ ok: true, value: [] });
    expect(parseContainers('[]', now)).toEqual({ ok: true, value: [] });
  });

  it('rejects malformed output instead of passing', () => {
    expect(parseContainers('{"Name": "a", "State": "running"}\nnot json', now).ok).toBe(false);
    expect(parseContainers('[{"Name": "a"', now)).toMatchObject({ ok: false });
    expect(parseContainers('{"Service": "x"}', now)).toMatchObject({ ok: false, error: expect.stringMatching(/Name or State/) });
    expect(parseContainers('{"a":1}', now).ok).toBe(false);
  });

  it('asks docker for no environment (no secrets travel)', () => {
    expect(INSPECT_FORMAT).not.toMatch(/Env|Config}}/);
    expect(INSPECT_FORMAT).not.toContain("'");
  });
});

describe('status text from exact times', () => {
  it('says what docker ps would say', () => {
    expect(humanDuration(500)).toBe('Less than a second');
    expect(humanDuration(20_000)).toBe('20 seconds');
    expect(humanDuration(65_000)).toBe('About a minute');
    expect(humanDuration(3 * 3600_000)).toBe('3 hours');
    expect(humanDuration(3 * 86_400_000)).toBe('3 days');
    expect(statusText({ state: 'restarting', health: '', exitCode: 1, finishedAt: '2026-02-11T11:59:56Z' }, now)).toBe('Restarting (1) 4 seconds ago');
    expect(statusText({ state: 'running', health: 'starting', exitCode: 0, startedAt: '2026-02-11T11:59:40Z' }, now)).toBe('Up 20 seconds (health: starting)');
    expect(statusText({ state: 'created', health: '', exitCode: 0 }, now)).toBe('Created');
  });
});
