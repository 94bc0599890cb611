import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  buildReport,
  renderReport
} from "./chunk-QE4GO4HO.js";
import {
  SCHEMA_GATE_ID,
  compareProblems,
  problemToFinding
} from "./chunk-5YKCWURR.js";
import "./chunk-LIMRRP4O.js";
import "./chunk-ATKKBIHT.js";
import {
  writeReport
} from "./chunk-ESNE2BXZ.js";
import {
  loadConfig,
  loadSpine
} from "./chunk-BDM2FPY4.js";
import "./chunk-2LFZN6BM.js";
import "./chunk-7YUWKERN.js";
import {
  UserError
} from "./chunk-G7ZH7VVN.js";
import {
  EXIT_DRIFT,
  EXIT_OK
} from "./chunk-3AJIMYI2.js";
import "./chunk-23E6JAZU.js";

// src/cli/commands/validate.ts
import { resolve } from "node:path";
function problemLine(p) {
  const { file, line, column, pointer } = p.location;
  return `${file}:${line}:${column} ${p.severity} ${p.message}${pointer ? ` (${pointer})` : ""}`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function summaryLine(fileCount, errors, warnings) {
  return `validated ${plural(fileCount, "file")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}`;
}
async function validateCommand(opts, io) {
  const started = performance.now();
  const root = resolve(io.cwd, opts.root);
  const configFile = opts.config === void 0 ? void 0 : resolve(io.cwd, opts.config);
  const config = await loadConfig(root, configFile);
  const { problems, fileCount } = await loadSpine(root, config);
  const sorted = [...problems].sort(compareProblems);
  const errors = sorted.filter((p) => p.severity === "error").length;
  const warnings = sorted.length - errors;
  const summary = summaryLine(fileCount, errors, warnings);
  let output;
  if (opts.format === "json") {
    const durationMs = performance.now() - started;
    const run = {
      id: SCHEMA_GATE_ID,
      aliases: [],
      kind: "static",
      result: errors > 0 ? "fail" : warnings > 0 ? "warn" : "pass",
      findings: sorted.length,
      durationMs: Math.round(durationMs)
    };
    const report = buildReport({ root: opts.root, durationMs, fileCount, runs: [run], findings: sorted.map(problemToFinding) });
    output = renderReport(report, "json", { color: false });
  } else if (opts.format === "text") {
    output = [...sorted.map(problemLine), summary].join("\n") + "\n";
  } else {
    throw new UserError(`validate supports --format text or json, not "${opts.format}"`);
  }
  if (opts.out) {
    await writeReport(resolve(io.cwd, opts.out), output);
    io.stderr(`${summary}; report written to ${opts.out}
`);
  } else {
    io.stdout(output);
  }
  return errors > 0 ? EXIT_DRIFT : EXIT_OK;
}
export {
  problemLine,
  summaryLine,
  validateCommand
};
