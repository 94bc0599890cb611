import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);

// src/core/exit-codes.ts
var EXIT_OK = 0;
var EXIT_DRIFT = 1;
var EXIT_ERROR = 2;
var EXIT_INCONCLUSIVE = 3;

// src/gates/fix-kinds.ts
var FIX_KINDS = [
  {
    id: "registry-status",
    gate: "registry-status",
    proposes: "the running status (`active`) for a service declared stopped or parked whose container runs",
    evidence: "the container has been up without a restart for `fix.min_uptime_minutes`"
  },
  {
    id: "registry-exited",
    gate: "registry-status",
    proposes: "the status `fix.exited_status` names (`stopped` for a non-zero exit, `parked` for a clean one) for a service declared active whose container exited",
    evidence: "the container exited at least `fix.min_down_minutes` ago and is not restarting"
  },
  {
    id: "service-port",
    gate: "health",
    proposes: "the published port as the service's `port` in the registry and in its probe URL, in one edit",
    evidence: "the probe on the declared port is REFUSED while the running container publishes another port and not that one"
  },
  {
    id: "health-enable",
    gate: "health",
    proposes: "`enabled: true` for a disabled endpoint",
    evidence: "its shadow probe answers its `expect`"
  },
  {
    id: "health-expect",
    gate: "health",
    proposes: "a new `expect` in the file's style (number, list or comma string) for an endpoint that answers another status",
    evidence: "the same redirect (its `Location` shown), 2xx, 401 or 403 on every run; `fix.expect_groups` statuses are proposed together; a 404 or 5xx never"
  },
  {
    id: "health-probe-via",
    gate: "health",
    proposes: "`probe_via: ssh` for an endpoint of a localhost-bound service",
    evidence: "the probe is REFUSED while its container runs and publishes nothing on that port (or only on 127.0.0.1)"
  },
  {
    id: "backup-enable",
    gate: "backup-freshness",
    proposes: "`enabled: true` for a disabled backup target",
    evidence: "its shadow probe finds a matching file younger than `stale_after_hours`"
  },
  {
    id: "compose-enable",
    gate: "compose-state",
    proposes: "`enabled: true` for a disabled compose target",
    evidence: "every container of its stacks runs (shadow probe), up for `fix.min_uptime_minutes`"
  },
  {
    id: "vm-resources",
    gate: "vm-inventory",
    proposes: "the hypervisor's cores, memory and boot disk size for an active VM's `resources`",
    evidence: "the hypervisor's listing and guest config"
  },
  {
    id: "vm-status",
    gate: "vm-inventory",
    proposes: "the running status (`active`) for a VM declared planned, registered or provisioned",
    evidence: "the hypervisor lists it running"
  },
  {
    id: "registry-entry",
    gate: "unmanaged-containers",
    proposes: "a registry entry skeleton (key, host, container, compose file, published port, `status: active`) after the entries of its stack, for a person to complete",
    evidence: "a container of a declared stack runs, publishes a port and no registry entry names it, up for `fix.min_uptime_minutes`"
  }
];
var FIX_GATES = [...new Set(FIX_KINDS.map((k) => k.gate))];
function topicOf(f) {
  return f.fix?.kind ?? f.gate;
}
function gateOfTopic(topic) {
  return FIX_KINDS.find((k) => k.id === topic)?.gate ?? topic;
}
function topicsOfGate(gate, config) {
  const kinds = FIX_KINDS.filter((k) => k.gate === gate);
  if (kinds.length === 0) return [gate];
  return kinds.filter((k) => config.fix.kinds[k.id] !== false).map((k) => k.id);
}
function kindEnabled(config, kind) {
  const def = FIX_KINDS.find((k) => k.id === kind);
  return def !== void 0 && config.fix.gates.includes(def.gate) && config.fix.kinds[kind] !== false;
}

export {
  EXIT_OK,
  EXIT_DRIFT,
  EXIT_ERROR,
  EXIT_INCONCLUSIVE,
  FIX_KINDS,
  FIX_GATES,
  topicOf,
  gateOfTopic,
  topicsOfGate,
  kindEnabled
};
