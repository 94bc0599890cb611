// `driftgate validate` through the real command line (flags, exit codes, stderr for misuse).
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';
import { OK_SPINE, spineWithCase } from './fixture-spine.js';
import type { TempSpine } from './fixture-spine.js';

const cleanups: TempSpine[] = [];
afterEach(() => {
  for (const s of cleanups.splice(0)) s.cleanup();
});

describe('driftgate validate (CLI)', () => {
  it('exits 0 on a valid spine and prints the summary', async () => {
    const io = memoryIo();
    expect(await main(['validate', '--root', OK_SPINE], io)).toBe(0);
    expect(io.out.join('')).toBe('validated 9 files: 0 errors, 0 warnings\n');
  });

  it('exits 1 on invalid bindings and prints file:line:col lines; --format json gives the v1 report', async () => {
    const spine = spineWithCase('shell-path');
    cleanups.push(spine);
    const text = memoryIo();
    expect(await main(['validate', '--root', spine.root], text)).toBe(1);
    expect(text.out.join('')).toMatch(/^ops\/bindings\/docker\.compose\.targets\.yaml:9:15: error .* \[schema\]$/m);
    const json = memoryIo();
    expect(await main(['validate', '--root', spine.root, '--format', 'json'], json)).toBe(1);
    const report = JSON.parse(json.out.join('')) as { version: number; result: string; summary: { errors: number } };
    expect(report).toMatchObject({ version: 1, result: 'drift', summary: { errors: 1 } });
  });

  it('exits 2 with one line naming file:line:col for a bad config, and for a missing root', async () => {
    const io = memoryIo();
    const config = `${REPO_DIR}/test/fixtures/config/duplicate.yaml`;
    expect(await main(['validate', '--root', OK_SPINE, '--config', config], io)).toBe(2);
    expect(io.err.join('')).toContain(`${config}:3:3 duplicate key "retries"`);
    expect(io.err.join('')).not.toMatch(/\n\s+at /);
    const missing = memoryIo();
    expect(await main(['validate', '--root', '/nonexistent/spine'], missing)).toBe(2);
    expect(missing.err.join('')).toBe('driftgate: root directory not found: /nonexistent/spine\n');
  });

  it('rejects --format markdown for validate (exit 2)', async () => {
    const io = memoryIo();
    expect(await main(['validate', '--root', OK_SPINE, '--format', 'markdown'], io)).toBe(2);
  });
});
