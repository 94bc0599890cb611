import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runCheck,
  writeCheckOutputs
} from "./chunk-LUZ5OHQY.js";
import "./chunk-AQKR6JIK.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-LSZIMM2S.js";
import "./chunk-JMRYQ4ME.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-JCU7AQYF.js";
import "./chunk-ESNE2BXZ.js";
import "./chunk-FPINSQ6A.js";
import "./chunk-PRT4YZB5.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-CWATLPSB.js";
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
