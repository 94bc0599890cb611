import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  startLab
} from "./chunk-HDURQGSP.js";
import "./chunk-GDIFB4IM.js";
import "./chunk-E562MKXH.js";
import "./chunk-ZVYDPUR4.js";
import {
  loadConfig
} from "./chunk-T5JXNHZM.js";
import "./chunk-XF64XNWJ.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-5XIPNB5E.js";
import "./chunk-DYCI22Z3.js";
import {
  EXIT_OK
} from "./chunk-UQVOT4AX.js";
import "./chunk-OSVKQ36P.js";
import "./chunk-23E6JAZU.js";

// src/cli/commands/lab.ts
import { relative, resolve } from "node:path";
function waitForSignal() {
  return new Promise((res) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      res();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
function shellWord(value) {
  return /^[\w./:@%+=-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
function describeLab(lab, root, io, description) {
  const files = lab.files;
  const show = (p) => {
    const rel = relative(io.cwd, p);
    return rel && !rel.startsWith("..") ? rel : p;
  };
  const hosts = lab.world.hosts.filter((h) => !h.unreachable).length;
  const lines = [
    `driftgate lab: ${hosts} SSH host${hosts === 1 ? "" : "s"} and ${lab.world.origins.length} HTTP origin${lab.world.origins.length === 1 ? "" : "s"} on 127.0.0.1`
  ];
  if (description) lines.push(`scenario: ${description.trim().replace(/\s+/g, " ")}`);
  if (files) {
    lines.push(`connect map:  ${show(files.connectMap)}`, `known_hosts:  ${show(files.knownHosts)}`, `identity:     ${show(files.identity)}`, "", "run in another terminal:");
    lines.push(
      `  driftgate check --root ${shellWord(root)} --connect-map ${shellWord(show(files.connectMap))} --known-hosts ${shellWord(show(files.knownHosts))} --identity ${shellWord(show(files.identity))}`
    );
  }
  lines.push("", "press Ctrl-C to stop the lab");
  return `${lines.join("\n")}
`;
}
async function labCommand(opts, io, hooks = {}) {
  const config = await loadConfig(resolve(io.cwd, opts.root), opts.config === void 0 ? void 0 : resolve(io.cwd, opts.config));
  const lab = await startLab({
    root: opts.root,
    config,
    scenario: opts.scenario,
    outDir: opts.out ?? ".driftgate-lab",
    cwd: io.cwd,
    now: io.now()
  });
  try {
    const scenario = lab.scenario;
    io.stdout(describeLab(lab, opts.root, io, scenario.description));
    await (hooks.until ? hooks.until(lab) : waitForSignal());
  } finally {
    await lab.close();
  }
  io.stderr("driftgate lab: stopped\n");
  return EXIT_OK;
}
export {
  describeLab,
  labCommand
};
