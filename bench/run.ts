// Runs the benchmarks: every bench/*.ts module that exports `run(): Promise<void>`, in file-name
// order. `npm run bench` runs them all; `npm run bench -- validate` only those whose name matches.
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BenchModule {
  run?: () => Promise<void>;
}

async function main(filters: string[]): Promise<number> {
  const dir = dirname(fileURLToPath(import.meta.url));
  const names = (await readdir(dir))
    .filter((n) => n.endsWith('.ts') && n !== 'run.ts' && !n.endsWith('.d.ts'))
    .map((n) => n.slice(0, -3))
    .filter((n) => filters.length === 0 || filters.some((f) => n.includes(f)))
    .sort();
  if (names.length === 0) {
    process.stderr.write(`no benchmark matches ${filters.join(', ')}\n`);
    return 2;
  }
  for (const name of names) {
    const mod = (await import(pathToFileURL(join(dir, `${name}.ts`)).href)) as BenchModule;
    if (typeof mod.run !== 'function') continue;
    process.stdout.write(`\n== bench ${name}\n`);
    await mod.run();
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
