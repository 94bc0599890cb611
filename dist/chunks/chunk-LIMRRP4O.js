import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);

// src/bindings/remote-path.ts
import { posix } from "node:path";
function homeOf(user) {
  return user === "root" ? "/root" : `/home/${user}`;
}
function trimSlash(path) {
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}
function expandHome(path, home) {
  let p = path.trim();
  if (p === "~") p = home;
  else if (p.startsWith("~/")) p = `${home}/${p.slice(2)}`;
  return trimSlash(posix.normalize(p));
}
function composeDir(composeFile) {
  const at = composeFile.lastIndexOf("/");
  if (at < 0) return ".";
  if (at === 0) return "/";
  return composeFile.slice(0, at);
}
function targetHome(model, target) {
  const id = target.sshTarget ?? target.id;
  const user = model.sshTargets.find((t) => t.id === id)?.user;
  return user ? homeOf(user) : void 0;
}

export {
  homeOf,
  trimSlash,
  expandHome,
  composeDir,
  targetHome
};
