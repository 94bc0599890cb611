import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);

// src/core/version.ts
var TOOL_NAME = "driftgate";
var TOOL_VERSION = "0.1.0";

export {
  TOOL_NAME,
  TOOL_VERSION
};
