import { createRequire as __dgCreateRequire } from 'node:module'; const require = __dgCreateRequire(import.meta.url);
import "./chunks/chunk-4NIOYMY6.js";

// src/action/main.ts
async function run() {
  throw new Error("the Action entry is not available in this build yet");
}
await run();
export {
  run
};
