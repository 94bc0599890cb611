import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  probeLive,
  sshAgent
} from "./chunk-WOVRBK7Y.js";
import "./chunk-GDIFB4IM.js";
import "./chunk-YE4YLPLW.js";
import "./chunk-5XIPNB5E.js";
import "./chunk-DYCI22Z3.js";
import "./chunk-UQVOT4AX.js";
import "./chunk-OSVKQ36P.js";
import "./chunk-23E6JAZU.js";
export {
  probeLive,
  sshAgent
};
