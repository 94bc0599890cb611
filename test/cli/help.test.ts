// `driftgate --help`, every subcommand's --help and the README's command list agree: every command
// the CLI has is in the README's table, every flag a README row or the common-flags table names is
// in that command's --help, and every flag a --help lists is documented in the README. CHANGELOG.md
// names every command, gate and fix kind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { FIX_KINDS } from '../../src/gates/fix-kinds.js';
import { GATES } from '../../src/gates/index.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';

const README = readFileSync(join(REPO_DIR, 'README.md'), 'utf8');

/** The rows of the README table that follows `heading` (a line of its own). */
function tableAfter(heading: string): string[][] {
  const lines = README.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('|')) {
      if (rows.length > 0) break;
      continue;
    }
    rows.push(line.replace(/\\\|/g, '/').split('|').slice(1, -1).map((c) => c.trim()));
  }
  return rows.slice(2); // header and separator
}

const flagsIn = (text: string): string[] => [...new Set([...text.matchAll(/(?<![\w-])--[a-z][a-z-]*/g)].map((m) => m[0]))];

/** A README command row: its command path (`hosts pin`) and the flags the row names. */
const COMMANDS = tableAfter('## Commands').map(([command = '', does = '']) => {
  const words = command.replace(/`/g, '').split(/\s+/).slice(1);
  const path = words.slice(0, words.findIndex((w) => w.startsWith('-') || w.startsWith('[')) >>> 0);
  return { path, flags: flagsIn(`${command} ${does}`) };
});

async function help(path: string[]): Promise<string> {
  const io = memoryIo();
  expect(await main([...path, '--help'], io), path.join(' ')).toBe(0);
  return io.out.join('');
}

/** The flags a --help text lists in its Options section. */
function helpFlags(text: string): string[] {
  const options = text.split(/^Options:$/m)[1]?.split(/^\S/m)[0] ?? '';
  return [...options.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((m) => m[1] as string).filter((f) => f !== '--help');
}

/** Every command path of the CLI: `driftgate --help` lists the top level, `<group> --help` the rest. */
async function leafCommands(): Promise<string[][]> {
  const names = (text: string) => [...(text.split(/^Commands:$/m)[1] ?? '').matchAll(/^ {2}([a-z-]+)/gm)].map((m) => m[1] as string).filter((n) => n !== 'help');
  const leaves: string[][] = [];
  for (const name of names(await help([]))) {
    const sub = names(await help([name]));
    if (sub.length === 0) leaves.push([name]);
    else leaves.push(...sub.map((s) => [name, s]));
  }
  return leaves;
}

describe('--help and the README command list', () => {
  it('every command of the CLI has a row in the README table, and every row names a command', async () => {
    const leaves = (await leafCommands()).map((p) => p.join(' '));
    expect(leaves.length).toBeGreaterThan(10);
    const documented = new Set(COMMANDS.map((c) => c.path.join(' ')));
    expect(leaves.filter((l) => !documented.has(l))).toEqual([]);
    expect([...documented].filter((d) => !leaves.includes(d))).toEqual([]);
  });

  it('every flag a README row names is in that command\'s --help', async () => {
    const missing: string[] = [];
    for (const { path, flags } of COMMANDS) {
      const listed = helpFlags(await help(path));
      for (const f of flags) if (!listed.includes(f)) missing.push(`${path.join(' ')} ${f}`);
    }
    expect(missing).toEqual([]);
  });

  it('every common flag is in the --help of the commands its row names (check when it names none)', async () => {
    const rows = tableAfter('Common flags:');
    expect(rows.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const [flag = '', meaning = ''] of rows) {
      const name = flagsIn(flag)[0]!;
      const scope = /^((?:`[a-z]+`(?:\/|, )?)+):/.exec(meaning)?.[1];
      const commands = scope ? [...scope.matchAll(/`([a-z]+)`/g)].map((m) => m[1] as string) : ['check'];
      for (const c of commands) if (!helpFlags(await help([c])).includes(name)) missing.push(`${c} ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('every flag a command\'s --help lists is documented in the README', async () => {
    const undocumented: string[] = [];
    for (const path of await leafCommands()) {
      for (const f of helpFlags(await help(path))) if (!README.includes(`${f}`)) undocumented.push(`${path.join(' ')} ${f}`);
    }
    expect(undocumented).toEqual([]);
  });

  it('check --help states the exit codes as the README does, with the inputs refused before probing', async () => {
    const text = (await help(['check'])).replace(/\s+/g, ' ');
    for (const code of ['0 nothing blocking', '1 blocking drift', '2 the tool could not evaluate', '3 inconclusive']) expect(text).toContain(code);
    expect(text).toContain('a public key as --identity, an empty known_hosts, no identity and no ssh-agent; refused before probing');
    expect(README.replace(/\s+/g, ' ')).toContain('(a public key as `--identity`, an empty known_hosts, no identity and no agent): refused before probing');
  });

  it('probe has no --format (it writes a JSON snapshot) and validate takes no probe inputs', async () => {
    expect(helpFlags(await help(['probe']))).not.toContain('--format');
    expect(helpFlags(await help(['validate']))).toEqual(['--root', '--config', '--format', '--out']);
    const io = memoryIo();
    expect(await main(['validate', '--identity', 'x'], io)).toBe(2);
    expect(io.err.join('')).toContain("unknown option '--identity'");
  });
});

describe('CHANGELOG.md', () => {
  const changelog = readFileSync(join(REPO_DIR, 'CHANGELOG.md'), 'utf8');

  it('names every command, gate and fix kind the tool has', async () => {
    const missing = [
      ...(await leafCommands()).map((p) => p.join(' ')).filter((c) => !changelog.includes(c)),
      ...GATES.map((g) => g.id).filter((id) => !changelog.includes(`\`${id}\``)),
      ...FIX_KINDS.map((k) => k.id).filter((id) => !changelog.includes(`\`${id}\``)),
    ];
    expect(missing).toEqual([]);
  });
});
