import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runCheck,
  writeCheckOutputs
} from "./chunk-2T6CFY7Z.js";
import "./chunk-UMEW4CG3.js";
import "./chunk-SZMFY4LF.js";
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

// src/cli/commands/check.ts
async function checkCommand(opts, io) {
  const result = await runCheck(opts, io);
  await writeCheckOutputs(result, opts, io);
  return result.exitCode;
}
export {
  checkCommand
};
