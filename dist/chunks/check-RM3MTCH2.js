import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runCheck,
  writeCheckOutputs
} from "./chunk-D4LTPN6V.js";
import "./chunk-D3O2JXGR.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-QE4GO4HO.js";
import "./chunk-5YKCWURR.js";
import "./chunk-LIMRRP4O.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-ESNE2BXZ.js";
import "./chunk-JISZBSB2.js";
import "./chunk-BDM2FPY4.js";
import "./chunk-2LFZN6BM.js";
import "./chunk-7YUWKERN.js";
import "./chunk-G7ZH7VVN.js";
import "./chunk-3AJIMYI2.js";
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
