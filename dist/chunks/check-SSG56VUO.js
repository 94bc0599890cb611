import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  runCheck,
  writeCheckOutputs
} from "./chunk-BWZ7VAQQ.js";
import "./chunk-4D4LKKVB.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-FMLJXRUP.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-YCEKII4T.js";
import "./chunk-ZVYDPUR4.js";
import "./chunk-LH3EA36R.js";
import "./chunk-GZ277LUR.js";
import "./chunk-YO25GJFO.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-PBBZQDMU.js";
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
