import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  composeDir,
  expandHome,
  targetHome,
  trimSlash
} from "./chunk-LIMRRP4O.js";

// src/gates/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(gate, subject, kind, places = []) {
  const pointers = [...new Set(places.map((p) => `${p.file}#${p.pointer}`))].sort();
  const input = [gate, subject.kind, subject.id, kind, ...pointers].join("\0");
  return createHash("sha256").update(input).digest("hex").slice(0, 16);
}

// src/bindings/problem-to-finding.ts
var SCHEMA_GATE_ID = "schema";
function problemToFinding(p) {
  const subject = { kind: "file", id: p.location.file };
  return {
    gate: SCHEMA_GATE_ID,
    severity: p.severity,
    fingerprint: fingerprint(SCHEMA_GATE_ID, subject, p.code, [p.location]),
    message: p.message,
    subject,
    locations: [p.location],
    direction: "inconsistent",
    details: { code: p.code }
  };
}
function compareProblems(a, b) {
  const x = a.location;
  const y = b.location;
  return x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line || x.column - y.column || a.message.localeCompare(b.message);
}

// src/gates/live/container-index.ts
function declaredContainer(service) {
  return service.container ?? service.id;
}
function placeService(model, service) {
  if (!service.host || !service.compose) return void 0;
  const target = model.composeTargets.find((t) => t.id === service.host);
  if (!target) return void 0;
  const dir = trimSlash(composeDir(service.compose));
  let stack = target.stacks.find((s) => trimSlash(s.path) === dir);
  const home = stack ? void 0 : targetHome(model, target);
  if (home !== void 0) {
    const expanded = expandHome(dir, home);
    stack = target.stacks.find((s) => expandHome(s.path, home) === expanded);
  }
  if (!stack) return void 0;
  return { service, target, stack, container: declaredContainer(service) };
}
function findStackObservation(obs, stack) {
  return obs?.stacks.find((s) => s.target === stack.target && s.stack === stack.name);
}
function placeByObservation(model, obs, service) {
  if (!obs || !service.host) return void 0;
  const target = model.composeTargets.find((t) => t.id === service.host);
  if (!target) return void 0;
  const name = declaredContainer(service);
  for (const stack of target.stacks) {
    const seen = findStackObservation(obs, stack);
    if (seen?.ok && seen.containers.some((c) => c.name === name)) return { service, target, stack, container: name };
  }
  return void 0;
}
function stackViews(model, obs) {
  const placements = model.services.map((s) => placeService(model, s) ?? placeByObservation(model, obs, s)).filter((p) => p !== void 0);
  const views = [];
  for (const target of model.composeTargets) {
    if (!target.enabled) continue;
    for (const stack of target.stacks) {
      const view = {
        stack,
        target,
        services: placements.filter((p) => p.target.id === target.id && p.stack.name === stack.name)
      };
      const found = findStackObservation(obs, stack);
      if (found) view.obs = found;
      views.push(view);
    }
  }
  return views;
}
function matchContainer(containers, name) {
  return containers.find((c) => c.name === name) ?? containers.find((c) => c.service === name);
}
function servicesNaming(placements, container) {
  const byName = placements.filter((p) => p.container === container.name);
  if (byName.length > 0) return byName;
  return placements.filter((p) => p.container === container.service);
}
function hostServicesNaming(model, host, container) {
  const onHost = model.services.filter((s) => s.host === host);
  const byName = onHost.filter((s) => declaredContainer(s) === container.name);
  if (byName.length > 0) return byName;
  return onHost.filter((s) => declaredContainer(s) === container.service);
}
function isUp(container) {
  return container.state === "running";
}

export {
  fingerprint,
  SCHEMA_GATE_ID,
  problemToFinding,
  compareProblems,
  placeService,
  stackViews,
  matchContainer,
  servicesNaming,
  hostServicesNaming,
  isUp
};
