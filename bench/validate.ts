// The offline path on the reference corpus. (a) The committed CLI bundle as child processes —
// `validate` and `check --offline` — against an empty `node -e ''` (the Node start-up floor):
// wall time and process CPU time (user+sys, all threads) of each child, the cost over bare node,
// and whether that cost is under 1 s. (b) CPU time of loadSpine + schema validation in-process.
// Medians of 7 interleaved runs after one warm-up each; no assertions (a loaded machine skews
// wall time far more than CPU time: compare CPU).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSpine } from '../src/bindings/load-spine.js';
import { defaultConfig } from '../src/config/defaults.js';

const RUNS = 7;
const BUDGET_MS = 1000;
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SPINE = resolve(REPO, '../shared/spine');
const GNU_TIME = '/usr/bin/time';

/** Without GNU time: a preloaded module records the child's own rusage when it exits. */
const RUSAGE_HOOK =
  'data:text/javascript,' +
  encodeURIComponent(
    "import { writeFileSync } from 'node:fs'; process.on('exit', () => { const u = process.resourceUsage(); " +
      'writeFileSync(process.env.DRIFTGATE_BENCH_RUSAGE, `${u.userCPUTime} ${u.systemCPUTime}`); });',
  );

interface Sample {
  wallMs: number;
  cpuMs: number;
  status: number | null;
}

interface Row {
  label: string;
  args: string[];
  samples: Sample[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function line(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(46)} ${value}\n`);
}

/** Runs `node <args>` once; CPU from GNU time's rusage of the child, else from the exit hook. */
function runChild(args: string[], scratch: string): Sample {
  const out = join(scratch, 'rusage');
  rmSync(out, { force: true });
  const gnu = existsSync(GNU_TIME);
  const [cmd, argv] = gnu
    ? [GNU_TIME, ['-f', '%U %S', '-o', out, process.execPath, ...args]]
    : [process.execPath, ['--import', RUSAGE_HOOK, ...args]];
  const started = process.hrtime.bigint();
  const child = spawnSync(cmd, argv, {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DRIFTGATE_BENCH_RUSAGE: out },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let cpuMs = NaN;
  if (existsSync(out)) {
    // GNU time writes "Command exited with non-zero status N" before the numbers: take the last line
    const last = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
    const [user, sys] = last.split(/\s+/).map(Number);
    if (user !== undefined && sys !== undefined) cpuMs = gnu ? (user + sys) * 1000 : (user + sys) / 1000;
  }
  return { wallMs, cpuMs, status: child.status };
}

async function childProcesses(): Promise<void> {
  if (!existsSync(resolve(REPO, 'dist/cli.js'))) {
    line('(a) child process', 'skipped: dist/cli.js is not built (npm run build)');
    return;
  }
  const root = ['--root', '../shared/spine'];
  const rows: Row[] = [
    { label: "node -e ''", args: ['-e', ''], samples: [] },
    { label: 'bin/driftgate.mjs validate', args: ['bin/driftgate.mjs', 'validate', ...root], samples: [] },
    { label: 'bin/driftgate.mjs check --offline', args: ['bin/driftgate.mjs', 'check', '--offline', ...root], samples: [] },
  ];
  const scratch = mkdtempSync(join(tmpdir(), 'driftgate-bench-'));
  try {
    for (const row of rows) {
      const warm = runChild(row.args, scratch);
      // validate exits 0 on the corpus; check --offline exits 1 (it finds drift); 2 or more is a failure
      if (warm.status === null || warm.status > 1) line(`(a) warning`, `${row.label} exited ${String(warm.status)} (bundle may be stale)`);
    }
    for (let i = 0; i < RUNS; i++) for (const row of rows) row.samples.push(runChild(row.args, scratch));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const how = existsSync(GNU_TIME) ? `${GNU_TIME} rusage` : 'process.resourceUsage() at exit';
  line('(a) child processes', `median of ${RUNS}; CPU = user+sys of the whole child (${how})`);
  process.stdout.write(`    ${'command'.padEnd(36)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)} ${'cpu over node'.padStart(14)}  under 1 s?\n`);
  const [base, ...measured] = rows.map((r) => ({ ...r, wall: median(r.samples.map((s) => s.wallMs)), cpu: median(r.samples.map((s) => s.cpuMs)) }));
  if (!base) return;
  process.stdout.write(`    ${base.label.padEnd(36)} ${`${base.wall.toFixed(0)} ms`.padStart(9)} ${`${base.cpu.toFixed(0)} ms`.padStart(9)}\n`);
  for (const r of measured) {
    const over = r.cpu - base.cpu;
    const verdict = Number.isNaN(over) ? 'unknown (no CPU time)' : over < BUDGET_MS ? 'yes' : 'NO';
    process.stdout.write(
      `    ${r.label.padEnd(36)} ${`${r.wall.toFixed(0)} ms`.padStart(9)} ${`${r.cpu.toFixed(0)} ms`.padStart(9)} ${`${over.toFixed(0)} ms`.padStart(14)}  ${verdict}\n`,
    );
  }
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
