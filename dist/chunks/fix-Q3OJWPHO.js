import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runFix
} from "./chunk-BAQVQI4A.js";
import "./chunk-V6ANR3QT.js";
import {
  runCheck,
  saveCheckHistory
} from "./chunk-MGIXQIZ6.js";
import "./chunk-QZYOZBQU.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-YE4YLPLW.js";
import "./chunk-KYKUWAYF.js";
import "./chunk-O2UFUBP5.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-E562MKXH.js";
import "./chunk-ZVYDPUR4.js";
import "./chunk-EU5YSG2Z.js";
import "./chunk-T5JXNHZM.js";
import "./chunk-XF64XNWJ.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-5XIPNB5E.js";
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
