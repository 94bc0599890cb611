// registry-status proposes `active` for a stale stopped/parked entry only when the container has
// been up without a restart for fix.min_uptime_minutes: from its start time when observed, else
// read conservatively from the status text; a crash-looping container caught while up is "recovering".
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { containerUptime, notYetStable } from '../../src/gates/live/uptime.js';
import { statusUptimeMs } from '../../src/probes/containers.js';
import gate from '../../src/gates/registry-status.js';
import { container, emptyModel, observations, service, stackObs, target, withTargets } from './live-helpers.js';

const DIR = '/opt/stacks/download-stack';
const MIN = 60_000;
const HOUR = 60 * MIN;

function judge(over: Parameters<typeof container>[2], minUptimeMinutes = 60) {
  const model = withTargets(emptyModel({ services: [service('huntarr', 'download-stack', `${DIR}/docker-compose.yml`, 'stopped')] }), target('download-stack', { 'download-stack': DIR }));
  const obs = observations({ stacks: [stackObs('download-stack', 'download-stack', DIR, [container('huntarr', 'running', over)])] });
  const config = defaultConfig();
  config.fix.minUptimeMinutes = minUptimeMinutes;
  // the gate measures uptime at the time the stack was observed, not at judging time
  return gate.run({ model, problems: [], config, observations: obs, now: new Date('2030-01-01T00:00:00Z') }).findings;
}

describe('statusUptimeMs: the least uptime Docker\'s status text allows', () => {
  it.each([
    ['Up Less than a second', 0],
    ['Up 1 second', 1_000],
    ['Up 20 seconds', 20_000],
    ['Up About a minute', MIN],
    ['Up 59 minutes (healthy)', 59 * MIN],
    ['Up About an hour', HOUR],
    ['Up 3 hours', 2.5 * HOUR],
    ['Up 2 days (unhealthy)', 47.5 * HOUR],
    ['Up 3 weeks', 21 * 24 * HOUR - HOUR / 2],
    ['Up 2 years', 2 * 365 * 24 * HOUR],
    ['Up 5 hours (Paused)', 4.5 * HOUR],
    ['up 2 hours (anything else)', 1.5 * HOUR],
  ])('%s → %d ms', (status, ms) => {
    expect(statusUptimeMs(status)).toBe(ms);
  });

  it.each(['Exited (0) 3 hours ago', 'Restarting (1) 4 seconds ago', 'running', '', 'Up forever', 'Up 3hours'])('%s → unknown', (status) => {
    expect(statusUptimeMs(status)).toBeUndefined();
  });
});

describe('container uptime', () => {
  const at = new Date('2026-02-11T12:00:00Z');
  it('prefers the start time over the status text', () => {
    expect(containerUptime(container('x', 'running', { startedAt: '2026-02-11T11:59:40Z', status: 'Up 5 hours' }), at)).toEqual({ ms: 20_000, basis: 'start-time' });
    expect(containerUptime(container('x', 'running', { startedAt: 'not a date' }), at)).toEqual({ ms: 4.5 * HOUR, basis: 'status-text' });
    expect(containerUptime(container('x', 'running', { status: 'running' }), at)).toEqual({ basis: 'unknown' });
  });

  it('says why a container is not stable yet', () => {
    expect(notYetStable(container('x', 'running', { startedAt: '2026-02-11T11:59:40Z', restartCount: 1, oomKilled: true }), at, HOUR)).toBe('running for 20 s after 1 restart (the last exit was an OOM kill)');
    expect(notYetStable(container('x', 'running', { status: 'running' }), at, HOUR)).toBe('running, for how long is unknown (status "running"; no start time observed)');
    expect(notYetStable(container('x', 'running', { startedAt: '2026-02-11T10:00:00Z', restartCount: 7 }), at, HOUR)).toBeUndefined();
  });
});

describe('registry-status and uptime', () => {
  it('does not propose active for a crash-looping container caught while up', () => {
    const [f] = judge({ status: 'Up 20 seconds', startedAt: '2026-02-11T11:58:40.000Z', restartCount: 3 });
    expect(f).toMatchObject({ kind: 'running-while-stopped', severity: 'warning', direction: 'declared-stale', observed: 'running' });
    expect(f?.fix).toBeUndefined();
    expect(f?.message).toBe('service "huntarr" is declared "stopped" (crashed or exited) and container "huntarr" in stack "download-stack" is running for 20 s after 3 restarts: recovering, not proposing a fix');
  });

  it('proposes active once the container has run for the minimum since its last restart, restarts before that notwithstanding', () => {
    const [f] = judge({ status: 'Up 2 hours', startedAt: '2026-02-11T10:00:00.000Z', restartCount: 3 });
    expect(f).toMatchObject({ severity: 'error', fix: { value: 'active' }, details: { uptimeFrom: 'start-time' } });
  });

  it('reads the status text conservatively when no start time was observed ("Up About an hour" is 60 min, enough)', () => {
    expect(judge({ status: 'Up About an hour' })[0]).toMatchObject({ fix: { value: 'active' }, details: { uptimeFrom: 'status-text' } });
    expect(judge({ status: 'Up 59 minutes' })[0]?.fix).toBeUndefined();
  });

  it('takes the minimum from fix.min_uptime_minutes', () => {
    expect(judge({ status: 'Up 20 seconds' }, 0)[0]?.fix?.value).toBe('active');
    expect(judge({ status: 'Up 3 hours' }, 240)[0]?.fix).toBeUndefined();
  });
});
