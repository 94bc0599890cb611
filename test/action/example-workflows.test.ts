// The example workflows work where they are copied: in a spine, the PR check alone (or with the
// nightly) satisfies driftgate's own D50 workflow-lock gate and the rest of the static gates; every
// action they use is pinned or a release tag; the artifact upload uses a version that works on Gitea.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../support/io.js';
import { REPO_DIR } from '../support/paths.js';

const tmp = mkdtempSync(join(tmpdir(), 'driftgate-example-workflows-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The example spine with its own workflows replaced by copies of the given examples. */
function spineWith(name: string, examples: string[]): string {
  const root = join(tmp, name);
  cpSync(resolve(REPO_DIR, 'examples/spine'), root, { recursive: true, filter: (src) => !src.includes('.gitea') });
  for (const e of examples) cpSync(resolve(REPO_DIR, 'examples/workflows', e), join(root, '.gitea/workflows', `driftgate-${e}`));
  return root;
}

async function offline(root: string) {
  const io = memoryIo();
  const code = await main(['check', '--offline', '--root', root, '--format', 'json'], io);
  const report = JSON.parse(io.out.join('')) as { findings: Array<{ gate: string; message: string }> };
  return { code, findings: report.findings.map((f) => `[${f.gate}] ${f.message}`) };
}

describe('the example workflows copied into a spine', () => {
  it('the PR check alone passes D50 and every other static gate', async () => {
    expect(await offline(spineWith('pr-only', ['pr-check.yml']))).toEqual({ code: 0, findings: [] });
  });

  it('the PR check and the nightly together pass too', async () => {
    expect(await offline(spineWith('both', ['pr-check.yml', 'nightly.yml']))).toEqual({ code: 0, findings: [] });
  });

  it('the PR check and the sharded nightly together pass too', async () => {
    expect(await offline(spineWith('sharded', ['pr-check.yml', 'nightly-sharded.yml']))).toEqual({ code: 0, findings: [] });
  });

  it('the example spine\'s own workflow passes, and runs driftgate through the Action, not npx', async () => {
    expect(await offline(resolve(REPO_DIR, 'examples/spine'))).toEqual({ code: 0, findings: [] });
    const dir = resolve(REPO_DIR, 'examples/spine/.gitea/workflows');
    for (const f of readdirSync(dir)) expect(readFileSync(join(dir, f), 'utf8')).not.toMatch(/npx driftgate/);
  });

  it('no example uploads with actions/upload-artifact@v4 (GHESNotSupportedError on Gitea)', () => {
    for (const f of readdirSync(resolve(REPO_DIR, 'examples/workflows'))) {
      expect(readFileSync(resolve(REPO_DIR, 'examples/workflows', f), 'utf8')).not.toMatch(/uses: actions\/upload-artifact@v4/);
    }
  });
});
