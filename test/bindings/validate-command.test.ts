// `driftgate validate` over the fixture spine and one broken file per case: exit code, code and exact place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateCommand } from '../../src/cli/commands/validate.js';
import type { CommonOptions } from '../../src/cli/options.js';
import type { Report } from '../../src/report/types.js';
import { memoryIo } from '../support/io.js';
import { SPINE_DIR } from '../support/paths.js';
import { OK_SPINE, spineWithCase } from './fixture-spine.js';
import type { TempSpine } from './fixture-spine.js';

const cleanups: TempSpine[] = [];
afterEach(() => {
  for (const s of cleanups.splice(0)) s.cleanup();
});

function opts(root: string, extra: Partial<CommonOptions> = {}): CommonOptions {
  return { root, format: 'text', ...extra };
}

async function runCase(caseName: string, format: 'text' | 'json' = 'text') {
  const spine = spineWithCase(caseName);
  cleanups.push(spine);
  const io = memoryIo();
  const code = await validateCommand(opts(spine.root, { format }), io);
  return { code, out: io.out.join(''), lines: io.out.join('').trimEnd().split('\n') };
}

async function jsonCase(caseName: string) {
  const { code, out } = await runCase(caseName, 'json');
  return { code, report: JSON.parse(out) as Report };
}

describe('validate on valid spines', () => {
  it('passes the reference corpus and states the file count', async () => {
    const io = memoryIo();
    const code = await validateCommand(opts(SPINE_DIR), io);
    const out = io.out.join('');
    expect(code).toBe(0);
    expect(out).toMatch(/^validated (\d+) files: 0 errors, 0 warnings\n$/);
    expect(Number(/validated (\d+) files/.exec(out)?.[1])).toBeGreaterThanOrEqual(12);
  });

  it('passes the fixture spine (9 files: 6 core bindings, Caddyfile, one workflow, one unbound yaml)', async () => {
    const io = memoryIo();
    expect(await validateCommand(opts(OK_SPINE), io)).toBe(0);
    expect(io.out.join('')).toBe('validated 9 files: 0 errors, 0 warnings\n');
  });

  it('accepts a UTF-8 BOM and CRLF line ends', async () => {
    const { code, lines } = await runCase('bom-crlf');
    expect(code).toBe(0);
    expect(lines).toEqual(['validated 9 files: 0 errors, 0 warnings']);
  });
});

describe('validate finds every kind of bad input at its exact place', () => {
  const cases: Array<[string, string, string, 'error' | 'warning']> = [
    ['wrong-type', 'SCHEMA_TYPE', 'ops/bindings/vm.lifecycle.yaml:5:11', 'error'],
    ['unknown-enum', 'SCHEMA_ENUM', 'docs/governance/SERVICE_REGISTRY.yaml:20:13', 'error'],
    ['duplicate-key', 'DUPLICATE_KEY', 'ops/bindings/ssh.targets.yaml:14:7', 'error'],
    ['missing-required', 'SCHEMA_REQUIRED', 'ops/bindings/backup.inventory.yaml:8:5', 'error'],
    ['broken-yaml', 'YAML_SYNTAX', 'ops/bindings/services.health.yaml:20:13', 'error'],
    ['alias-bomb', 'ALIAS_LIMIT', 'ops/bindings/docker.compose.targets.yaml:3:8', 'error'],
    ['shell-path', 'SCHEMA_PATTERN', 'ops/bindings/docker.compose.targets.yaml:9:15', 'error'],
    ['non-utf8', 'FILE_ENCODING', 'ops/bindings/ssh.targets.yaml:11:18', 'error'],
    ['binary', 'FILE_BINARY', 'ops/bindings/backup.inventory.yaml:3:13', 'error'],
    ['unknown-key', 'UNKNOWN_KEY', 'docs/governance/SERVICE_REGISTRY.yaml:13:5', 'warning'],
  ];

  it.each(cases)('%s → %s at %s', async (caseName, code, place, severity) => {
    const text = await runCase(caseName);
    expect(text.code).toBe(severity === 'error' ? 1 : 0);
    expect(text.lines).toHaveLength(2);
    // the one-line form `check` prints too: file:line:col: severity message [schema]
    expect(text.lines[0]?.startsWith(`${place}: ${severity} `)).toBe(true);
    expect(text.lines[0]?.endsWith(' [schema]')).toBe(true);
    expect(text.lines[1]).toBe(`validated 9 files: ${severity === 'error' ? '1 error, 0 warnings' : '0 errors, 1 warning'}`);

    const { report } = await jsonCase(caseName);
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    const [file, line, column] = place.split(':');
    expect(finding?.details?.code).toBe(code);
    expect(finding?.severity).toBe(severity);
    expect(finding?.locations).toHaveLength(1);
    expect(finding?.locations[0]).toMatchObject({ file, line: Number(line), column: Number(column) });
    expect(finding?.subject).toEqual({ kind: 'file', id: file });
    expect(finding?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(report.result).toBe(severity === 'error' ? 'drift' : 'pass');
  });

  it('names the field and the value in schema messages; the JSON report has the pointer', async () => {
    const { lines } = await runCase('shell-path');
    expect(lines[0]).toContain('"path" value "/opt; rm -rf /"');
    const { report } = await jsonCase('shell-path');
    expect(report.findings[0]?.locations[0]?.pointer).toBe('/targets/alpha/stacks/0/path');
  });

  it('names the entry a required field is missing from', async () => {
    expect((await runCase('missing-required')).lines[0]).toContain('item 0 of "targets" (name "vm-301") is missing the required field "glob"');
  });

  it('suggests the closest key for an unknown key and the closest value for an unknown enum value', async () => {
    expect((await runCase('unknown-key')).lines[0]).toContain('unknown key "contaner" in "worker"; did you mean "container"?');
    expect((await runCase('unknown-enum')).lines[0]).toContain('"stoped"; did you mean "stopped"?');
  });

  it('parses every other yaml beside the bindings (syntax and duplicate keys, no schema)', async () => {
    const { code, lines } = await runCase('broken-extra');
    expect(code).toBe(1);
    expect(lines.slice(0, 2).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      'ops/bindings/notes.yaml:2:1: error',
      'ops/bindings/notes.yaml:3:8: error',
    ]);
  });

  it('reports a missing core binding file and exits 1', async () => {
    const spine = spineWithCase();
    cleanups.push(spine);
    const { rmSync } = await import('node:fs');
    rmSync(join(spine.root, 'ops/bindings/ssh.targets.yaml'));
    const io = memoryIo();
    expect(await validateCommand(opts(spine.root), io)).toBe(1);
    expect(io.out[0]).toMatch(/^ops\/bindings\/ssh\.targets\.yaml:1:1: error .*does not exist/);
  });

  it('writes the report to --out and prints the summary on stderr', async () => {
    const spine = spineWithCase('unknown-key');
    cleanups.push(spine);
    const io = memoryIo();
    const out = join(spine.root, 'report.json');
    expect(await validateCommand(opts(spine.root, { format: 'json', out }), io)).toBe(0);
    expect(io.out.join('')).toBe('');
    expect(io.err.join('')).toBe(`validated 9 files: 0 errors, 1 warning; report written to ${out}\n`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.summary).toMatchObject({ files: 9, errors: 0, warnings: 1 });
    expect(report.gates).toEqual([expect.objectContaining({ id: 'schema', result: 'warn', findings: 1 })]);
  });
});

describe('validate misuse exits 2', () => {
  it('a root that does not exist is a UserError with exit code 2', async () => {
    await expect(validateCommand(opts('/nonexistent/driftgate-root'), memoryIo())).rejects.toMatchObject({
      name: 'UserError',
      exitCode: 2,
      message: 'root directory not found: /nonexistent/driftgate-root',
    });
  });
});
