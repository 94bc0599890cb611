// The bundle loads only what a command needs: bundling the CLI with scripts/build.mjs's options (in
// memory), the modules a `validate` or `check --offline` run evaluates — the entry's static
// imports plus those of the command's chunk — hold no SSH/HTTP/Gitea/Action/diff/lab code.
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_OPTIONS } from '../../scripts/build-options.mjs';
import { REPO_DIR } from '../support/paths.js';

async function metafile(): Promise<Metafile> {
  const result = await build({
    ...BUNDLE_OPTIONS,
    absWorkingDir: REPO_DIR,
    entryPoints: { cli: BUNDLE_OPTIONS.entryPoints.cli as string },
    outdir: 'out',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  return result.metafile;
}

/** Inputs of every output reachable from `start` through static imports only. */
function staticInputs(meta: Metafile, start: string): string[] {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const out = stack.pop() as string;
    if (seen.has(out)) continue;
    seen.add(out);
    for (const imp of meta.outputs[out]?.imports ?? []) if (imp.kind === 'import-statement' && meta.outputs[imp.path]) stack.push(imp.path);
  }
  return [...seen].flatMap((out) => Object.keys(meta.outputs[out]?.inputs ?? {}));
}

function outputOf(meta: Metafile, input: string): string {
  const out = Object.keys(meta.outputs).find((o) => meta.outputs[o]?.inputs[input]);
  if (!out) throw new Error(`${input} is in no output`);
  return out;
}

const HEAVY = [/node_modules\/ssh2\//, /node_modules\/undici\//, /node_modules\/@actions\//, /node_modules\/diff\//, /^src\/(lab|gitea|fix|action)\//, /^src\/core\/live-probe\.ts$/, /^src\/probes\/(ssh|http|probe-all)/];

describe('lazy command modules', () => {
  let meta: Metafile;
  beforeAll(async () => {
    meta = await metafile();
  });

  it.each(['validate', 'check'])('%s: the entry and its command chunk load no probe, lab, Gitea or Action code', (command) => {
    const entry = outputOf(meta, 'src/cli/main.ts');
    const chunk = outputOf(meta, `src/cli/commands/${command}.ts`);
    expect(chunk).not.toBe(entry); // the command module is a separate chunk, imported on use
    const loaded = [...staticInputs(meta, entry), ...staticInputs(meta, chunk)];
    expect(loaded).toContain('src/bindings/load-spine.ts');
    expect(loaded.filter((input) => HEAVY.some((re) => re.test(input)))).toEqual([]);
    // the heavy code is still in the bundle, behind a dynamic import
    expect(Object.values(meta.inputs).length).toBeGreaterThan(loaded.length);
    expect(Object.keys(meta.inputs).some((input) => /node_modules\/ssh2\//.test(input))).toBe(true);
  });

  it('the entry alone loads no command module', () => {
    const loaded = staticInputs(meta, outputOf(meta, 'src/cli/main.ts'));
    expect(loaded.filter((input) => input.startsWith('src/cli/commands/'))).toEqual([]);
  });
});
