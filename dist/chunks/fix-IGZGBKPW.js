import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runFix
} from "./chunk-FBYBSRHW.js";
import "./chunk-DG6MBGAR.js";
import {
  runCheck
} from "./chunk-PZTE5S3W.js";
import "./chunk-BU3TCR2A.js";
import "./chunk-G2RMPB7W.js";
import "./chunk-5YKCWURR.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-B4AKVPV7.js";
import "./chunk-DEGXVZZT.js";
import "./chunk-LIMRRP4O.js";
import "./chunk-7Q45KQAJ.js";
import "./chunk-ZVKSS4IF.js";
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
