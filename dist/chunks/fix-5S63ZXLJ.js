import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runFix
} from "./chunk-CQV52B2E.js";
import "./chunk-LG6NXSNP.js";
import {
  runCheck,
  saveCheckHistory
} from "./chunk-XPYLZNML.js";
import "./chunk-SG7VTJTF.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-YE4YLPLW.js";
import "./chunk-AEBGDRLH.js";
import "./chunk-6TRNP3BA.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-XC2TOSRT.js";
import "./chunk-FLOJV6W2.js";
import "./chunk-Q3HHMCZE.js";
import "./chunk-X4RQJ6UH.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-RWVU4FTR.js";
import "./chunk-OZUHKOT5.js";
import "./chunk-3AJIMYI2.js";
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
