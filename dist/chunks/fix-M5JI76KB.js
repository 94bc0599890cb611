import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runFix
} from "./chunk-B6C4Y356.js";
import "./chunk-NJAYLKGQ.js";
import {
  runCheck,
  saveCheckHistory
} from "./chunk-2T6CFY7Z.js";
import "./chunk-UMEW4CG3.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-YE4YLPLW.js";
import "./chunk-URKAXBXG.js";
import "./chunk-KEAR4QEW.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-Z3W5LDSP.js";
import "./chunk-ZVYDPUR4.js";
import "./chunk-LH3EA36R.js";
import "./chunk-BFLNNU3A.js";
import "./chunk-Z4HHHPTQ.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-CCV3EDXI.js";
import "./chunk-DYCI22Z3.js";
import "./chunk-UQVOT4AX.js";
import "./chunk-OSVKQ36P.js";
import "./chunk-23E6JAZU.js";

// src/cli/commands/fix.ts
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
async function fixCommand(opts, io, deps = {}) {
  let checked;
  const check = async (o, i) => checked = await runCheck(o, i);
  const run = async (out) => {
    const outcome = await runFix(opts, out, { runCheck: check, ...deps });
    if (opts.pr && checked) await saveCheckHistory(checked, io);
    return outcome.exitCode;
  };
  if (!opts.out) return run(io);
  const chunks = [];
  const code = await run({ ...io, stdout: (t) => void chunks.push(t) });
  await writeFile(resolve(io.cwd, opts.out), chunks.join(""));
  return code;
}
export {
  fixCommand
};
