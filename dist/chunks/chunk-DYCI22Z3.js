import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  EXIT_ERROR
} from "./chunk-UQVOT4AX.js";

// src/core/errors.ts
var UserError = class extends Error {
  constructor(message, exitCode = EXIT_ERROR) {
    super(message);
    this.exitCode = exitCode;
    this.name = "UserError";
  }
  exitCode;
};
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

export {
  UserError,
  errorMessage
};
