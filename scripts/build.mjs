// Bundles the CLI and the Action entry into dist/ with esbuild.
// `--check` builds into a temporary folder and fails when the committed dist/ differs.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(join(tmpdir(), 'driftgate-dist-')) : 'dist';
// chunk names carry content hashes: start from an empty folder so no stale chunk survives
if (!check) rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli/main.ts', action: 'src/action/main.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // ssh2 loads an optional native addon inside try/catch; the pure-JS path is used without it.
  external: ['*.node', 'cpu-features'],
  banner: {
    // CommonJS dependencies (ssh2) use require, __filename and __dirname at load time.
    js: [
      "import { createRequire as __dgCreateRequire } from 'node:module';",
      "import { fileURLToPath as __dgFileURLToPath } from 'node:url';",
      "import { dirname as __dgDirname } from 'node:path';",
      'const require = __dgCreateRequire(import.meta.url);',
      'const __filename = __dgFileURLToPath(import.meta.url);',
      'const __dirname = __dgDirname(__filename);',
    ].join(' '),
  },
});

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
