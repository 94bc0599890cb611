// Bundles the CLI and the Action entry into dist/ with esbuild.
// `--check` builds into a temporary folder and fails when the committed dist/ differs.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_OPTIONS } from './build-options.mjs';

const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(join(tmpdir(), 'driftgate-dist-')) : 'dist';
// chunk names carry content hashes: start from an empty folder so no stale chunk survives
if (!check) rmSync(outdir, { recursive: true, force: true });

await build({ ...BUNDLE_OPTIONS, outdir });

if (check) {
  const list = (dir) => readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js')).sort();
  const fresh = list(outdir);
  const committed = list('dist');
  const stale = fresh.filter((f) => !committed.includes(f) || readFileSync(join(outdir, f), 'utf8') !== readFileSync(join('dist', f), 'utf8'));
  const extra = committed.filter((f) => !fresh.includes(f));
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length || extra.length) {
    console.error(`dist/ is stale: ${[...stale, ...extra].join(', ')}. Run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('dist/ is current.');
}
