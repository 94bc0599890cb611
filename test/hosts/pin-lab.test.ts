// `driftgate hosts pin` against the lab (ssh2 servers, each with its own host key, behind the
// connect map): writes reviewable pins that `check` then uses, shows a re-run as unchanged,
// detects changed keys on a rebuilt infrastructure and refuses to overwrite them unless accepted.
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { type Lab, startLab } from '../../src/lab/start-lab.js';
import type { Scenario } from '../../src/lab/types.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';

const ROOT = resolve(REPO_DIR, 'examples/spine');
const NOW = new Date('2026-02-11T12:00:00Z');
const TARGETS = [
  ['pve', '100.64.0.2', 'root'],
  ['edge', '100.64.0.11', 'ubuntu'],
  ['apps', '100.64.0.12', 'deploy'],
  ['media', '100.64.0.13', 'ubuntu'],
  ['nas', '100.64.0.20', 'backup'],
] as const;

const tmp = mkdtempSync(join(tmpdir(), 'driftgate-pin-'));
const labs: Lab[] = [];
let lab: Lab;
let rebuilt: Lab;

async function labFor(name: string, scenario: string | Scenario = resolve(REPO_DIR, 'examples/scenarios/all-as-declared.yaml')): Promise<Lab> {
  const l = await startLab({ root: ROOT, scenario, outDir: join(tmp, name), now: NOW, cwd: REPO_DIR });
  labs.push(l);
  return l;
}

beforeAll(async () => {
  lab = await labFor('lab');
  rebuilt = await labFor('rebuilt'); // the same hosts with fresh host keys
});
afterAll(async () => {
  await Promise.all(labs.map((l) => l.close()));
  rmSync(tmp, { recursive: true, force: true });
});

async function pin(l: Lab, file: string, ...extra: string[]) {
  const io = memoryIo();
  const code = await main(['hosts', 'pin', '--root', ROOT, '--connect-map', l.files!.connectMap, '--known-hosts', file, ...extra], io);
  return { code, out: io.out.join(''), err: io.err.join('') };
}

function row(out: string, id: string): string {
  return out.split('\n').find((l) => new RegExp(`^  \\S+ +${id} `).test(l)) ?? '';
}

async function checkWith(l: Lab, file: string): Promise<number> {
  return main(['check', '--root', ROOT, '--connect-map', l.files!.connectMap, '--known-hosts', file, '--identity', l.files!.identity, '--quiet'], memoryIo());
}

describe('hosts pin against the lab', () => {
  const file = join(tmp, 'known_hosts');

  it('writes one commented plain entry per declared ssh target, which check then uses', async () => {
    const { code, out } = await pin(lab, file);
    expect(code).toBe(0);
    const text = readFileSync(file, 'utf8');
    for (const [id, address, user] of TARGETS) {
      expect(row(out, id)).toMatch(new RegExp(`^  added +${id} +${address.replace(/\./g, '\\.')} +ssh-ed25519 SHA256:`));
      const key = lab.knownHosts.split('\n').find((l) => l.startsWith(`${address} `))!.split(' ').slice(1).join(' ');
      expect(text).toContain(`# ssh target ${id} (${user}@${address}:22)\n${address} ${key}\n`);
    }
    expect(text).not.toMatch(/^\|1\|/m);
    expect(out).toMatch(/5 added, 0 unchanged, 0 changed, 0 replaced, 0 unreachable, 0 skipped; .*known_hosts written/);
    expect(await checkWith(lab, file)).toBe(0);
  });

  it('a re-run finds every key unchanged, logs in where it can, and leaves the file as it was', async () => {
    const before = readFileSync(file, 'utf8');
    const { code, out } = await pin(lab, file, '--identity', lab.files!.identity);
    expect(code).toBe(0);
    expect(row(out, 'apps')).toMatch(/^  unchanged +apps .*; login as deploy: ok$/);
    expect(out).toMatch(/0 added, 5 unchanged, .*known_hosts unchanged/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('detects the changed keys of a rebuilt infrastructure and refuses to overwrite them (exit 1, file untouched)', async () => {
    const before = readFileSync(file, 'utf8');
    const { code, out, err } = await pin(rebuilt, file);
    expect(code).toBe(1);
    expect(row(out, 'pve')).toMatch(/^  CHANGED +pve +100\.64\.0\.2 +pinned SHA256:\S+, presented ssh-ed25519 SHA256:/);
    expect(out).toMatch(/0 added, 0 unchanged, 5 changed, .*known_hosts not written \(changed keys\)/);
    expect(err).toContain('--accept-changed pve,edge,apps,media,nas');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(await checkWith(rebuilt, file)).toBe(1); // and check fails closed on them
  });

  it('accepting some changed keys is not enough while others changed too', async () => {
    const before = readFileSync(file, 'utf8');
    const { code, out } = await pin(rebuilt, file, '--accept-changed', 'pve', '--accept-changed', '100.64.0.11');
    expect(code).toBe(1);
    expect(row(out, 'pve')).toMatch(/^  replaced +pve /);
    expect(row(out, 'edge')).toMatch(/^  replaced +edge /);
    expect(row(out, 'apps')).toMatch(/^  CHANGED +apps /);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('--accept-changed for every changed host replaces the keys; check then trusts the rebuilt hosts only', async () => {
    const { code, out } = await pin(rebuilt, file, '--accept-changed', 'pve,edge,apps,media,nas');
    expect(code).toBe(0);
    expect(out).toMatch(/0 changed, 5 replaced/);
    expect(await checkWith(rebuilt, file)).toBe(0);
    expect(await checkWith(lab, file)).toBe(1);
  });

  it('--dry-run writes nothing', async () => {
    const fresh = join(tmp, 'dry_known_hosts');
    const { code, out } = await pin(lab, fresh, '--dry-run');
    expect(code).toBe(0);
    expect(out).toMatch(/5 added, .*dry_known_hosts not written \(dry run\)/);
    expect(existsSync(fresh)).toBe(false);
  });
});

describe('hosts pin and a file written by hand', () => {
  it('keeps comments, patterns and markers as written, rewrites hashed entries of declared targets as plain ones', async () => {
    const file = join(tmp, 'hand_known_hosts');
    const pveKey = lab.knownHosts.split('\n').find((l) => l.startsWith('100.64.0.2 '))!.split(' ').slice(1).join(' ');
    const salt = randomBytes(20);
    const hashed = `|1|${salt.toString('base64')}|${createHmac('sha1', salt).update('100.64.0.2').digest('base64')} ${pveKey}`;
    const other = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl';
    writeFileSync(
      file,
      [`# the office jump host`, `*.office.example ${other}`, `@revoked 10.9.9.9 ${other}`, hashed].join('\n'),
    );
    const { code, out } = await pin(lab, file);
    expect(code).toBe(0);
    expect(row(out, 'pve')).toMatch(/^  unchanged +pve /);
    expect(row(out, 'edge')).toMatch(/^  added +edge /);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`# ssh target pve (root@100.64.0.2:22)\n100.64.0.2 ${pveKey}\n`);
    expect(text).not.toContain('|1|');
    expect(text).toMatch(/# kept as written .*\n# the office jump host\n\*\.office\.example ssh-ed25519 \S+\n@revoked 10\.9\.9\.9 ssh-ed25519 \S+\n$/);
  });

  it('a revoked key is never pinned', async () => {
    const file = join(tmp, 'revoked_known_hosts');
    const edgeKey = lab.knownHosts.split('\n').find((l) => l.startsWith('100.64.0.11 '))!.split(' ').slice(1).join(' ');
    writeFileSync(file, `@revoked * ${edgeKey}\n`);
    const { code, out, err } = await pin(lab, file);
    expect(code).toBe(1);
    expect(row(out, 'edge')).toMatch(/^  REVOKED +edge .*which the file revokes$/);
    expect(err).toMatch(/edge presented a key .* revokes; it is never pinned/);
    expect(readFileSync(file, 'utf8')).toBe(`@revoked * ${edgeKey}\n`);
  });
});

describe('hosts pin: unreachable hosts and misuse', () => {
  it('pins what answered and exits 3 when a host did not', async () => {
    const partly = await labFor('partly', { version: 1, hosts: { nas: { unreachable: true } } } as Scenario);
    const file = join(tmp, 'partly_known_hosts');
    const { code, out } = await pin(partly, file);
    expect(code).toBe(3);
    expect(row(out, 'nas')).toMatch(/^  unreachable +nas +100\.64\.0\.20 +refused: /);
    expect(out).toMatch(/4 added, .*1 unreachable, 0 skipped; .*written/);
    expect(readFileSync(file, 'utf8')).not.toContain('ssh target nas');
  });

  it('an unknown --accept-changed host, or no file to write, is misuse (exit 2)', async () => {
    const bad = await pin(lab, join(tmp, 'x'), '--accept-changed', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--accept-changed "nope" names no declared ssh target');
    const io = memoryIo();
    expect(await main(['hosts', 'pin', '--root', ROOT], io)).toBe(2);
    expect(io.err.join('')).toContain('hosts pin needs the known_hosts file to write: --known-hosts FILE, or probe.known_hosts in driftgate.config.yaml');
  });
});
