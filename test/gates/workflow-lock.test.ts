import { describe, expect, it } from 'vitest';
import { branchMatches, triggersOn, unpinnedDownloads, unpinnedUses } from '../../src/gates/workflow-checks.js';

describe('triggersOn', () => {
  it('reads on: as a string, a list or a map', () => {
    expect(triggersOn('push', 'push', 'main')).toBe(true);
    expect(triggersOn(['push', 'pull_request'], 'pull_request', 'main')).toBe(true);
    expect(triggersOn({ push: null }, 'pull_request', 'main')).toBe(false);
    expect(triggersOn({ pull_request: null }, 'pull_request', 'main')).toBe(true);
  });
  it('honours branches and branches-ignore filters with globs and negations', () => {
    expect(triggersOn({ push: { branches: ['main'] } }, 'push', 'main')).toBe(true);
    expect(triggersOn({ push: { branches: 'develop' } }, 'push', 'main')).toBe(false);
    expect(triggersOn({ push: { branches: ['release/**', 'ma*'] } }, 'push', 'main')).toBe(true);
    expect(triggersOn({ push: { 'branches-ignore': ['main'] } }, 'push', 'main')).toBe(false);
    expect(triggersOn({ push: { tags: ['v*'] } }, 'push', 'main')).toBe(true);
  });
  it('evaluates branch patterns in order', () => {
    expect(branchMatches(['**', '!main'], 'main')).toBe(false);
    expect(branchMatches(['!main', '**'], 'main')).toBe(true);
    expect(branchMatches(['feature/*'], 'feature/a/b')).toBe(false);
  });
});

describe('unpinnedUses', () => {
  it('accepts SHAs, version tags and local actions; rejects moving refs, no ref and untagged images', () => {
    expect(unpinnedUses('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683')).toBeUndefined();
    expect(unpinnedUses('actions/checkout@v4')).toBeUndefined();
    expect(unpinnedUses('./.gitea/actions/setup')).toBeUndefined();
    expect(unpinnedUses('docker://alpine:3.20')).toBeUndefined();
    expect(unpinnedUses('docker://alpine@sha256:abc')).toBeUndefined();
    expect(unpinnedUses('actions/checkout@main')).toBe('follows the moving ref "main"');
    expect(unpinnedUses('owner/action')).toBe('names no version');
    expect(unpinnedUses('docker://alpine')).toBe('has no tag or digest');
    expect(unpinnedUses('docker://ghcr.io/x/y:latest')).toBe('uses the moving tag "latest"');
  });
});

describe('unpinnedDownloads', () => {
  it('finds releases/latest URLs and downloads piped into a shell, not versioned URLs', () => {
    const script = [
      'wget -qO /usr/local/bin/yq https://github.com/mikefarah/yq/releases/latest/download/yq_linux_amd64',
      'curl -fsSL https://example.test/install.sh | sudo bash',
      'curl -fsSLO https://github.com/x/y/releases/download/v1.2.3/y.tar.gz',
    ].join('\n');
    expect(unpinnedDownloads(script).map((d) => d.match)).toEqual([
      'https://github.com/mikefarah/yq/releases/latest/download/yq_linux_amd64',
      'curl -fsSL https://example.test/install.sh | sudo bash',
    ]);
  });
});
