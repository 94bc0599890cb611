import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runCheck,
  writeCheckOutputs
} from "./chunk-KYGO33RZ.js";
import "./chunk-IGQMX467.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-QPJWB2HQ.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-K5MOSZQ3.js";
import "./chunk-LH3EA36R.js";
import "./chunk-F6H6S6RG.js";
import "./chunk-7W7TBWU3.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-O4ZX7NIC.js";
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
