import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runCheck,
  writeCheckOutputs
} from "./chunk-QITINJHH.js";
import "./chunk-YYS634P5.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-LSZIMM2S.js";
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

// src/cli/commands/check.ts
async function checkCommand(opts, io) {
  const result = await runCheck(opts, io);
  await writeCheckOutputs(result, opts, io);
  return result.exitCode;
}
export {
  checkCommand
};
