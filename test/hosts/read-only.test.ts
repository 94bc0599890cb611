// Every command a live run sends is read-only. Statically: each exec `hosts commands` lists (the
// same text a run sends, test/hosts/commands.test.ts) runs only reading programs and verbs and
// redirects only to stderr or /dev/null. By running it: the whole template, every section of every
// gate, run by /bin/sh over stack directories, compose files and backup files leaves them exactly
// as they were (contents, sizes, modes, times) and writes nothing into its working directory.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpine } from '../../src/bindings/load-spine.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { remoteCommands } from '../../src/hosts/remote-commands.js';
import { hostBatchCommand, sectionIds, type HostBatch } from '../../src/probes/host-batch.js';
import { reachModel } from '../lab/lab-fixture.js';
import { REPO_DIR, SPINE_DIR, SPINE_NEXT_DIR } from '../support/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'driftgate-read-only-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The programs a batch may run, and the first arguments allowed where a program can also write. */
const READERS = new Set(['b', 'e', 'printf', 'cd', 'pwd', 'exit', '[', 'set', 'find', 'stat', 'sed', 'cat', 'uname', 'df', 'timeout', 'docker', 'qm', 'pct', 'pvesh']);
const VERBS: Record<string, string[]> = { docker: ['ps', 'inspect', 'info'], qm: ['list'], pct: ['list'], pvesh: ['get'] };
const KEYWORDS = new Set(['for', 'do', 'done', 'if', 'then', 'else', 'fi', '!']);

/** The command text with quoted text blanked and find's \( \) and {} + made plain words. */
const blank = (command: string): string => command.replace(/'[^']*'/g, "''").replace(/\\[()]/g, 'GROUP').replace(/\{\} \+/g, 'FILES');

/** The simple commands of a template line: split at ; && || | ( ) { } (so $( ) too). */
function simpleCommands(command: string): string[][] {
  return blank(command)
    .split(/\n|;|&&|\|\||[|(){}]/)
    .map((part) => part.trim().split(/\s+/).filter((w) => w !== '' && !/^["$]+$/.test(w)))
    .map((words) => {
      while (words.length > 0 && (KEYWORDS.has(words[0]!) || /^[A-Za-z_]\w*=/.test(words[0]!) || words[0] === '$')) words.shift();
      return words;
    })
    .filter((words) => words.length > 0 && words[0] !== 'for' && !(words[1] === 'in'));
}

/** What is wrong with a command in read-only terms (empty: nothing). */
function writes(command: string): string[] {
  const wrong: string[] = [];
  for (const m of blank(command).matchAll(/\d*>+[^\s;)"]*/g)) if (m[0] !== '>&2' && m[0] !== '2>/dev/null') wrong.push(`redirection ${m[0]}`);
  for (const words of simpleCommands(command)) {
    let [program, ...args] = words;
    if (program === 'timeout') [program, ...args] = args.slice(1);
    if (!program || !READERS.has(program)) wrong.push(`program ${String(program)} (${words.join(' ')})`);
    const verbs = program ? VERBS[program] : undefined;
    if (verbs && !verbs.includes(args[0] ?? '')) wrong.push(`${program} ${String(args[0])}`);
    if (program === 'find') {
      const actions = args.filter((a) => /^-(delete|exec|execdir|ok|okdir|fprint\w*|fls)$/.test(a));
      if (actions.some((a) => a !== '-exec') || (actions.length > 0 && args[args.indexOf('-exec') + 1] !== 'stat')) wrong.push(`find ${actions.join(' ')}`);
    }
    if (program === 'sed' && args.some((a) => a.startsWith('-'))) wrong.push(`sed ${args.join(' ')}`);
  }
  // sed's script is quoted: only the one substitution that prefixes each line
  for (const m of command.matchAll(/\bsed ('[^']*')/g)) if (m[1] !== "'s/^/|/'") wrong.push(`sed script ${m[1]}`);
  return wrong;
}

describe('the commands of a live run are read-only', () => {
  it('the check itself finds a write: a redirection, rm, sed -i, find -delete, docker rm, qm start, pvesh set', () => {
    for (const bad of ['printf x > /etc/motd', 'rm -rf /', "sed -i 's/^/|/' f", 'find / -delete', 'docker rm x', 'qm start 100', 'pvesh set /cluster/backup', "sed 's/x/y/w /tmp/out' f", 'find / -exec rm {} +']) {
      expect(writes(bad), bad).not.toEqual([]);
    }
  });

  for (const [name, root] of [['the example spine', join(REPO_DIR, 'examples/spine')], ['../shared/spine', SPINE_DIR], ['../shared/spine-next', SPINE_NEXT_DIR]] as const) {
    it(`every exec hosts commands lists for ${name}, with every gate, reads only`, async () => {
      const config = defaultConfig();
      const { model } = await loadSpine(root, config);
      const hosts = remoteCommands(model, config);
      const commands = hosts.flatMap((h) => h.commands.map((c) => c.command));
      expect(commands.length).toBeGreaterThan(2);
      for (const h of hosts) for (const c of h.commands) expect(writes(c.command), `${h.id}: ${c.purpose}`).toEqual([]);
    });
  }

  it('the lab\'s reach model too (jump hosts, an LXC hypervisor, an endpoint over SSH)', async () => {
    const config = defaultConfig();
    const hosts = remoteCommands(await reachModel(), config);
    for (const h of hosts) for (const c of h.commands) expect(writes(c.command), `${h.id}: ${c.purpose}`).toEqual([]);
  });
});

/** path → size, mode, mtime and content hash of every file and directory under `dir`. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = statSync(p);
      const hash = s.isFile() ? createHash('sha256').update(readFileSync(p)).digest('hex') : 'dir';
      out[p.slice(dir.length)] = `${s.size} ${s.mode.toString(8)} ${s.mtimeMs} ${hash}`;
      if (s.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

describe('the whole template run by /bin/sh', () => {
  it('reads stack directories, compose files and backups and leaves every byte and time as it was', () => {
    const stacks = join(tmp, 'stacks');
    const dumps = join(tmp, 'dumps');
    const work = join(tmp, 'home');
    const bin = join(tmp, 'bin');
    for (const d of [join(stacks, 'web'), join(stacks, 'bare'), dumps, work, bin]) mkdirSync(d, { recursive: true });
    writeFileSync(join(stacks, 'web', 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
    for (const [file, age] of [['vzdump-qemu-301-a.vma.zst', 48], ['vzdump-qemu-301-b.vma.zst', 2]] as const) {
      writeFileSync(join(dumps, file), Buffer.alloc(64));
      const t = (Date.now() - age * 3_600_000) / 1000;
      utimesSync(join(dumps, file), t, t);
    }
    // docker, qm, pct and pvesh of this machine (if any) never run: stand-ins that print nothing
    for (const tool of ['docker', 'qm', 'pct', 'pvesh']) {
      writeFileSync(join(bin, tool), '#!/bin/sh\nexit 0\n');
      chmodSync(join(bin, tool), 0o755);
    }
    const batch: HostBatch = {
      docker: true,
      stacks: [join(stacks, 'web'), join(stacks, 'bare'), join(tmp, 'nowhere')],
      backups: { dirs: [dumps], globs: ['vzdump-qemu-301-*.vma.zst'] },
      hypervisor: true,
      composeFiles: [join(stacks, 'web'), join(stacks, 'bare')],
      backupSizes: { dirs: [dumps], globs: [] },
      backupJobs: true,
      disk: 'docker',
    };
    const command = hostBatchCommand(batch);
    expect(writes(command)).toEqual([]);
    const before = snapshot(tmp);
    const run = spawnSync('/bin/sh', ['-c', command], { cwd: work, encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin`, HOME: work } });
    // it did run every section, reading what is there
    for (const id of sectionIds(batch)) expect(run.stdout, id).toMatch(new RegExp(`\\n@@end ${id} \\d+\\n`));
    expect(run.stdout).toContain('@@file compose.yaml\n|services:\n');
    expect(run.stdout).toMatch(/ 64 .*vzdump-qemu-301-b\.vma\.zst/);
    expect(run.stdout).toMatch(/\n@@end disk 0\n/);
    expect(snapshot(tmp)).toEqual(before);
    expect(readdirSync(work)).toEqual([]);
  });
});
