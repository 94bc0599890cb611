import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  probeLive,
  sshAgent
} from "./chunk-5F4ONBTL.js";
import "./chunk-AML3NJPB.js";
import "./chunk-YE4YLPLW.js";
import "./chunk-RWVU4FTR.js";
import "./chunk-OZUHKOT5.js";
import "./chunk-3AJIMYI2.js";
import "./chunk-23E6JAZU.js";
export {
  probeLive,
  sshAgent
};
