// `driftgate validate` on the reference corpus: (a) wall time of the committed CLI bundle as a
// child process against an empty `node -e ''` (the Node start-up floor), (b) CPU time of
// loadSpine + schema validation in-process. Medians of 7 runs; no assertions.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpine } from '../src/bindings/load-spine.js';
import { defaultConfig } from '../src/config/defaults.js';

const RUNS = 7;
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SPINE = resolve(REPO, '../shared/spine');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function wallMs(args: string[]): { ms: number; status: number | null } {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, status: child.status };
}

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(46)} ${value}\n`);
}

async function childProcesses(): Promise<void> {
  const bin = resolve(REPO, 'bin/driftgate.mjs');
  if (!existsSync(resolve(REPO, 'dist/cli.js'))) {
    line('(a) child process', 'skipped: dist/cli.js is not built (npm run build)');
    return;
  }
  const cli = ['bin/driftgate.mjs', 'validate', '--root', '../shared/spine'];
  const first = wallMs(cli);
  if (first.status !== 0) line('(a) warning', `driftgate validate exited ${String(first.status)} (bundle may be stale)`);
  wallMs(['-e', '']);
  const node: number[] = [];
  const validate: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    node.push(wallMs(['-e', '']).ms);
    validate.push(wallMs(cli).ms);
  }
  const n = median(node);
  const v = median(validate);
  line(`(a) node -e '' (median of ${RUNS})`, `${n.toFixed(1)} ms`);
  line(`(a) ${bin.slice(REPO.length + 1)} validate (median of ${RUNS})`, `${v.toFixed(1)} ms`);
  line('(a) driftgate cost over bare node', `${(v - n).toFixed(1)} ms (x${(v / n).toFixed(2)})`);
}

async function inProcess(): Promise<void> {
  const config = defaultConfig();
  let files = 0;
  for (let i = 0; i < 2; i++) files = (await loadSpine(SPINE, config)).fileCount; // warm-up
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const before = process.cpuUsage();
    await loadSpine(SPINE, config);
    const used = process.cpuUsage(before);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  line(`(b) loadSpine + validation, ${files} files: cpu`, `${median(cpu).toFixed(1)} ms (median of ${RUNS}, after warm-up)`);
  line('(b) loadSpine + validation: wall', `${median(wall).toFixed(1)} ms`);
}

export async function run(): Promise<void> {
  if (!existsSync(SPINE)) {
    line('validate', `skipped: reference corpus not found at ${SPINE}`);
    return;
  }
  await childProcesses();
  await inProcess();
}
