import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  buildReport,
  findingHead,
  renderReport,
  runGates
} from "./chunk-O2UFUBP5.js";
import "./chunk-ATKKBIHT.js";
import {
  loadSpine
} from "./chunk-E562MKXH.js";
import "./chunk-ZVYDPUR4.js";
import {
  writeReport
} from "./chunk-EU5YSG2Z.js";
import {
  loadConfig
} from "./chunk-T5JXNHZM.js";
import {
  schema_default
} from "./chunk-XF64XNWJ.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-5XIPNB5E.js";
import {
  UserError
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_DRIFT,
  EXIT_OK
} from "./chunk-UQVOT4AX.js";
import "./chunk-OSVKQ36P.js";
import "./chunk-23E6JAZU.js";

// src/cli/commands/validate.ts
import { resolve } from "node:path";
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function summaryLine(fileCount, errors, warnings, notices = 0) {
  const info = notices > 0 ? `, ${plural(notices, "notice")}` : "";
  return `validated ${plural(fileCount, "file")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}${info}`;
}
async function validateCommand(opts, io) {
  if (opts.format !== "json" && opts.format !== "text") throw new UserError(`validate supports --format text or json, not "${opts.format}"`);
  const started = performance.now();
  const root = resolve(io.cwd, opts.root);
  const configFile = opts.config === void 0 ? void 0 : resolve(io.cwd, opts.config);
  const config = await loadConfig(root, configFile);
  const { model, problems, fileCount } = await loadSpine(root, config);
  const { runs, findings } = runGates([schema_default], { model, problems, config, now: io.now(), fileCount });
  const errors = findings.filter((f) => f.severity === "error").length;
  const notices = findings.filter((f) => f.severity === "notice").length;
  const summary = summaryLine(fileCount, errors, findings.length - errors - notices, notices);
  const output = opts.format === "json" ? renderReport(buildReport({ root: opts.root, durationMs: performance.now() - started, fileCount, runs, findings }), "json", { color: false }) : [...findings.map((f) => findingHead(f)), summary].join("\n") + "\n";
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
  summaryLine,
  validateCommand
};
