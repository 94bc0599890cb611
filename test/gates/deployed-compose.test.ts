// deployed-compose: the compose summary keeps environment variable names and drops every value,
// the lint's reading of image tags, and, end to end through the CLI against the lab, no value of a
// deployed compose file reaches the observation snapshot, the reports or the log.
import { readFileSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { summarizeCompose } from '../../src/compose/compose-spec.js';
import { floatingTag } from '../../src/gates/deployed/lint.js';
import { loadScenario } from '../../src/lab/scenario.js';
import { startLab } from '../../src/lab/start-lab.js';
import { composeFileObservation } from '../../src/probes/compose-files.js';
import { memoryIo } from '../support/io.js';
import { GATES_TEST_DIR, overlaySpine } from './support/gate-cases.js';

const SECRET = 'hunter2';

describe('the compose summary', () => {
  it('keeps names of environment variables (map or list), never values; ports and mounts in both syntaxes; healthcheck states', () => {
    const spec = summarizeCompose({
      services: {
        a: {
          image: 'app:1.2',
          environment: { TOKEN: SECRET, EMPTY: null },
          ports: ['8080:80', 9000, { target: 53, published: 5353, protocol: 'udp', host_ip: '127.0.0.1' }],
          volumes: ['data:/data', '/cache', { type: 'bind', source: './conf', target: '/etc/app', read_only: true }, { type: 'volume', target: '/tmp/x' }],
          healthcheck: { test: ['CMD', 'true'] },
        },
        b: { environment: [`PASSWORD=${SECRET}`, 'DEBUG'], healthcheck: { disable: true } },
        c: { healthcheck: { test: ['NONE'] } },
        d: {},
      },
    });
    expect(spec).toEqual({
      ok: true,
      value: {
        services: [
          { name: 'a', image: 'app:1.2', ports: ['127.0.0.1:5353:53/udp', '8080:80', '9000'], mounts: ['./conf:/etc/app:ro', '/cache', '/tmp/x', 'data:/data'], envKeys: ['EMPTY', 'TOKEN'], healthcheck: 'declared' },
          { name: 'b', ports: [], mounts: [], envKeys: ['DEBUG', 'PASSWORD'], healthcheck: 'disabled' },
          { name: 'c', ports: [], mounts: [], envKeys: [], healthcheck: 'disabled' },
          { name: 'd', ports: [], mounts: [], envKeys: [], healthcheck: 'none' },
        ],
      },
    });
    expect(JSON.stringify(spec)).not.toContain(SECRET);
    expect(summarizeCompose({ version: '3' })).toEqual({ ok: false, error: 'the compose file has no "services" map' });
  });

  it('says a deployed file is not YAML by its line, never by its content', () => {
    const obs = composeFileObservation(
      { name: 'web', path: '/opt/web', target: 'vm', ref: { file: 'f', pointer: '' } },
      'vm',
      { stdout: `/opt/web\n@@file docker-compose.yml\n|services:\n|  web:\n|    environment: [PASSWORD=${SECRET}\n`, stderr: '', code: 0 },
      { reason: 'error', error: 'x' },
      { startedAt: '2026-02-11T12:00:00Z', durationMs: 1 },
    );
    expect(obs).toMatchObject({ ok: false, failure: { reason: 'parse-error' } });
    expect(obs.failure?.error).toMatch(/^docker-compose\.yml is not valid YAML/);
    expect(JSON.stringify(obs)).not.toContain(SECRET);
  });
});

describe('floating tags', () => {
  it('flags latest written or implied, not pinned tags, digests or interpolations', () => {
    expect(floatingTag('caddy:latest')).toBe('latest');
    expect(floatingTag('postgres')).toBe('latest (implied)');
    expect(floatingTag('registry.example.test:5000/team/app')).toBe('latest (implied)');
    expect(floatingTag('registry.example.test:5000/team/app:2.1')).toBeUndefined();
    expect(floatingTag('redis:alpine')).toBeUndefined();
    expect(floatingTag('nginx@sha256:0123')).toBeUndefined();
    expect(floatingTag('app:${TAG}')).toBeUndefined();
    expect(floatingTag(undefined)).toBeUndefined();
  });
});

describe('deployed-compose through the CLI against the lab', () => {
  it('finds the differences and never writes a value of the deployed file: snapshot, JSON, text, log', async () => {
    const dir = join(GATES_TEST_DIR, 'deployed-compose', 'differs-from-staged');
    const root = await overlaySpine(dir);
    const out = await mkdtemp(join(tmpdir(), 'driftgate-compose-'));
    const lab = await startLab({ root, scenario: await loadScenario(join(dir, 'scenario.yaml')), outDir: join(out, 'lab'), now: new Date('2026-02-11T12:00:00Z') });
    try {
      const f = lab.files!;
      const transport = ['--root', root, '--connect-map', f.connectMap, '--known-hosts', f.knownHosts, '--identity', f.identity, '--gates', 'deployed-compose'];
      const probe = memoryIo();
      expect(await main(['probe', ...transport, '--out', join(out, 'obs.json')], probe)).toBe(0);
      const json = memoryIo();
      expect(await main(['check', ...transport, '--format', 'json'], json)).toBe(1);
      const text = memoryIo();
      expect(await main(['check', ...transport], text)).toBe(1);
      const report = JSON.parse(json.out.join('')) as { findings: Array<{ gate: string; message: string }> };
      expect(report.findings.filter((x) => x.gate === 'deployed-compose').map((x) => x.message)).toEqual(
        expect.arrayContaining([expect.stringContaining('deployed only: "DEBUG"; staged only: "LOG_LEVEL"')]),
      );
      for (const written of [readFileSync(join(out, 'obs.json'), 'utf8'), ...probe.out, ...probe.err, ...json.out, ...json.err, ...text.out, ...text.err]) {
        expect(written).not.toContain(SECRET);
        expect(written).not.toContain('postgres://web:');
      }
    } finally {
      await lab.close();
      rmSync(root, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
