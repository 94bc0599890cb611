import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/io.js';

describe('cli misuse', () => {
  it('exits 2 on an unknown flag with one clear line', async () => {
    const io = memoryIo();
    const code = await main(['validate', '--no-such-flag'], io);
    expect(code).toBe(2);
    expect(io.err.join('')).toMatch(/unknown option '--no-such-flag'/);
    expect(io.err.join('')).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on an unknown command', async () => {
    const io = memoryIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err.join('')).toMatch(/frobnicate/);
  });

  it('prints the version', async () => {
    const io = memoryIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/^0\.1\.0/);
  });

  it('probe --help says --out is the snapshot, offers --shard, and has no --format (the snapshot is JSON)', async () => {
    const io = memoryIo();
    expect(await main(['probe', '--help'], io)).toBe(0);
    const help = io.out.join('').replace(/\s+/g, ' ');
    expect(help).toContain('--out <file> the observation snapshot to write (JSON; required)');
    expect(help).toContain('--shard <K/N> probe only shard K of N');
    expect(help).not.toContain('--format');
    const misuse = memoryIo();
    expect(await main(['probe', '--format', 'json', '--out', 'x.json'], misuse)).toBe(2);
    expect(misuse.err.join('')).toMatch(/unknown option '--format'/);
  });
});
