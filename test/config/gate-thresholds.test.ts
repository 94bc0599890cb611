// The new gates' settings in driftgate.config.yaml: merged over the defaults, checked by the schema,
// a warning threshold above the error threshold and a staged path outside the root refused (exit 2).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { loadConfig } from '../../src/config/load-config.js';

const tmp = mkdtempSync(join(tmpdir(), 'driftgate-thresholds-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function configFile(text: string): string {
  const file = join(tmp, `c${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
}

async function refusal(text: string): Promise<string> {
  try {
    await loadConfig(tmp, configFile(text));
  } catch (error) {
    expect((error as { exitCode: number }).exitCode).toBe(2);
    return (error as Error).message;
  }
  throw new Error('expected the config to be refused');
}

describe('the settings of deployed-compose, backup-depth and disk-usage', () => {
  it('default to a staged copy per stack, half the median size, 80 and 90 percent', () => {
    const d = defaultConfig();
    expect(d.compose).toEqual({ staged: 'ops/staged/{stack}/docker-compose.yml' });
    expect(d.backups).toEqual({ sizeRatio: 0.5, compareLast: 7, appTargets: ['app-{service}'] });
    expect(d.disk).toEqual({ warnPercent: 80, maxPercent: 90, ignoreMounts: ['/boot/efi', '/snap/*'] });
  });

  it('are read from the config, keys not given keep their defaults', async () => {
    const c = await loadConfig(tmp, configFile('compose:\n  staged: deploy/{target}/{stack}/compose.yaml\nbackups:\n  size_ratio: 0.3\ndisk:\n  max_percent: 95\n  ignore_mounts: []\n'));
    expect(c.compose.staged).toBe('deploy/{target}/{stack}/compose.yaml');
    expect(c.backups).toEqual({ sizeRatio: 0.3, compareLast: 7, appTargets: ['app-{service}'] });
    expect(c.disk).toEqual({ warnPercent: 80, maxPercent: 95, ignoreMounts: [] });
  });

  it('refuse a warning above the error threshold, a staged path outside the root, a pattern without {stack} or {service}', async () => {
    expect(await refusal('disk:\n  warn_percent: 95\n')).toMatch(/:1:1 disk\.warn_percent 95 is above disk\.max_percent 90/);
    expect(await refusal('compose:\n  staged: ../elsewhere/{stack}.yml\n')).toMatch(/:2:11 compose\.staged "\.\.\/elsewhere\/\{stack\}\.yml" must be relative to the root and stay inside it/);
    expect(await refusal('compose:\n  staged: ops/staged/compose.yml\n')).toMatch(/:2:11 "staged" value .* does not match the pattern .*stack/);
    expect(await refusal('backups:\n  app_targets: [app-db]\n')).toMatch(/:2:17 .* does not match the pattern .*service/);
    expect(await refusal('backups:\n  size_ratio: 2\n')).toMatch(/size_ratio/);
  });
});
