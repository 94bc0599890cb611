import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runFix
} from "./chunk-7YEM6AU2.js";
import "./chunk-RB57Y2RM.js";
import {
  runCheck
} from "./chunk-DYRGBRNO.js";
import "./chunk-D3O2JXGR.js";
import "./chunk-VARGLHBR.js";
import "./chunk-5YKCWURR.js";
import "./chunk-LIMRRP4O.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-YE4YLPLW.js";
import "./chunk-GIAXBQUI.js";
import "./chunk-GVEIR23W.js";
import "./chunk-2LFZN6BM.js";
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
