// Extra schemas of the config over the files of a spine: globs, a bound file validated twice over,
// each file parsed and counted once.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { globFiles, isGlob } from '../../src/bindings/glob-files.js';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { loadConfig } from '../../src/config/load-config.js';
import { OK_SPINE, spineWithCase } from './fixture-spine.js';
import type { TempSpine } from './fixture-spine.js';

const cleanups: TempSpine[] = [];
afterEach(() => {
  for (const s of cleanups.splice(0)) s.cleanup();
});

function write(root: string, rel: string, text: string): void {
  mkdirSync(join(root, rel, '..'), { recursive: true });
  writeFileSync(join(root, rel), text);
}

describe('globFiles', () => {
  it('matches * and ? within a segment and ** across directories', async () => {
    expect(await globFiles(OK_SPINE, 'ops/bindings/*.targets.yaml')).toEqual(['ops/bindings/docker.compose.targets.yaml', 'ops/bindings/ssh.targets.yaml']);
    expect(await globFiles(OK_SPINE, '**/SERVICE_REGISTRY.yam?')).toEqual(['docs/governance/SERVICE_REGISTRY.yaml']);
    expect(await globFiles(OK_SPINE, 'ops/*.yaml')).toEqual([]);
    expect(isGlob('ops/bindings/x.yaml')).toBe(false);
    expect(isGlob('ops/**/x.yaml')).toBe(true);
  });
});

describe('loadSpine with extra schemas', () => {
  it('validates a bound file against an extra schema too, and a new file once, counting it once', async () => {
    const spine = spineWithCase();
    cleanups.push(spine);
    const base = await loadSpine(spine.root, await loadConfig(spine.root));
    write(spine.root, 'rules/registry-owner.json', JSON.stringify({ type: 'object', required: ['owner'] }));
    write(spine.root, 'rules/team.json', JSON.stringify({ type: 'object', properties: { lead: { type: 'string' } } }));
    write(spine.root, 'ops/bindings/team.yaml', 'lead: 7\n');
    write(
      spine.root,
      'driftgate.config.yaml',
      'schemas:\n  - file: docs/governance/SERVICE_REGISTRY.yaml\n    schema: rules/registry-owner.json\n  - file: ops/**/team.yaml\n    schema: rules/team.json\n',
    );
    const { problems, fileCount } = await loadSpine(spine.root, await loadConfig(spine.root));
    expect(problems.map((p) => `${p.code} ${p.location.file}:${p.location.line}:${p.location.column}`)).toEqual([
      'SCHEMA_REQUIRED docs/governance/SERVICE_REGISTRY.yaml:2:1', // the top-level map starts after the comment line
      'SCHEMA_TYPE ops/bindings/team.yaml:1:7',
    ]);
    expect(problems[0]?.message).toContain('"owner"');
    // ops/bindings/team.yaml is new; it is parsed by the extra schema and not again as a file beside the bindings
    expect(fileCount).toBe(base.fileCount + 1);
  });
});
