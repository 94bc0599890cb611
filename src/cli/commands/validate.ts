// `driftgate validate`: parse and schema-validate every binding file. It runs the `schema` gate
// exactly as `check` does, so both print the same `file:line:col: severity message [schema]` lines
// for the same problems (or the same JSON report). Exit 1 on any error.
import { resolve } from 'node:path';
import { loadSpine } from '../../bindings/load-spine.js';
import { loadConfig } from '../../config/load-config.js';
import { UserError } from '../../core/errors.js';
import { EXIT_DRIFT, EXIT_OK } from '../../core/exit-codes.js';
import type { Io } from '../../core/io.js';
import { runGates } from '../../gates/run-gates.js';
import schema from '../../gates/schema.js';
import { buildReport } from '../../report/build-report.js';
import { renderReport } from '../../report/render.js';
import { findingHead } from '../../report/text.js';
import { writeReport } from '../../report/write-report.js';
import type { CommonOptions } from '../options.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summaryLine(fileCount: number, errors: number, warnings: number, notices = 0): string {
  const info = notices > 0 ? `, ${plural(notices, 'notice')}` : '';
  return `validated ${plural(fileCount, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${info}`;
}

export async function validateCommand(opts: CommonOptions, io: Io): Promise<number> {
  if (opts.format !== 'json' && opts.format !== 'text') throw new UserError(`validate supports --format text or json, not "${opts.format}"`);
  const started = performance.now();
  const root = resolve(io.cwd, opts.root);
  const configFile = opts.config === undefined ? undefined : resolve(io.cwd, opts.config);
  const config = await loadConfig(root, configFile);
  const { model, problems, fileCount } = await loadSpine(root, config);
  const { runs, findings } = runGates([schema], { model, problems, config, now: io.now(), fileCount });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const notices = findings.filter((f) => f.severity === 'notice').length;
  const summary = summaryLine(fileCount, errors, findings.length - errors - notices, notices);

  const output =
    opts.format === 'json'
      ? renderReport(buildReport({ root: opts.root, durationMs: performance.now() - started, fileCount, runs, findings }), 'json', { color: false })
      : [...findings.map((f) => findingHead(f)), summary].join('\n') + '\n';

  if (opts.out) {
    await writeReport(resolve(io.cwd, opts.out), output);
    // like check --out: the report goes to the file, the one-line result to stderr
    io.stderr(`${summary}; report written to ${opts.out}\n`);
  } else {
    io.stdout(output);
  }
  return errors > 0 ? EXIT_DRIFT : EXIT_OK;
}
