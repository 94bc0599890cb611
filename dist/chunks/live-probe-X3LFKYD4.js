import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  probeLive,
  sshAgent
} from "./chunk-GYABRTRO.js";
import "./chunk-H7ZTLRIW.js";
import "./chunk-YE4YLPLW.js";
import "./chunk-CWATLPSB.js";
import "./chunk-G7ZH7VVN.js";
import "./chunk-3AJIMYI2.js";
import "./chunk-23E6JAZU.js";
export {
  probeLive,
  sshAgent
};
