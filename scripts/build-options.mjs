// The esbuild options of the bundle, shared by scripts/build.mjs and the tests that inspect it.
export const BUNDLE_OPTIONS = {
  entryPoints: { cli: 'src/cli/main.ts', action: 'src/action/main.ts' },
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
};
