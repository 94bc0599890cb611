// `driftgate validate`: parse and schema-validate every binding file; text lines
// `file:line:col severity message (pointer)` or the JSON report. Exit 1 on any error.
import { resolve } from 'node:path';
import { loadSpine } from '../../bindings/load-spine.js';
import { compareProblems, problemToFinding, SCHEMA_GATE_ID } from '../../bindings/problem-to-finding.js';
import type { LoadProblem } from '../../bindings/types.js';
import { loadConfig } from '../../config/load-config.js';
import { UserError } from '../../core/errors.js';
import { EXIT_DRIFT, EXIT_OK } from '../../core/exit-codes.js';
import type { Io } from '../../core/io.js';
import type { GateRun } from '../../gates/types.js';
import { buildReport } from '../../report/build-report.js';
import { renderReport } from '../../report/render.js';
import { writeReport } from '../../report/write-report.js';
import type { CommonOptions } from '../options.js';

export function problemLine(p: LoadProblem): string {
  const { file, line, column, pointer } = p.location;
  return `${file}:${line}:${column} ${p.severity} ${p.message}${pointer ? ` (${pointer})` : ''}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summaryLine(fileCount: number, errors: number, warnings: number, notices = 0): string {
  const info = notices > 0 ? `, ${plural(notices, 'notice')}` : '';
  return `validated ${plural(fileCount, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${info}`;
}

export async function validateCommand(opts: CommonOptions, io: Io): Promise<number> {
  const started = performance.now();
  const root = resolve(io.cwd, opts.root);
  const configFile = opts.config === undefined ? undefined : resolve(io.cwd, opts.config);
  const config = await loadConfig(root, configFile);
  const { problems, fileCount } = await loadSpine(root, config);
  const sorted = [...problems].sort(compareProblems);
  const errors = sorted.filter((p) => p.severity === 'error').length;
  const notices = sorted.filter((p) => p.severity === 'notice').length;
  const warnings = sorted.length - errors - notices;
  const summary = summaryLine(fileCount, errors, warnings, notices);

  let output: string;
  if (opts.format === 'json') {
    const durationMs = performance.now() - started;
    const run: GateRun = {
      id: SCHEMA_GATE_ID,
      aliases: [],
      kind: 'static',
      result: errors > 0 ? 'fail' : warnings > 0 ? 'warn' : 'pass',
      findings: sorted.length,
      durationMs: Math.round(durationMs),
    };
    const report = buildReport({ root: opts.root, durationMs, fileCount, runs: [run], findings: sorted.map(problemToFinding) });
    output = renderReport(report, 'json', { color: false });
  } else if (opts.format === 'text') {
    output = [...sorted.map(problemLine), summary].join('\n') + '\n';
  } else {
    throw new UserError(`validate supports --format text or json, not "${opts.format}"`);
  }

  if (opts.out) {
    await writeReport(resolve(io.cwd, opts.out), output);
    io.stdout(`${summary}\n`);
  } else {
    io.stdout(output);
  }
  return errors > 0 ? EXIT_DRIFT : EXIT_OK;
}
