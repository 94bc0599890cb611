import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  probeLive
} from "./chunk-H3WNYGSQ.js";
import "./chunk-B4AKVPV7.js";
import "./chunk-IWA7RT42.js";
import "./chunk-YMZYQDBK.js";
import "./chunk-IIZFK7HE.js";
export {
  probeLive
};
