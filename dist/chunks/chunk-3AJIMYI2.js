import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);

// src/core/exit-codes.ts
var EXIT_OK = 0;
var EXIT_DRIFT = 1;
var EXIT_ERROR = 2;
var EXIT_INCONCLUSIVE = 3;

export {
  EXIT_OK,
  EXIT_DRIFT,
  EXIT_ERROR,
  EXIT_INCONCLUSIVE
};
