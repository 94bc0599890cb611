// `driftgate schemas export`: the built-in schemas written into the repo, never overwriting a file
// the team changed without --force, the modeline advised per binding file and, with --modelines,
// inserted as one comment line that changes nothing else.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { BINDING_SCHEMAS, precompiledForm } from '../../src/bindings/schemas.js';
import { OK_SPINE } from '../bindings/fixture-spine.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';

/** A built-in schema file as driftgate validates with it under the built-in profile (what export writes). */
function asChecked(name: string): string {
  return `${JSON.stringify(precompiledForm(JSON.parse(readFileSync(join(REPO_DIR, 'schemas', name), 'utf8')) as { $id: string }), null, 2)}\n`;
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function spine(): string {
  const root = mkdtempSync(join(tmpdir(), 'driftgate-export-'));
  dirs.push(root);
  cpSync(OK_SPINE, root, { recursive: true });
  return root;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = memoryIo();
  const code = await main(args, io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

const OUT = '.driftgate/schemas';

describe('schemas export', () => {
  it('writes the schema of every binding kind, the built-in one as the profile reads it (aliases, statuses), and says which modeline each binding file takes', async () => {
    const root = spine();
    const r = await run(['schemas', 'export', '--root', root]);
    expect(r.code).toBe(0);
    const names = readdirSync(join(root, OUT)).sort();
    expect(names).toHaveLength(Object.keys(BINDING_SCHEMAS).length);
    for (const name of names) expect(readFileSync(join(root, OUT, name), 'utf8')).toBe(asChecked(name));
    expect(r.out).toContain('exported 13 built-in schemas to .driftgate/schemas (13 written, 0 unchanged)');
    expect(r.out).toContain('  docs/governance/SERVICE_REGISTRY.yaml\n    # yaml-language-server: $schema=../../.driftgate/schemas/service-registry.schema.json\n');
    expect(r.out).toContain('  ops/bindings/ssh.targets.yaml\n    # yaml-language-server: $schema=../../.driftgate/schemas/ssh.targets.schema.json\n');
    expect(r.out).not.toContain('operational.gaps.yaml\n'); // not in this spine: no advice
    expect((await run(['schemas', 'export', '--root', root])).out).toContain('(0 written, 13 unchanged)');
  });

  it('never overwrites a file the team changed without --force, and then writes nothing at all', async () => {
    const root = spine();
    mkdirSync(join(root, OUT), { recursive: true });
    writeFileSync(join(root, OUT, 'vm.lifecycle.schema.json'), '{"edited": true}\n');
    const r = await run(['schemas', 'export', '--root', root]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'driftgate: 1 existing file(s) differ from the built-in schemas and were not overwritten (.driftgate/schemas/vm.lifecycle.schema.json); nothing was written. Keep your edits, or use --force to replace them\n',
    );
    expect(readdirSync(join(root, OUT))).toEqual(['vm.lifecycle.schema.json']);
    const forced = await run(['schemas', 'export', '--root', root, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('  replaced  .driftgate/schemas/vm.lifecycle.schema.json');
    expect(readFileSync(join(root, OUT, 'vm.lifecycle.schema.json'), 'utf8')).toBe(asChecked('vm.lifecycle.schema.json'));
  });

  it('--dir must stay inside the root', async () => {
    const r = await run(['schemas', 'export', '--root', spine(), '--dir', '../elsewhere']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('driftgate: --dir "../elsewhere" must be a directory relative to the root and inside it\n');
  });

  it('--modelines inserts one comment line at the top and changes nothing else; a file naming a schema is left as it is', async () => {
    const root = spine();
    const ssh = join(root, 'ops/bindings/ssh.targets.yaml');
    const health = join(root, 'ops/bindings/services.health.yaml');
    const compose = join(root, 'ops/bindings/docker.compose.targets.yaml');
    const sshBefore = readFileSync(ssh, 'utf8');
    // a CRLF file with a byte order mark and its own mode, and a file that already names a schema
    const crlf = `\uFEFF${readFileSync(health, 'utf8').replace(/\n/g, '\r\n')}`;
    writeFileSync(health, crlf);
    chmodSync(health, 0o640);
    const own = `# yaml-language-server: $schema=https://example.test/compose.json\n${readFileSync(compose, 'utf8')}`;
    writeFileSync(compose, own);
    const r = await run(['schemas', 'export', '--root', root, '--modelines']);
    expect(r.code).toBe(0);
    expect(readFileSync(ssh, 'utf8')).toBe(`# yaml-language-server: $schema=../../.driftgate/schemas/ssh.targets.schema.json\n${sshBefore}`);
    expect(readFileSync(health, 'utf8')).toBe(`\uFEFF# yaml-language-server: $schema=../../.driftgate/schemas/services.health.schema.json\r\n${crlf.slice(1)}`);
    expect(statSync(health).mode & 0o777).toBe(0o640);
    expect(parse(readFileSync(health, 'utf8'))).toEqual(parse(crlf));
    expect(readFileSync(compose, 'utf8')).toBe(own);
    expect(r.out).toContain('  inserted  ops/bindings/ssh.targets.yaml');
    expect(r.out).toContain('  kept      ops/bindings/docker.compose.targets.yaml (already names https://example.test/compose.json; left as is)');
    // a second run inserts nothing
    expect((await run(['schemas', 'export', '--root', root, '--modelines'])).out).not.toContain('inserted');
  });

  it('advises no modeline for a binding whose schema the config replaces', async () => {
    const root = spine();
    writeFileSync(join(root, 'own.json'), '{"type": "object"}');
    writeFileSync(join(root, 'driftgate.config.yaml'), 'schemas:\n  - file: ops/bindings/ssh.targets.yaml\n    schema: own.json\n    replace: true\n');
    const r = await run(['schemas', 'export', '--root', root]);
    expect(r.out).toContain('  ops/bindings/ssh.targets.yaml\n    (none: its schema is replaced by own.json in the config; a modeline naming the built-in schema would disagree with driftgate)\n');
  });
});
