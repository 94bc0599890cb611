// The `history:` settings of driftgate.config.yaml: merged over the built-in rules per gate, and
// checked for windows the state cannot hold (exit 2 naming the rule's line).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { ruleFor } from '../../src/history/damping.js';

const dir = mkdtempSync(join(tmpdir(), 'driftgate-history-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(yaml: string) {
  const file = join(dir, 'driftgate.config.yaml');
  writeFileSync(file, yaml);
  return loadConfig(dir, file);
}

describe('history settings', () => {
  it('merges damping rules over the built-in ones, by gate id or alias', async () => {
    const config = await load(['history:', '  keep_runs: 10', '  heartbeat_hours: 30', '  damping:', '    default: { fix_runs: 3 }', '    D23: { seen: 3, of: 5 }', 'fix:', '  min_uptime_minutes: 120', ''].join('\n'));
    expect(config.history).toMatchObject({ keepRuns: 10, minGapMinutes: 60, heartbeatHours: 30 });
    expect(config.fix.minUptimeMinutes).toBe(120);
    expect(ruleFor(config.history, { id: 'health', aliases: ['D23'] })).toEqual({ seen: 3, of: 5, maxFlips: 1, fixRuns: 3 });
    expect(ruleFor(config.history, { id: 'backup-freshness', aliases: ['D19'] })).toEqual({ seen: 1, of: 3, maxFlips: 1, fixRuns: 3 });
  });

  it('keeps the built-in health rule when only the default changes', async () => {
    const config = await load('history:\n  damping:\n    default: { max_flips: 2 }\n');
    expect(ruleFor(config.history, { id: 'health', aliases: ['D23'] })).toEqual({ seen: 2, of: 3, maxFlips: 2, fixRuns: 2 });
  });

  it('takes the heartbeat\'s weight under gates:, and damping keys that name a gate', async () => {
    const config = await load('gates:\n  heartbeat: error\nhistory:\n  damping:\n    D23: { seen: 2, of: 2 }\n    registry-status: { fix_runs: 3 }\n');
    expect(config.gates.heartbeat).toBe('error');
    expect(ruleFor(config.history, { id: 'registry-status', aliases: [] }).fixRuns).toBe(3);
  });

  it.each([
    ['history:\n  keep_runs: 2\n', 'history.damping.default: of (3) exceeds history.keep_runs (2)'],
    ['history:\n  damping:\n    health: { seen: 4 }\n', ':3:5 history.damping.health: seen (4) cannot exceed of (3)'],
    ['history:\n  damping:\n    health: { flaps: 1 }\n', 'flaps'],
    ['history:\n  damping:\n    helth: { seen: 2 }\n', ':3:5 unknown gate "helth" in history.damping; did you mean "health"?'],
  ])('refuses %j', async (yaml, message) => {
    await expect(load(yaml)).rejects.toThrow(message);
  });
});
