import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runFix
} from "./chunk-IBW32QXZ.js";
import "./chunk-ERFOZF2P.js";
import {
  runCheck
} from "./chunk-U3A44DDV.js";
import "./chunk-UWSXVP5H.js";
import "./chunk-U7EFG3ST.js";
import "./chunk-35G4FJWV.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-XZAWZGET.js";
import "./chunk-JRCDJF4J.js";
import "./chunk-WAIVFPAL.js";
import "./chunk-V73VDUOG.js";
import "./chunk-YMZYQDBK.js";
import "./chunk-IIZFK7HE.js";

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
