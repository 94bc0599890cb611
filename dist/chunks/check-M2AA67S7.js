import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runCheck,
  writeCheckOutputs
} from "./chunk-MGIXQIZ6.js";
import "./chunk-QZYOZBQU.js";
import "./chunk-SZMFY4LF.js";
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

// src/cli/commands/check.ts
async function checkCommand(opts, io) {
  const result = await runCheck(opts, io);
  await writeCheckOutputs(result, opts, io);
  return result.exitCode;
}
export {
  checkCommand
};
