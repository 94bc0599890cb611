import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  startLab
} from "./chunk-HDURQGSP.js";
import {
  createRevalidate,
  planFixes,
  renderPlan
} from "./chunk-V6ANR3QT.js";
import {
  runCheck
} from "./chunk-MGIXQIZ6.js";
import "./chunk-QZYOZBQU.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-GDIFB4IM.js";
import {
  packageRoot
} from "./chunk-WIWSWTOE.js";
import "./chunk-KYKUWAYF.js";
import "./chunk-O2UFUBP5.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-E562MKXH.js";
import "./chunk-ZVYDPUR4.js";
import "./chunk-EU5YSG2Z.js";
import "./chunk-T5JXNHZM.js";
import "./chunk-XF64XNWJ.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-5XIPNB5E.js";
import {
  errorMessage
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_DRIFT,
  EXIT_ERROR,
  EXIT_INCONCLUSIVE,
  EXIT_OK
} from "./chunk-UQVOT4AX.js";
import "./chunk-OSVKQ36P.js";
import "./chunk-23E6JAZU.js";

// src/cli/commands/demo.ts
import { readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
var DEMO_STAGED = [
  { gate: "registry-status", subject: "bazarr", what: 'bazarr runs while the registry says "stopped" (fixable)' },
  { gate: "registry-status", subject: "radarr", what: "radarr exited (137) while declared active (fixable: declare it stopped, or start it)" },
  { gate: "health", subject: "jellyfin", what: "jellyfin answers 503" },
  { gate: "health", subject: "radarr", what: "radarr's port refuses connections" },
  { gate: "unmanaged-containers", subject: "uptime-kuma", what: "an undeclared uptime-kuma publishes :3001 on apps (fixable: a registry entry to complete)" },
  { gate: "backup-freshness", subject: "vm-103-media", what: "the media VM's backup is 38 h old" },
  { gate: "vm-inventory", subject: "apps", what: "VM 102 has 8 cores, 4 declared (fixable)" },
  { gate: "deployed-compose", subject: "radarr", what: "radarr was killed for lack of memory (exit 137, OOMKilled)" },
  { gate: "disk-usage", subject: "media", what: "the media VM's root file system is 94% used" }
];
function names(f, subject) {
  return f.subject.id === subject || f.message.includes(`"${subject}"`) || new RegExp(`\\b${subject}\\b`).test(f.message);
}
function demoPaths(root = packageRoot()) {
  return { spine: join(root, "examples", "spine"), scenario: join(root, "examples", "scenarios", "demo.yaml") };
}
async function demoCommand(opts, io, paths = demoPaths()) {
  const show = (p) => {
    const rel = relative(io.cwd, p);
    return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? p : rel;
  };
  const shownRoot = show(paths.spine);
  io.stderr(`driftgate demo: starting the lab for ${show(paths.scenario)} ...
`);
  const lab = await startLab({ root: paths.spine, scenario: paths.scenario, now: io.now() });
  let result;
  try {
    const quiet = { ...io, stdout: () => void 0 };
    result = await runCheck({ root: shownRoot, format: opts.format, offline: false }, quiet, {
      connectMap: lab.connectMap,
      knownHostsText: lab.knownHosts,
      identity: lab.identity
    });
  } catch (error) {
    io.stderr(`driftgate demo: the pipeline failed to run: ${errorMessage(error)}
`);
    return EXIT_ERROR;
  } finally {
    await lab.close();
  }
  const { report } = result;
  io.stdout(result.text.endsWith("\n") ? result.text : `${result.text}
`);
  if (report.result === "error" || report.result === "inconclusive") {
    io.stderr(`driftgate demo: the pipeline did not complete (result ${report.result}); see the report above
`);
    return report.result === "error" ? EXIT_ERROR : EXIT_INCONCLUSIVE;
  }
  const say = opts.format === "text" ? io.stdout : io.stderr;
  if (opts.format === "text") {
    const readFile = (file) => {
      try {
        return readFileSync(join(paths.spine, file), "utf8");
      } catch {
        return void 0;
      }
    };
    const ranGates = report.gates.filter((g) => g.result === "pass" || g.result === "fail" || g.result === "warn").map((g) => g.id);
    const plan = planFixes(report.findings, result.config, readFile, { ranGates, revalidate: createRevalidate(result.config) });
    say("\n\u2500\u2500 fix plan (what `driftgate fix --pr` would propose; nothing is written) \u2500\u2500\n");
    say(renderPlan(plan));
  }
  const missed = DEMO_STAGED.filter((s) => !report.findings.some((f) => f.gate === s.gate && names(f, s.subject)));
  const found = DEMO_STAGED.length - missed.length;
  if (missed.length > 0) {
    say(`
driftgate demo: found ${found} of the ${DEMO_STAGED.length} staged drifts; missed:
${missed.map((m) => `  - [${m.gate}] ${m.what}`).join("\n")}
`);
    return EXIT_DRIFT;
  }
  say(`
driftgate demo: the demo found ${found} drifts, as staged:
${DEMO_STAGED.map((s) => `  - [${s.gate}] ${s.what}`).join("\n")}
`);
  say("Run it on your own spine: driftgate check --root <spine> (add --offline for the static gates only).\n");
  return EXIT_OK;
}
export {
  DEMO_STAGED,
  demoCommand,
  demoPaths
};
