import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runCheck,
  writeCheckOutputs
} from "./chunk-XPYLZNML.js";
import "./chunk-SG7VTJTF.js";
import "./chunk-SZMFY4LF.js";
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

// src/cli/commands/check.ts
async function checkCommand(opts, io) {
  const result = await runCheck(opts, io);
  await writeCheckOutputs(result, opts, io);
  return result.exitCode;
}
export {
  checkCommand
};
