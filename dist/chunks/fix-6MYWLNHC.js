import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runFix
} from "./chunk-VVXFTT77.js";
import "./chunk-5VQ32PNZ.js";
import {
  runCheck
} from "./chunk-D4LTPN6V.js";
import "./chunk-D3O2JXGR.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-QE4GO4HO.js";
import "./chunk-5YKCWURR.js";
import "./chunk-LIMRRP4O.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-ESNE2BXZ.js";
import "./chunk-YE4YLPLW.js";
import "./chunk-JISZBSB2.js";
import "./chunk-BDM2FPY4.js";
import "./chunk-2LFZN6BM.js";
import "./chunk-7YUWKERN.js";
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
