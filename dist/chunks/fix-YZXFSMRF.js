import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runFix
} from "./chunk-NNNXNAIH.js";
import "./chunk-GY3C7AQW.js";
import {
  runCheck,
  saveCheckHistory
} from "./chunk-QITINJHH.js";
import "./chunk-YYS634P5.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-LSZIMM2S.js";
import "./chunk-YE4YLPLW.js";
import "./chunk-TT3FEMXH.js";
import "./chunk-P37MHXMW.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-25FGMIF3.js";
import "./chunk-ESNE2BXZ.js";
import "./chunk-YYSUSJW4.js";
import "./chunk-O4GMJQVB.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-CWATLPSB.js";
import "./chunk-G7ZH7VVN.js";
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
