import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  startLab
} from "./chunk-4EIJ7BCY.js";
import {
  createRevalidate,
  planFixes,
  renderPlan
} from "./chunk-W7UXJETP.js";
import "./chunk-H7ZTLRIW.js";
import "./chunk-MTAM6SUD.js";
import {
  runCheck
} from "./chunk-LUZ5OHQY.js";
import "./chunk-AQKR6JIK.js";
import "./chunk-SZMFY4LF.js";
import "./chunk-LSZIMM2S.js";
import "./chunk-JMRYQ4ME.js";
import "./chunk-ATKKBIHT.js";
import "./chunk-JCU7AQYF.js";
import "./chunk-ESNE2BXZ.js";
import "./chunk-FPINSQ6A.js";
import "./chunk-PRT4YZB5.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-CWATLPSB.js";
import {
  errorMessage
} from "./chunk-G7ZH7VVN.js";
import {
  EXIT_DRIFT,
  EXIT_ERROR,
  EXIT_INCONCLUSIVE,
  EXIT_OK
} from "./chunk-3AJIMYI2.js";
import "./chunk-23E6JAZU.js";

// src/cli/commands/demo.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { isAbsolute, join as join2, relative } from "node:path";

// src/lab/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function packageRoot(fromUrl = import.meta.url) {
  let dir = dirname(fileURLToPath(fromUrl));
  for (; ; ) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, "utf8")).name === "driftgate") return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`driftgate's package.json not found above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
}

// src/cli/commands/demo.ts
var DEMO_STAGED = [
  { gate: "registry-status", subject: "bazarr", what: 'bazarr runs while the registry says "stopped" (fixable)' },
  { gate: "registry-status", subject: "radarr", what: "radarr exited (137) while declared active" },
  { gate: "health", subject: "jellyfin", what: "jellyfin answers 503" },
  { gate: "health", subject: "radarr", what: "radarr's port refuses connections" },
  { gate: "unmanaged-containers", subject: "uptime-kuma", what: "an undeclared uptime-kuma publishes :3001 on apps" },
  { gate: "backup-freshness", subject: "vm-103-media", what: "the media VM's backup is 38 h old" },
  { gate: "vm-inventory", subject: "apps", what: "VM 102 has 8 cores, 4 declared" }
];
function names(f, subject) {
  return f.subject.id === subject || f.message.includes(`"${subject}"`) || new RegExp(`\\b${subject}\\b`).test(f.message);
}
function demoPaths(root = packageRoot()) {
  return { spine: join2(root, "examples", "spine"), scenario: join2(root, "examples", "scenarios", "demo.yaml") };
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
        return readFileSync2(join2(paths.spine, file), "utf8");
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
