import { describe, expect, it } from 'vitest';
import { compareVersions, giteaAtLeast, parseServerVersion } from '../../src/gitea/server-info.js';
import { runUrl, statusFromReport } from '../../src/report/commit-status.js';
import type { Report } from '../../src/report/types.js';

describe('parseServerVersion', () => {
  it.each([
    ['1.27.0', 'gitea', '1.27.0', '1.27.0'],
    ['1.26.1+dev-12-gabcdef', 'gitea', '1.26.1', '1.26.1'],
    ['v1.25.3', 'gitea', '1.25.3', '1.25.3'],
    ['7.0.0+gitea-1.22.0', 'forgejo', '7.0.0', '1.22.0'],
    ['11.0.1-87-5e2fa8a+gitea-1.22.0', 'forgejo', '11.0.1', '1.22.0'],
  ])('%s', (raw, product, version, giteaVersion) => {
    expect(parseServerVersion(raw)).toEqual({ product, version, giteaVersion, raw });
  });

  it('compares dotted versions numerically', () => {
    expect(compareVersions('1.26', '1.26.0')).toBe(0);
    expect(compareVersions('1.9.0', '1.26.0')).toBeLessThan(0);
    expect(giteaAtLeast(parseServerVersion('1.26.0'), '1.26.0')).toBe(true);
    expect(giteaAtLeast(undefined, '1.0.0')).toBe(false);
  });
});

describe('runUrl', () => {
  const base = { repository: 'ops/spine', runId: '4711', runNumber: '12' };
  it('uses the run id on Gitea 1.26+ and GitHub-style unknown servers', () => {
    expect(runUrl({ ...base, serverUrl: 'https://git.example.com/', server: parseServerVersion('1.26.0') })).toBe(
      'https://git.example.com/ops/spine/actions/runs/4711',
    );
    expect(runUrl({ ...base, serverUrl: 'https://github.com' })).toBe('https://github.com/ops/spine/actions/runs/4711');
  });
  it('uses the run number on older Gitea and on Forgejo, and keeps sub-paths', () => {
    expect(runUrl({ ...base, serverUrl: 'https://example.com/git', server: parseServerVersion('1.25.2') })).toBe(
      'https://example.com/git/ops/spine/actions/runs/12',
    );
    expect(runUrl({ ...base, serverUrl: 'https://code.example.org/', server: parseServerVersion('7.0.0+gitea-1.22.0') })).toBe(
      'https://code.example.org/ops/spine/actions/runs/12',
    );
  });
  it('prefers the repository html_url (ROOT_URL, what people open) over an internal server URL', () => {
    const server = parseServerVersion('1.27.0');
    expect(runUrl({ ...base, serverUrl: 'http://gitea:3000/', server, repoUrl: 'https://example.com/git/ops/spine/' })).toBe(
      'https://example.com/git/ops/spine/actions/runs/4711',
    );
    expect(runUrl({ ...base, serverUrl: 'http://gitea:3000/', server, repoUrl: '' })).toBe('http://gitea:3000/ops/spine/actions/runs/4711');
  });
  it('is undefined without a run', () => {
    expect(runUrl({ serverUrl: 'https://x/', repository: 'a/b' })).toBeUndefined();
  });
});

describe('statusFromReport', () => {
  const report = (result: Report['result'], errors: number, warnings: number): Report => ({
    version: 1,
    tool: { name: 'driftgate', version: '0.1.0' },
    root: '.',
    result,
    durationMs: 5,
    summary: { files: 1, gates: 1, errors, warnings, notices: 0 },
    gates: [],
    findings: [],
  });
  it('maps results to states', () => {
    expect(statusFromReport(report('drift', 2, 1))).toEqual({ state: 'failure', description: 'drift: 2 errors, 1 warning' });
    expect(statusFromReport(report('pass', 0, 0))).toEqual({ state: 'success', description: 'no drift' });
    expect(statusFromReport(report('inconclusive', 0, 0)).state).toBe('error');
  });
});
