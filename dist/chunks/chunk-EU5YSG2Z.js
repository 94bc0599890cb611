import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  UserError,
  errorMessage
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_ERROR
} from "./chunk-UQVOT4AX.js";

// src/report/write-report.ts
import { chmodSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
function writeFileAtomic(file, content) {
  const target = resolve(file);
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
function replaceFileAtomic(path, text) {
  const target = realpathSync(path);
  const mode = statSync(target).mode & 4095;
  const temp = `${target}.driftgate-${process.pid}.tmp`;
  try {
    writeFileSync(temp, text);
    chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
async function writeReport(path, text) {
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    throw new UserError(`cannot write ${path}: ${errorMessage(error)}`, EXIT_ERROR);
  }
}

export {
  writeFileAtomic,
  replaceFileAtomic,
  writeReport
};
