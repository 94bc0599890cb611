import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  summarizeObservations
} from "./chunk-L57UK7UR.js";
import "./chunk-OSVKQ36P.js";
import "./chunk-23E6JAZU.js";
export {
  summarizeObservations
};
