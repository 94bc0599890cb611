import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  writeObservations
} from "./chunk-QZYOZBQU.js";
import {
  hasProbeFailures,
  parseShard,
  probeLive
} from "./chunk-WOVRBK7Y.js";
import "./chunk-GDIFB4IM.js";
import "./chunk-YE4YLPLW.js";
import {
  loadSpine
} from "./chunk-E562MKXH.js";
import "./chunk-ZVYDPUR4.js";
import {
  loadConfig,
  selectedLiveGates
} from "./chunk-T5JXNHZM.js";
import {
  GATES
} from "./chunk-XF64XNWJ.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-5XIPNB5E.js";
import {
  UserError
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_ERROR,
  EXIT_INCONCLUSIVE,
  EXIT_OK
} from "./chunk-UQVOT4AX.js";
import {
  summarizeObservations
} from "./chunk-L57UK7UR.js";
import "./chunk-OSVKQ36P.js";
import "./chunk-23E6JAZU.js";

// src/cli/commands/probe.ts
import { resolve } from "node:path";
async function probeCommand(opts, io) {
  if (!opts.out) throw new UserError("probe needs --out FILE for the observation snapshot", EXIT_ERROR);
  if (opts.shard !== void 0) parseShard(opts.shard);
  const liveGates = selectedLiveGates(GATES, opts.gates);
  const root = resolve(io.cwd, opts.root);
  const config = await loadConfig(root, opts.config === void 0 ? void 0 : resolve(io.cwd, opts.config));
  const { model, problems } = await loadSpine(root, config);
  const errors = problems.filter((p) => p.severity === "error").length;
  if (errors > 0) io.stderr(`driftgate: warning: ${errors} binding problem(s); probing what could be read (run driftgate validate)
`);
  const obs = await probeLive(model, config, { ...opts, ...liveGates ? { liveGates } : {} }, io);
  writeObservations(resolve(io.cwd, opts.out), obs);
  for (const line of summarizeObservations(obs)) io.stdout(`${line}
`);
  io.stdout(`observations written to ${opts.out}
`);
  const optional = new Set(model.sshTargets.filter((t) => t.optional).map((t) => t.id));
  return hasProbeFailures(obs, optional) ? EXIT_INCONCLUSIVE : EXIT_OK;
}
export {
  probeCommand
};
