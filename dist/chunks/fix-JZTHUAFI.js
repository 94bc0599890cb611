import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runFix
} from "./chunk-XGBN5TH5.js";
import "./chunk-4LKIQVGP.js";
import "./chunk-YE4YLPLW.js";
import "./chunk-DV2EWJ53.js";
import {
  runCheck
} from "./chunk-XZNHMY4X.js";
import "./chunk-4XRDEJQN.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-2QW23RFY.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-5JC3Y6RF.js";
import "./chunk-ESNE2BXZ.js";
import "./chunk-FJT6XCXK.js";
import "./chunk-KY6NJVU6.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-G7ZH7VVN.js";
import "./chunk-3AJIMYI2.js";
import "./chunk-23E6JAZU.js";

// src/cli/commands/fix.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
async function fixCommand(opts, io, deps = {}) {
  if (!opts.out) return (await runFix(opts, io, { runCheck, ...deps })).exitCode;
  const chunks = [];
  const outcome = await runFix(opts, { ...io, stdout: (t) => void chunks.push(t) }, { runCheck, ...deps });
  await writeFile(resolve(io.cwd, opts.out), chunks.join(""));
  return outcome.exitCode;
}
export {
  fixCommand
};
