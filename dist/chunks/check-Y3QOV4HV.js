import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runCheck,
  writeCheckOutputs
} from "./chunk-PZTE5S3W.js";
import "./chunk-BU3TCR2A.js";
import "./chunk-G2RMPB7W.js";
import "./chunk-5YKCWURR.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-DEGXVZZT.js";
import "./chunk-LIMRRP4O.js";
import "./chunk-7Q45KQAJ.js";
import "./chunk-ZVKSS4IF.js";
import "./chunk-YMZYQDBK.js";
import "./chunk-IIZFK7HE.js";

// src/cli/commands/check.ts
async function checkCommand(opts, io) {
  const result = await runCheck(opts, io);
  await writeCheckOutputs(result, opts, io);
  return result.exitCode;
}
export {
  checkCommand
};
