import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runCheck,
  writeCheckOutputs
} from "./chunk-QRGQ7SKL.js";
import "./chunk-7PCM3YS7.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-7WDY7GP6.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-NHFX4I6H.js";
import "./chunk-ESNE2BXZ.js";
import "./chunk-VWJEBURU.js";
import "./chunk-5X465SRP.js";
import "./chunk-OPM43HJ3.js";
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
