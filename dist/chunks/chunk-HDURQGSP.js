import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  require_lib
} from "./chunk-GDIFB4IM.js";
import {
  loadSpine
} from "./chunk-E562MKXH.js";
import {
  defaultConfig,
  validateAgainstSchema
} from "./chunk-T5JXNHZM.js";
import {
  expandHome,
  homeOf
} from "./chunk-XF64XNWJ.js";
import {
  EXIT_COMPOSE_MISSING,
  EXIT_DIR_MISSING,
  dialPlan,
  globToRegExp,
  legacyAlgorithms,
  locateIn,
  parseHostBatch,
  parseYamlFile,
  parseYamlText,
  require_dist,
  sshTargetOfHost,
  statusText,
  statusUptimeMs
} from "./chunk-5XIPNB5E.js";
import {
  UserError
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_ERROR
} from "./chunk-UQVOT4AX.js";
import {
  __toESM
} from "./chunk-23E6JAZU.js";

// src/lab/start-lab.ts
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join, resolve as resolve2 } from "node:path";

// src/lab/closed-port.ts
import { connect, createServer } from "node:net";
function createClosedPorts() {
  let holder;
  const sockets = /* @__PURE__ */ new Set();
  const listening = () => {
    holder ??= new Promise((resolve3, reject) => {
      const server = createServer((peer) => {
        sockets.add(peer);
        peer.on("error", () => void 0);
      });
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve3(server));
    });
    return holder;
  };
  return {
    async take() {
      const server = await listening();
      const { port } = server.address();
      const socket = connect(port, "127.0.0.1");
      sockets.add(socket);
      socket.on("error", () => void 0);
      await new Promise((resolve3, reject) => {
        socket.once("connect", resolve3);
        socket.once("error", reject);
      });
      return socket.localPort;
    },
    async close() {
      for (const s of sockets) s.destroy();
      sockets.clear();
      if (!holder) return;
      const server = await holder;
      await new Promise((resolve3) => server.close(() => resolve3()));
    }
  };
}

// src/lab/http-server.ts
import { createServer as createServer2 } from "node:http";

// src/lab/tracker.ts
function createTracker() {
  const timers = /* @__PURE__ */ new Set();
  const sockets = /* @__PURE__ */ new Set();
  return {
    timers,
    track(socket) {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.on("close", () => sockets.delete(socket));
    },
    close: (server) => new Promise((resolve3) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      for (const s of sockets) s.destroy();
      server.close(() => resolve3());
    })
  };
}

// src/lab/http-server.ts
async function startHttpOrigin(origin) {
  const tracker = createTracker();
  const { timers } = tracker;
  const server = createServer2((req, res) => {
    const url = new URL(req.url ?? "/", "http://lab.invalid");
    const route = origin.routes.get(`${url.pathname}${url.search}`) ?? origin.routes.get(url.pathname);
    const answer2 = () => {
      if (res.destroyed) return;
      if (!route) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
        return;
      }
      const headers = { "content-type": "text/plain" };
      if (route.location) headers.location = route.location;
      res.writeHead(route.status, headers).end(`${route.endpoint} ${route.status}
`);
    };
    req.resume();
    const delay = route?.latencyMs ?? 0;
    if (delay <= 0) return answer2();
    const timer = setTimeout(() => {
      timers.delete(timer);
      answer2();
    }, delay);
    timers.add(timer);
    res.on("close", () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  });
  server.keepAliveTimeout = 5e3;
  server.on("connection", (socket) => tracker.track(socket));
  server.on("clientError", (_err, socket) => socket.destroy());
  await new Promise((resolve3, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve3();
    });
  });
  return {
    origin,
    port: server.address().port,
    close: () => tracker.close(server)
  };
}

// src/lab/lab-keys.ts
var import_ssh2 = __toESM(require_lib(), 1);
var { utils } = import_ssh2.default;
function generateEd25519(comment = "driftgate-lab") {
  for (let attempt = 0; attempt < 20; attempt++) {
    const pair = utils.generateKeyPairSync("ed25519", { comment });
    if (!(utils.parseKey(pair.private) instanceof Error) && !(utils.parseKey(pair.public) instanceof Error)) return pair;
  }
  throw new Error("could not generate a parseable Ed25519 key");
}
function generateRsa(comment = "driftgate-lab") {
  for (let attempt = 0; attempt < 20; attempt++) {
    const pair = utils.generateKeyPairSync("rsa", { bits: 2048, comment });
    if (!(utils.parseKey(pair.private) instanceof Error) && !(utils.parseKey(pair.public) instanceof Error)) return pair;
  }
  throw new Error("could not generate a parseable RSA key");
}

// src/lab/scenario.ts
import { resolve } from "node:path";

// schemas/scenario.schema.json
var scenario_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://driftgate.dev/schemas/scenario.schema.json",
  title: "driftgate lab scenario",
  description: "A lab scenario states only the deviations from the declared state of a spine. By default every declared container runs (including declared stopped or parked ones), every health endpoint answers the first status of its `expect`, every enabled backup target has a fresh file (about 2 hours old) and the hypervisor lists every active VM as running with its declared resources.",
  type: "object",
  additionalProperties: false,
  required: ["version"],
  properties: {
    version: { const: 1, description: "Scenario format version; always 1." },
    description: { type: "string", description: "What the scenario stages, for people and for `driftgate lab` output." },
    latency: {
      type: "object",
      description: "Default injected latencies, applied where no host or endpoint sets its own.",
      additionalProperties: false,
      properties: {
        sshMs: { type: "integer", minimum: 0, maximum: 6e5, description: "Delay before every SSH command answers, in milliseconds." },
        httpMs: { type: "integer", minimum: 0, maximum: 6e5, description: "Delay before every HTTP response, in milliseconds." }
      }
    },
    hosts: {
      type: "object",
      description: "SSH behaviour per host, keyed by ssh target id or compose target id.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          unreachable: { type: "boolean", description: "The host does not answer: the connect map points at a closed port." },
          authDenied: { type: "boolean", description: "The SSH server rejects every authentication attempt." },
          hostKeyRotated: { type: "boolean", description: "The server presents a different host key than the one written to known_hosts." },
          commandDelayMs: { type: "integer", minimum: 0, maximum: 6e5, description: "Delay before each command on this host answers, in milliseconds (overrides latency.sshMs)." },
          composeFormat: { enum: ["array", "ndjson"], description: "How the host's docker listing prints: one JSON array (as plain `docker inspect` prints it) or one object per line (as `--format '{{json .}}'` does). Default: alternates between hosts." },
          dockerUnreachable: { type: "boolean", description: "The docker listing fails as when the Docker daemon is down (exit 1, message on stderr)." },
          unreachablePlanes: {
            type: "array",
            description: "Address planes of the target (access_policy with lan_ip/tailscale_ip) that do not answer; the others do (lan_first then falls back).",
            items: { enum: ["lan", "tailscale"] },
            uniqueItems: true
          },
          nodeName: { type: "string", minLength: 1, description: "The Proxmox node name a hypervisor host reports (default: its ssh target id)." }
        }
      }
    },
    containers: {
      type: "object",
      description: "Overrides of declared containers, keyed by `<compose target id>/<container name>` (container name = the registry `container` field, else the service id). A container of a disabled compose target exists only when it is named here.",
      propertyNames: { pattern: "^[^/\\s]+/[^/\\s]+$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          state: { enum: ["running", "exited", "restarting", "paused", "created", "dead"], description: "Container state as Docker reports it." },
          exitCode: { type: "integer", minimum: 0, maximum: 255, description: "Exit code (default 0; with state exited, the Status text says it)." },
          status: { type: "string", description: `Docker's Status text; derived from state, exit code and times when absent. An "Up \u2026" text without started_ago also sets the start time ("Up 20 seconds": started 20 seconds ago).` },
          health: { enum: ["", "healthy", "unhealthy", "starting"], description: 'Docker health status ("" when the image has no healthcheck).' },
          absent: { type: "boolean", description: "The container does not exist at all (removed), so compose does not list it." },
          started_ago: { type: "string", pattern: "^[0-9]+[smhd]$", description: 'How long ago the container last started, e.g. "20s", "15m", "3h", "2d" (default: 5 hours for running containers; exited ones started 8 hours and stopped 3 hours ago).' },
          restarts: { type: "integer", minimum: 0, description: "How often its restart policy restarted it (docker's RestartCount; default 0)." },
          oomKilled: { type: "boolean", description: "The kernel killed it for lack of memory (State.OOMKilled)." },
          publishers: {
            type: "array",
            description: "The ports it publishes instead of the registry's `port` (an empty list: none, e.g. a service bound to 127.0.0.1).",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["targetPort"],
              properties: {
                targetPort: { type: "integer", minimum: 1, maximum: 65535, description: "Port inside the container." },
                publishedPort: { type: "integer", minimum: 0, maximum: 65535, description: "Port on the host (0 = not published)." },
                url: { type: "string", description: "Bind address, e.g. 0.0.0.0." },
                protocol: { enum: ["tcp", "udp"], description: "Protocol (default tcp)." }
              }
            }
          }
        }
      }
    },
    extraContainers: {
      type: "array",
      description: "Containers that run but that the registry does not declare.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["host", "stack", "name"],
        properties: {
          host: { type: "string", minLength: 1, description: "Compose target id." },
          stack: { type: "string", minLength: 1, description: "Stack name on that compose target." },
          name: { type: "string", minLength: 1, description: "Container name." },
          service: { type: "string", minLength: 1, description: "Compose service name (default: the container name)." },
          state: { enum: ["running", "exited", "restarting", "paused", "created", "dead"], description: "Container state (default running)." },
          exitCode: { type: "integer", minimum: 0, maximum: 255, description: "Exit code (default 0)." },
          status: { type: "string", description: `Docker's Status text; derived when absent. An "Up \u2026" text without started_ago also sets the start time.` },
          health: { enum: ["", "healthy", "unhealthy", "starting"], description: "Docker health status." },
          publishers: {
            type: "array",
            description: "Published ports (none for internal containers).",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["targetPort"],
              properties: {
                targetPort: { type: "integer", minimum: 1, maximum: 65535, description: "Port inside the container." },
                publishedPort: { type: "integer", minimum: 0, maximum: 65535, description: "Port on the host (0 = not published)." },
                url: { type: "string", description: "Bind address, e.g. 0.0.0.0." },
                protocol: { enum: ["tcp", "udp"], description: "Protocol (default tcp)." }
              }
            }
          },
          started_ago: { type: "string", pattern: "^[0-9]+[smhd]$", description: 'How long ago the container last started, e.g. "20s", "15m", "3h", "2d" (default: 5 hours for running containers; exited ones started 8 hours and stopped 3 hours ago).' },
          restarts: { type: "integer", minimum: 0, description: "How often its restart policy restarted it (docker's RestartCount; default 0)." },
          oomKilled: { type: "boolean", description: "The kernel killed it for lack of memory (State.OOMKilled)." }
        }
      }
    },
    endpoints: {
      type: "object",
      description: "HTTP behaviour per health endpoint id of services.health.yaml.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          status: { type: "integer", minimum: 100, maximum: 599, description: "Status code answered (default: the first `expect`). A disabled endpoint answers only when a status is given; otherwise nothing listens for it." },
          latencyMs: { type: "integer", minimum: 0, maximum: 6e5, description: "Delay before the response, in milliseconds; above the probe's max time it is a timeout." },
          refuse: { type: "boolean", description: "Connection refused: the endpoint's whole origin (host:port) maps to a closed port." },
          location: { type: "string", description: "Location header of a 3xx answer (default /login)." },
          loopbackOnly: { type: "boolean", description: "The service binds 127.0.0.1 on its host only: refused from outside, answered through the host's SSH connection (probe_via: ssh). Endpoints that declare probe_via: ssh are loopback-only by default." }
        }
      }
    },
    backups: {
      type: "object",
      description: "Backup directory state per backup target name of backup.inventory.yaml.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          ageHours: { type: "number", minimum: 0, description: "Age of the newest matching file, in hours (default 2). A disabled target holds files only when an age is given." },
          missing: { type: "boolean", description: "No file matches the target's glob." },
          dirMissing: { type: "boolean", description: "The base directory does not exist (affects every target sharing it)." },
          newestBytes: { type: "integer", minimum: 0, description: "Size of the newest matching file in bytes (default: previousBytes)." },
          previousBytes: { type: "integer", minimum: 0, description: "Size of each older matching file in bytes (default 1 GiB)." }
        }
      }
    },
    hypervisor: {
      type: "object",
      description: "The hypervisor's guests (`qm list`, `pct list` and the guest configs); vm.lifecycle guests with vm_type: lxc are LXC containers.",
      additionalProperties: false,
      properties: {
        vms: {
          type: "object",
          description: "Overrides per declared vmid.",
          propertyNames: { pattern: "^[0-9]+$" },
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              status: { enum: ["running", "stopped", "paused"], description: "VM status as `qm list` prints it (default: running for an active VM, stopped for a provisioned, registered or template one)." },
              cpuCores: { type: "integer", minimum: 1, description: "Cores in `qm config`." },
              memoryMb: { type: "integer", minimum: 1, description: "Memory in MiB." },
              bootDiskGb: { type: "number", minimum: 0, description: "Boot disk size in GiB." },
              absent: { type: "boolean", description: "The hypervisor does not list this VM." },
              onboot: { type: "boolean", description: "Proxmox onboot flag in the guest config (default: the declared onboot, else true)." },
              host: { type: "string", minLength: 1, description: "SSH target id of the hypervisor that lists the guest instead of its declared proxmox_host (a migrated guest)." }
            }
          }
        },
        extra: {
          type: "array",
          description: "VMs the hypervisor lists that vm.lifecycle.yaml does not declare.",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["vmid", "name"],
            properties: {
              vmid: { type: "integer", minimum: 100, description: "VM id." },
              name: { type: "string", minLength: 1, description: "VM name." },
              status: { enum: ["running", "stopped", "paused"], description: "Status (default running)." },
              cpuCores: { type: "integer", minimum: 1, description: "Cores." },
              memoryMb: { type: "integer", minimum: 1, description: "Memory in MiB." },
              bootDiskGb: { type: "number", minimum: 0, description: "Boot disk size in GiB." },
              host: { type: "string", minLength: 1, description: "SSH target id of the hypervisor listing it (default: the first hypervisor)." },
              type: { enum: ["qemu", "lxc"], description: "qemu (listed by `qm list`, the default) or lxc (listed by `pct list`)." },
              onboot: { type: "boolean", description: "Proxmox onboot flag (default true)." }
            }
          }
        },
        backupJobs: {
          type: "array",
          description: "The hypervisors' backup jobs (`pvesh get /cluster/backup`), instead of the default: one enabled job per hypervisor naming every guest it lists (templates excepted).",
          items: {
            type: "object",
            additionalProperties: false,
            required: ["id"],
            properties: {
              id: { type: "string", minLength: 1, description: "Job id." },
              vmids: { type: "array", items: { type: "integer", minimum: 1 }, description: "Guests the job backs up." },
              all: { type: "boolean", description: "The job backs up every guest (of `node`, when set) except `exclude`." },
              exclude: { type: "array", items: { type: "integer", minimum: 1 }, description: "Guests an `all` job leaves out." },
              enabled: { type: "boolean", description: "Whether the job runs (default true)." },
              node: { type: "string", minLength: 1, description: "The Proxmox node the job is restricted to." },
              pool: { type: "string", minLength: 1, description: "A pool whose guests the job backs up." },
              host: { type: "string", minLength: 1, description: "SSH target id of the hypervisor that has the job (default: the first hypervisor)." }
            }
          }
        }
      }
    },
    composeFiles: {
      type: "object",
      description: "The compose file deployed in each stack directory, keyed by `<compose target id>/<stack name>`. Default: the staged copy in the spine (config `compose.staged`) where there is one, else a file written from the stack's containers (pinned images, a healthcheck each).",
      propertyNames: { pattern: "^[^/\\s]+/[^/\\s]+$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          content: { type: "string", description: "The text of the deployed compose file." },
          missing: { type: "boolean", description: "The stack directory holds no compose file." }
        }
      }
    },
    disks: {
      type: "object",
      description: "The disks of a host (`df`), keyed by ssh target id. Default: one root file system 40% used (the VM's boot_disk_gb, else 50 GB) and, for a VM with data_mount, a data disk 30% used that also holds the docker data root.",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: {
          filesystems: {
            type: "array",
            description: "Every file system df lists (replaces the default).",
            items: {
              type: "object",
              additionalProperties: false,
              required: ["mount", "usedPercent"],
              properties: {
                mount: { type: "string", pattern: "^/", description: "Mount point." },
                usedPercent: { type: "integer", minimum: 0, maximum: 100, description: "Percent used." },
                sizeGb: { type: "number", exclusiveMinimum: 0, description: "Size in GB (default 50)." },
                filesystem: { type: "string", minLength: 1, description: "Device name (default /dev/sdXN)." }
              }
            }
          },
          dockerRoot: { type: "string", pattern: "^/", description: "The docker data root (default /var/lib/docker, or <data_mount>/docker for a VM with a data disk)." }
        }
      }
    }
  }
};

// src/lab/scenario.ts
var SCENARIO_SCHEMA = scenario_schema_default;
function fromParsed(parsed, shown) {
  const file = parsed.file;
  const problems = [...parsed.problems];
  if (file.data !== void 0 && file.data !== null) problems.push(...validateAgainstSchema(file, SCENARIO_SCHEMA));
  else if (problems.length === 0) {
    problems.push({ code: "SCHEMA_TYPE", severity: "error", message: "the scenario is empty", location: { file: shown, line: 1, column: 1, pointer: "" } });
  }
  if (problems.length > 0) {
    const lines = problems.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column).map((p) => `  ${shown}:${p.location.line}:${p.location.column}: ${p.message}`);
    const n = problems.length;
    throw new UserError(`scenario ${shown} is invalid (${n} problem${n === 1 ? "" : "s"}):
${lines.join("\n")}`, EXIT_ERROR);
  }
  return {
    scenario: file.data,
    source: {
      file: shown,
      locate: (pointer) => {
        const loc = locateIn(file, pointer);
        return { line: loc.line, column: loc.column };
      }
    }
  };
}
async function loadScenario(path, cwd = process.cwd(), shown = path) {
  const parsed = await parseYamlFile(resolve(cwd, path), shown, "config");
  if (parsed.problems.some((p) => p.code === "FILE_MISSING")) throw new UserError(`scenario file not found: ${shown}`, EXIT_ERROR);
  return fromParsed(parsed, shown);
}
function parseScenario(text, shown = "scenario.yaml") {
  return fromParsed(parseYamlText(text, shown, "config"), shown);
}
function scenarioFromObject(scenario) {
  const text = JSON.stringify(scenario);
  return { scenario: parseScenario(text, "<scenario object>").scenario };
}

// src/lab/ssh-server.ts
var import_ssh22 = __toESM(require_lib(), 1);
import { timingSafeEqual } from "node:crypto";
import { connect as connect2, createServer as createServer3 } from "node:net";

// src/lab/remote-extras.ts
var DEFAULT_ROOT = { filesystem: "/dev/sda1", mount: "/", sizeKb: 50 * 1024 * 1024, usedPercent: 40 };
function composeFile(host, path) {
  const abs = expandHome(path, host.home);
  if (!host.stacks.has(abs)) return { stdout: "", stderr: "", code: EXIT_DIR_MISSING };
  const text = host.composeFiles?.get(abs);
  if (text === void 0) return { stdout: `${abs}
`, stderr: "", code: EXIT_COMPOSE_MISSING };
  const lines = text.endsWith("\n") ? text.slice(0, -1).split("\n") : text.split("\n");
  return { stdout: `${abs}
@@file docker-compose.yml
${lines.map((l) => `|${l}`).join("\n")}
`, stderr: "", code: 0 };
}
function backupJobs(host) {
  if (!host.vms) return { stdout: `@@node ${host.nodeName}
`, stderr: "bash: line 1: pvesh: command not found\n", code: 127 };
  const jobs = (host.backupJobs ?? []).map((j) => ({
    id: j.id,
    type: "vzdump",
    enabled: j.enabled ? 1 : 0,
    schedule: "02:00",
    storage: "local",
    mode: "snapshot",
    ...j.all ? { all: 1 } : { vmid: j.vmids.join(",") },
    ...j.exclude.length > 0 ? { exclude: j.exclude.join(",") } : {},
    ...j.node ? { node: j.node } : {},
    ...j.pool ? { pool: j.pool } : {}
  }));
  return { stdout: `@@node ${host.nodeName}
${JSON.stringify(jobs)}
`, stderr: "", code: 0 };
}
function df(host, docker2) {
  const rows = (host.filesystems ?? [DEFAULT_ROOT]).map((f) => {
    const used = Math.round(f.sizeKb * f.usedPercent / 100);
    return `${f.filesystem.padEnd(16)} ${String(f.sizeKb).padStart(12)} ${String(used).padStart(12)} ${String(f.sizeKb - used).padStart(12)} ${String(f.usedPercent).padStart(8)}% ${f.mount}`;
  });
  const pseudo = "tmpfs                 1634028         1596      1632432        1% /run";
  const head = "Filesystem     1024-blocks      Used Available Capacity Mounted on";
  const root = docker2 ? `
@@dockerroot ${host.dockerUnreachable ? "" : host.dockerRoot ?? "/var/lib/docker"}
` : "";
  return { stdout: `${[head, ...rows, pseudo].join("\n")}
${root}`, stderr: "", code: 0 };
}
function extraSections(host, batch) {
  const parts = [];
  let tools = 0;
  (batch.composeFiles ?? []).forEach((path, i) => parts.push(frame(`compose:${i + (batch.firstCompose ?? 0)}`, composeFile(host, path))));
  if (batch.backupSizes) {
    parts.push(frame("backupsizes", backups(host, batch.backupSizes.dirs, batch.backupSizes.globs, true)));
    tools += 1;
  }
  if (batch.backupJobs) {
    parts.push(frame("backupjobs", backupJobs(host)));
    tools += 1;
  }
  if (batch.disk) parts.push(frame("disk", df(host, batch.disk === "docker")));
  return { parts, tools };
}

// src/lab/remote-output.ts
var ZERO_TIME = "0001-01-01T00:00:00Z";
function inspectJson(c, stackName) {
  const ports = {};
  if (c.State === "running") {
    for (const p of c.Publishers ?? []) {
      ports[`${p.TargetPort}/${p.Protocol}`] = p.PublishedPort > 0 ? [{ HostIp: p.URL, HostPort: String(p.PublishedPort) }] : null;
    }
  }
  const out = {
    Id: c.ID,
    Name: `/${c.Name}`,
    Image: c.Image,
    Labels: {
      "com.docker.compose.project": c.Project,
      "com.docker.compose.service": c.Service,
      "com.docker.compose.project.working_dir": c.inspect.workingDir,
      "com.docker.compose.project.config_files": `${c.inspect.workingDir}/docker-compose.yml`,
      "com.docker.compose.stack": stackName
    },
    State: {
      Status: c.State,
      ExitCode: c.ExitCode,
      StartedAt: c.inspect.startedAt?.toISOString() ?? ZERO_TIME,
      FinishedAt: c.inspect.finishedAt?.toISOString() ?? ZERO_TIME,
      OOMKilled: c.inspect.oomKilled,
      Health: c.Health ? { Status: c.Health } : null
    },
    RestartCount: c.inspect.restartCount,
    Ports: ports
  };
  if (c.Status !== c.inspect.derivedStatus) out.Status = c.Status;
  return out;
}
function docker(host) {
  if (host.dockerUnreachable) {
    return { stdout: "", stderr: "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n", code: 1 };
  }
  const all = [...host.stacks.values()].flatMap((s) => s.containers.map((c) => inspectJson(c, s.name)));
  const stdout = host.composeFormat === "array" ? all.length > 0 ? `${JSON.stringify(all)}
` : "" : all.map((c) => `${JSON.stringify(c)}
`).join("");
  return { stdout, stderr: "", code: 0 };
}
function stackDir(host, path) {
  const abs = expandHome(path, host.home);
  if (!host.stacks.has(abs)) return { stdout: "", stderr: "", code: EXIT_DIR_MISSING };
  return { stdout: `${abs}
${abs}
`, stderr: "", code: 0 };
}
function backups(host, dirs, globs, sizes = false) {
  const res = globs.length > 0 ? globs.map(globToRegExp) : [/^/];
  const head = [];
  const files = [];
  for (const dir of dirs) {
    const abs = expandHome(dir, host.home).replace(/\/+$/, "");
    const listing = host.dirs.get(abs) ?? host.dirs.get(expandHome(dir, host.home));
    head.push(listing ? `@@dir ${abs}
` : `@@nodir ${abs}
`);
    for (const f of listing ?? []) {
      if (res.some((re) => re.test(f.name))) files.push(`${Math.floor(f.mtime.getTime() / 1e3)}${sizes ? ` ${f.bytes ?? 1024 ** 3}` : ""} ${abs}/${f.name}
`);
    }
  }
  return { stdout: head.join("") + files.join(""), stderr: "", code: 0 };
}
function pad(value, width, right = false) {
  return right ? value.padStart(width) : value.padEnd(width);
}
function qmList(vms) {
  if (vms.length === 0) return "";
  const head = `${pad("VMID", 10, true)} ${pad("NAME", 20)} ${pad("STATUS", 10)} ${pad("MEM(MB)", 10)} ${pad("BOOTDISK(GB)", 12, true)} ${pad("PID", 10)}
`;
  const rows = vms.map((vm) => {
    const pid = vm.status === "running" ? String(1e4 + vm.vmid) : "0";
    const disk = (vm.bootDiskGb ?? 0).toFixed(2);
    return `${pad(String(vm.vmid), 10, true)} ${pad(vm.name, 20)} ${pad(vm.status, 10)} ${pad(String(vm.memoryMb ?? 0), 10)} ${pad(disk, 12, true)} ${pad(pid, 10)}
`;
  });
  return head + rows.join("");
}
function pctList(cts) {
  if (cts.length === 0) return "";
  const rows = cts.map((ct) => `${pad(String(ct.vmid), 10)} ${pad(ct.status, 10)} ${pad("", 12)} ${ct.name}
`);
  return `VMID       Status     Lock         Name
${rows.join("")}`;
}
function guestConfig(vm) {
  const lines = [`memory: ${vm.memoryMb ?? 512}`, `onboot: ${vm.onboot ? 1 : 0}`];
  if (vm.type === "lxc") {
    lines.push("arch: amd64", `cores: ${vm.cpuCores ?? 1}`, `hostname: ${vm.name}`, "net0: name=eth0,bridge=vmbr0,ip=dhcp,type=veth", "ostype: ubuntu");
    if (vm.bootDiskGb !== void 0) lines.push(`rootfs: local-lvm:vm-${vm.vmid}-disk-0,size=${vm.bootDiskGb}G`);
    lines.push("swap: 512");
  } else {
    lines.push("boot: order=scsi0", `cores: ${vm.cpuCores ?? 1}`, `name: ${vm.name}`, "net0: virtio=BC:24:11:00:00:01,bridge=vmbr0", "ostype: l26", "sockets: 1");
    if (vm.bootDiskGb !== void 0) lines.push(`scsi0: local-lvm:vm-${vm.vmid}-disk-0,size=${vm.bootDiskGb}G`);
  }
  if (vm.template) lines.push("template: 1");
  return `${lines.sort().join("\n")}
`;
}
function hypervisor(host) {
  const node = `@@node ${host.nodeName}
`;
  if (!host.vms) {
    return { stdout: `${node}@@qm
@@pct

@@status 127 127
`, stderr: "bash: line 1: qm: command not found\nbash: line 1: pct: command not found\n", code: 1 };
  }
  const qemu = host.vms.filter((v) => v.type === "qemu");
  const lxc = host.vms.filter((v) => v.type === "lxc");
  const confs = [...qemu.map((v) => ["qemu-server", v]), ...lxc.map((v) => ["lxc", v])].map(([dir, v]) => `
@@conf /etc/pve/${dir}/${v.vmid}.conf
${guestConfig(v)}`);
  return { stdout: `${node}@@qm
${qmList(qemu)}@@pct
${pctList(lxc)}${confs.join("")}
@@status 0 0
`, stderr: "", code: 0 };
}
function frame(id, s) {
  return { stdout: `@@begin ${id}
${s.stdout}
@@end ${id} ${s.code}
`, stderr: `@@begin ${id}
${s.stderr}
@@end ${id}
`, code: 0 };
}
function answer(host, batch) {
  const parts = [];
  let tools = 0;
  if (batch.docker) {
    parts.push(frame("docker", docker(host)));
    tools += 1;
  }
  batch.stacks.forEach((path, i) => parts.push(frame(`stack:${i + (batch.firstStack ?? 0)}`, stackDir(host, path))));
  if (batch.backups) {
    parts.push(frame("backups", backups(host, batch.backups.dirs, batch.backups.globs)));
    tools += 1;
  }
  if (batch.hypervisor) {
    parts.push(frame("hypervisor", hypervisor(host)));
    tools += 1;
  }
  const extras = extraSections(host, batch);
  parts.push(...extras.parts);
  tools += extras.tools;
  return { stdout: parts.map((p) => p.stdout).join(""), stderr: parts.map((p) => p.stderr).join(""), code: 0, tools: Math.max(1, tools) };
}
function runRemoteCommand(host, command) {
  const batch = parseHostBatch(command);
  if (!batch) return { stdout: "", stderr: "driftgate lab: command not allowed (not one of the fixed templates)\n", code: 127, tools: 1 };
  return answer(host, batch);
}

// src/lab/ssh-server.ts
var { Server, utils: utils2 } = import_ssh22.default;
function sameKey(a, b) {
  return a.length === b.length && timingSafeEqual(a, b);
}
function parseKeyOrThrow(text) {
  const parsed = utils2.parseKey(text);
  if (parsed instanceof Error) throw parsed;
  return Array.isArray(parsed) ? parsed[0] : parsed;
}
function handleClient(client, opts, tracker) {
  const { host, clientKey } = opts;
  const { timers } = tracker;
  client.on("error", () => void 0);
  client.on("authentication", (ctx) => {
    host.received.auth += 1;
    if (host.authDenied || ctx.method !== "publickey") return ctx.reject(["publickey"]);
    const allowed = ctx.key.algo === clientKey.type && sameKey(ctx.key.data, clientKey.getPublicSSH()) && (!ctx.signature || clientKey.verify(ctx.blob, ctx.signature, ctx.hashAlgo) === true);
    if (allowed) ctx.accept();
    else ctx.reject(["publickey"]);
  });
  client.on("ready", () => {
    client.on("tcpip", (accept, reject, info) => {
      host.received.channels.push(`${info.destIP}:${info.destPort}`);
      const to = opts.route?.(host, info.destIP, info.destPort);
      if (!to) return reject();
      const socket = connect2(to.port, to.host);
      tracker.track(socket);
      socket.once("error", () => reject());
      socket.once("connect", () => {
        const stream = accept();
        socket.removeAllListeners("error");
        socket.on("error", () => stream.destroy());
        stream.on("error", () => socket.destroy());
        stream.pipe(socket).pipe(stream);
      });
    });
    client.on("session", (acceptSession) => {
      const session = acceptSession();
      session.on("pty", (_accept, reject) => reject?.());
      session.on("shell", (_accept, reject) => reject?.());
      session.on("subsystem", (_accept, reject) => reject?.());
      session.once("exec", (accept, _reject, info) => {
        const stream = accept();
        host.received.execs.push(info.command);
        const result = runRemoteCommand(host, info.command);
        const answer2 = () => {
          if (stream.destroyed) return;
          if (result.stdout) stream.write(result.stdout);
          if (result.stderr) stream.stderr.write(result.stderr);
          stream.exit(result.code);
          stream.end();
        };
        const delay = host.commandDelayMs * result.tools;
        if (delay <= 0) return answer2();
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer2();
        }, delay);
        timers.add(timer);
      });
    });
  });
}
async function startSshHost(opts) {
  const tracker = createTracker();
  const config = { hostKeys: [opts.hostKey], ident: opts.host.legacyRsa ? "dropbear_2019.78" : "driftgate-lab_1.0" };
  if (opts.host.legacyRsa) config.algorithms = { serverHostKey: ["ssh-rsa"] };
  const ssh = new Server(config, (client) => handleClient(client, opts, tracker));
  ssh.on("error", () => void 0);
  const server = createServer3((socket) => {
    tracker.track(socket);
    socket.on("error", () => void 0);
    ssh.injectSocket(socket);
  });
  await new Promise((resolve3, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve3();
    });
  });
  const port = server.address().port;
  return {
    host: opts.host,
    port,
    close: () => tracker.close(server)
  };
}

// src/lab/lab-paths.ts
import { posix } from "node:path";
function remoteDirname(path, home) {
  return posix.dirname(expandHome(path, home));
}
function nameForGlob(glob, stamp2) {
  let name = "";
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === "*") name += stamp2;
    else if (ch === "?") name += "x";
    else if (ch === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end < 0) name += "[";
      else {
        const cls = glob.slice(i + 1, end);
        name += cls.startsWith("!") ? "_" : cls[0] ?? "x";
        i = end;
      }
    } else name += ch;
  }
  return name;
}

// src/lab/scenario-error.ts
function scenarioError(loaded, pointer, message) {
  const src = loaded.source;
  if (!src) return new UserError(`scenario ${pointer}: ${message}`, EXIT_ERROR);
  const { line, column } = src.locate(pointer);
  return new UserError(`${src.file}:${line}:${column}: ${message}`, EXIT_ERROR);
}

// src/lab/world-containers.ts
import { createHash } from "node:crypto";
function containerId(host, name) {
  return createHash("sha256").update(`${host}/${name}`).digest("hex").slice(0, 12);
}
function statusText2(state, exitCode, health, times, now) {
  const iso = (d) => d?.toISOString();
  return statusText({ state, exitCode, health, ...times.startedAt ? { startedAt: iso(times.startedAt) } : {}, ...times.finishedAt ? { finishedAt: iso(times.finishedAt) } : {} }, now);
}
var SECOND = 1e3;
var HOUR = 36e5;
var UNIT_MS = { s: SECOND, m: 60 * SECOND, h: HOUR, d: 24 * HOUR };
function durationMs(text) {
  const m = /^(\d+)([smhd])$/.exec(text.trim());
  return m ? Number(m[1]) * (UNIT_MS[m[2]] ?? 0) : 0;
}
function timesOf(state, o, now) {
  const ago = (ms) => new Date(now.getTime() - ms);
  const up = o?.status !== void 0 ? statusUptimeMs(o.status) : void 0;
  const started = o?.started_ago !== void 0 ? ago(durationMs(o.started_ago)) : up !== void 0 ? ago(up) : void 0;
  switch (state) {
    case "running":
    case "paused": {
      const startedAt = started ?? ago(5 * HOUR);
      return (o?.restarts ?? 0) > 0 ? { startedAt, finishedAt: new Date(startedAt.getTime() - 1e3) } : { startedAt };
    }
    case "restarting":
      return { startedAt: started ?? ago(30 * SECOND), finishedAt: ago(4 * SECOND) };
    case "exited":
    case "dead":
      return started ? { startedAt: started, finishedAt: new Date(Math.min(now.getTime(), started.getTime() + 1e3)) } : { startedAt: ago(8 * HOUR), finishedAt: ago(3 * HOUR) };
    case "created":
      return {};
  }
}
function makeContainer(input) {
  const state = input.override?.state ?? "running";
  const exitCode = input.override?.exitCode ?? 0;
  const health = input.override?.health ?? "";
  const times = timesOf(state, input.override, input.now);
  const derivedStatus = statusText2(state, exitCode, health, times, input.now);
  const publishers = input.ports.map((p) => ({
    URL: p.url ?? "0.0.0.0",
    TargetPort: p.targetPort,
    PublishedPort: state === "running" ? p.publishedPort ?? p.targetPort : 0,
    Protocol: p.protocol ?? "tcp"
  }));
  return {
    ID: containerId(input.host, input.name),
    Name: input.name,
    Image: `lab/${input.service}:latest`,
    Service: input.service,
    Project: input.project,
    State: state,
    Status: input.override?.status ?? derivedStatus,
    Health: health,
    ExitCode: exitCode,
    Publishers: publishers.length === 0 && input.nullPublishers ? null : publishers,
    inspect: {
      ...times,
      restartCount: input.override?.restarts ?? 0,
      oomKilled: input.override?.oomKilled ?? false,
      workingDir: input.workingDir,
      derivedStatus
    }
  };
}
function containerName(service) {
  return service.container ?? service.id;
}
function escapePointer(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function populateStacks(model, loaded, hostOf, now) {
  const overrides = loaded.scenario.containers ?? {};
  const used = /* @__PURE__ */ new Set();
  for (const target of model.composeTargets) {
    const host = hostOf(target.id);
    for (const decl of target.stacks) {
      const absPath = expandHome(decl.path, host.home);
      const stack = { target: target.id, name: decl.name, path: decl.path, absPath, containers: [] };
      for (const svc of model.services) {
        if (svc.host !== target.id || !svc.compose) continue;
        if (remoteDirname(svc.compose, host.home) !== absPath) continue;
        const name = containerName(svc);
        const key = `${target.id}/${name}`;
        const override = overrides[key];
        used.add(key);
        if (override?.absent || !target.enabled && !override) continue;
        const ports = override?.publishers ?? (typeof svc.port === "number" ? [{ targetPort: svc.port }] : []);
        stack.containers.push(
          makeContainer({ host: host.id, project: decl.name, name, service: svc.id, ports, nullPublishers: host.composeFormat === "ndjson", override, workingDir: absPath, now })
        );
      }
      if (!host.stacks.has(absPath)) host.stacks.set(absPath, stack);
      else host.stacks.get(absPath)?.containers.push(...stack.containers);
    }
  }
  for (const key of Object.keys(overrides)) {
    if (!used.has(key)) {
      throw scenarioError(
        loaded,
        `/containers/${escapePointer(key)}`,
        `no declared container "${key}": the key is <compose target id>/<container name> of a registry service whose compose file lies in a declared stack`
      );
    }
  }
  (loaded.scenario.extraContainers ?? []).forEach((extra, index) => {
    const target = model.composeTargets.find((t) => t.id === extra.host);
    if (!target) throw scenarioError(loaded, `/extraContainers/${index}/host`, `unknown compose target "${extra.host}"`);
    const host = hostOf(target.id);
    const decl = target.stacks.find((s) => s.name === extra.stack);
    if (!decl) throw scenarioError(loaded, `/extraContainers/${index}/stack`, `compose target "${extra.host}" declares no stack "${extra.stack}"`);
    const stack = host.stacks.get(expandHome(decl.path, host.home));
    stack?.containers.push(
      makeContainer({
        host: host.id,
        project: decl.name,
        name: extra.name,
        service: extra.service ?? extra.name,
        ports: extra.publishers ?? [],
        nullPublishers: host.composeFormat === "ndjson",
        override: extra,
        workingDir: stack?.absPath ?? decl.path,
        now
      })
    );
  });
}

// src/lab/world-extras.ts
var import_yaml = __toESM(require_dist(), 1);
var GIB = 1024 ** 3;
var KB_PER_GB = 1024 * 1024;
var DEFAULT_BOOT_GB = 50;
var DEFAULT_DATA_GB = 500;
function composeOfContainers(stack) {
  const services = {};
  for (const c of stack.containers) {
    if (services[c.Service]) continue;
    const ports = (c.Publishers ?? []).map((p) => `${p.PublishedPort || p.TargetPort}:${p.TargetPort}`);
    services[c.Service] = {
      image: `lab/${c.Service}:1.0`,
      container_name: c.Name,
      ...ports.length > 0 ? { ports } : {},
      healthcheck: { test: ["CMD", "true"], interval: "30s" }
    };
  }
  return (0, import_yaml.stringify)({ services });
}
function populateComposeFiles(model, loaded, hostOf) {
  const overrides = loaded.scenario.composeFiles ?? {};
  for (const key of Object.keys(overrides)) {
    const [target, name] = key.split("/");
    if (!model.stacks.some((s) => s.target === target && s.name === name)) throw scenarioError(loaded, `/composeFiles/${key.replace(/\//g, "~1")}`, `unknown stack "${key}": use <compose target id>/<stack name>`);
  }
  for (const stack of model.stacks) {
    const host = hostOf(stack.target);
    const abs = expandHome(stack.path, host.home);
    const o = overrides[`${stack.target}/${stack.name}`] ?? {};
    host.composeFiles ??= /* @__PURE__ */ new Map();
    if (o.missing) continue;
    const staged = model.stagedCompose?.find((c) => c.target === stack.target && c.stack === stack.name);
    const stagedText = staged ? model.files.get(staged.file)?.text : void 0;
    const own = host.stacks.get(abs);
    const text = o.content ?? stagedText ?? (own ? composeOfContainers(own) : void 0);
    if (text !== void 0) host.composeFiles.set(abs, text);
  }
}
function filesystem(mount, usedPercent, sizeGb, device) {
  return { filesystem: device, mount, sizeKb: Math.round(sizeGb * KB_PER_GB), usedPercent };
}
function populateDisks(model, loaded, hosts) {
  const overrides = loaded.scenario.disks ?? {};
  for (const id of Object.keys(overrides)) if (!hosts.has(id)) throw scenarioError(loaded, `/disks/${id}`, `unknown host "${id}": use an ssh target id`);
  for (const host of hosts.values()) {
    const vm = model.vms.find((v) => v.meaning !== "inert" && (v.sshTarget === host.id || v.hostname === host.id));
    const fs = [filesystem("/", 40, vm?.resources?.bootDiskGb ?? DEFAULT_BOOT_GB, "/dev/sda1")];
    if (vm?.dataMount) fs.push(filesystem(vm.dataMount, 30, DEFAULT_DATA_GB, "/dev/sdb1"));
    const o = overrides[host.id];
    host.filesystems = o?.filesystems ? o.filesystems.map((f, i) => filesystem(f.mount, f.usedPercent, f.sizeGb ?? DEFAULT_BOOT_GB, f.filesystem ?? `/dev/sd${String.fromCharCode(97 + i)}1`)) : fs;
    host.dockerRoot = o?.dockerRoot ?? (vm?.dataMount ? `${vm.dataMount.replace(/\/+$/, "")}/docker` : "/var/lib/docker");
  }
}
function populateBackupJobs(loaded, hosts) {
  const hypervisors = [...hosts.values()].filter((h) => h.vms !== void 0);
  const jobs = loaded.scenario.hypervisor?.backupJobs;
  if (!jobs) {
    for (const h of hypervisors) {
      h.backupJobs = [{ id: `backup-${h.id}-daily`, enabled: true, all: false, vmids: (h.vms ?? []).filter((v) => !v.template).map((v) => v.vmid), exclude: [] }];
    }
    return;
  }
  for (const h of hypervisors) h.backupJobs = [];
  jobs.forEach((j, i) => {
    const host = j.host ? hosts.get(j.host) : hypervisors[0];
    if (!host?.vms) throw scenarioError(loaded, `/hypervisor/backupJobs/${i}`, `backup job "${j.id}": "${j.host ?? ""}" is no hypervisor of the lab`);
    host.backupJobs = [
      ...host.backupJobs ?? [],
      { id: j.id, enabled: j.enabled ?? true, all: j.all ?? false, vmids: j.vmids ?? [], exclude: j.exclude ?? [], ...j.node ? { node: j.node } : {}, ...j.pool ? { pool: j.pool } : {} }
    ];
  });
}
function applyBackupSizes(model, loaded, hosts) {
  for (const b of model.backups) {
    const host = hosts.get(b.host);
    const files = host?.dirs.get(expandHome(b.basePath, host.home));
    if (!files) continue;
    const o = loaded.scenario.backups?.[b.name] ?? {};
    const previous = o.previousBytes ?? GIB;
    const re = globToRegExp(b.glob);
    const mine = files.filter((f) => re.test(f.name)).sort((x, y) => y.mtime.getTime() - x.mtime.getTime());
    mine.forEach((f, i) => {
      f.bytes = i === 0 ? o.newestBytes ?? previous : previous;
    });
  }
}

// src/lab/world.ts
var HOUR_MS = 36e5;
var DEFAULT_BACKUP_AGE_HOURS = 2;
var DEFAULT_REDIRECT = "/login";
function stamp(date) {
  return date.toISOString().slice(0, 19).replace(/-/g, "_").replace("T", "-").replace(/:/g, "_");
}
function createHosts(model, config, loaded) {
  const hosts = /* @__PURE__ */ new Map();
  const latency = loaded.scenario.latency?.sshMs ?? 0;
  const ensure = (id) => {
    const existing = hosts.get(id);
    if (existing) return existing;
    const ssh = model.sshTargets.find((t) => t.id === id);
    const reg = model.hosts.find((h) => h.id === id || h.ssh === id);
    const user = ssh?.user ?? reg?.sshUser ?? model.sshDefaults.user ?? "root";
    const address = ssh?.host ?? reg?.tailscaleIp;
    const plan = ssh ? dialPlan(ssh) : void 0;
    const host = {
      id,
      address,
      names: plan?.identityNames ?? (address ? [address] : []),
      planes: Object.fromEntries((ssh?.accessPolicy ? plan?.candidates ?? [] : []).map((c) => [c.plane, c.host])),
      ...ssh?.probeVia ? { via: ssh.probeVia } : {},
      unreachablePlanes: [],
      legacyRsa: legacyAlgorithms(ssh?.extraOpts).serverHostKey.includes("ssh-rsa"),
      nodeName: id,
      loopback: /* @__PURE__ */ new Map(),
      received: { auth: 0, execs: [], channels: [] },
      port: ssh?.port ?? model.sshDefaults.port ?? 22,
      user,
      home: homeOf(user),
      unreachable: false,
      authDenied: false,
      hostKeyRotated: false,
      dockerUnreachable: false,
      commandDelayMs: latency,
      composeFormat: hosts.size % 2 === 0 ? "array" : "ndjson",
      stacks: /* @__PURE__ */ new Map(),
      dirs: /* @__PURE__ */ new Map()
    };
    hosts.set(id, host);
    return host;
  };
  for (const t of model.sshTargets) ensure(t.id);
  for (const t of model.composeTargets) ensure(t.sshTarget ?? t.id);
  for (const b of model.backups) ensure(b.host);
  for (const h of config.probe.hypervisorTargets) ensure(h);
  return { hosts, ensure };
}
function applyHostBehaviour(model, loaded, hosts) {
  for (const [key, behaviour] of Object.entries(loaded.scenario.hosts ?? {})) {
    const target = model.composeTargets.find((t) => t.id === key);
    const host = hosts.get(key) ?? (target ? hosts.get(target.sshTarget ?? target.id) : void 0);
    if (!host) throw scenarioError(loaded, `/hosts/${key}`, `unknown host "${key}": use an ssh target id or a compose target id`);
    host.unreachable = behaviour.unreachable ?? host.unreachable;
    host.unreachablePlanes = behaviour.unreachablePlanes ?? host.unreachablePlanes;
    host.nodeName = behaviour.nodeName ?? host.nodeName;
    host.authDenied = behaviour.authDenied ?? host.authDenied;
    host.hostKeyRotated = behaviour.hostKeyRotated ?? host.hostKeyRotated;
    host.dockerUnreachable = behaviour.dockerUnreachable ?? host.dockerUnreachable;
    host.commandDelayMs = behaviour.commandDelayMs ?? host.commandDelayMs;
    host.composeFormat = behaviour.composeFormat ?? host.composeFormat;
  }
}
function buildOrigins(model, loaded, ensure) {
  const overrides = loaded.scenario.endpoints ?? {};
  const origins = /* @__PURE__ */ new Map();
  const external = /* @__PURE__ */ new Set();
  const httpMs = loaded.scenario.latency?.httpMs ?? 0;
  for (const ep of model.endpoints) {
    let url;
    try {
      url = new URL(ep.url);
    } catch {
      continue;
    }
    let origin = origins.get(url.origin);
    if (!origin) {
      const aliases = [];
      if (url.port === "") aliases.push(`${url.protocol}//${url.hostname}:${url.protocol === "https:" ? 443 : 80}`);
      origin = { origin: url.origin, aliases, refuse: false, loopbackOnly: false, routes: /* @__PURE__ */ new Map() };
      origins.set(url.origin, origin);
    }
    const o = overrides[ep.id] ?? {};
    if (!ep.enabled && o.status === void 0) continue;
    const onHost = sshTargetOfHost(model, ep.host);
    if ((ep.probeVia === "ssh" || o.loopbackOnly) && onHost) {
      const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
      ensure(onHost).loopback.set(port, origin);
    } else external.add(url.origin);
    const status = o.status ?? ep.expect[0] ?? 200;
    const path = `${url.pathname}${url.search}`;
    origin.routes.set(path, {
      endpoint: ep.id,
      path,
      status,
      latencyMs: o.latencyMs ?? httpMs,
      location: status >= 300 && status < 400 ? o.location ?? DEFAULT_REDIRECT : void 0
    });
    if (o.refuse) origin.refuse = true;
  }
  for (const id of Object.keys(overrides)) {
    if (!model.endpoints.some((e) => e.id === id)) throw scenarioError(loaded, `/endpoints/${id}`, `unknown health endpoint "${id}"`);
  }
  for (const origin of origins.values()) {
    origin.loopbackOnly = !external.has(origin.origin);
    if (origin.routes.size === 0) origin.refuse = true;
  }
  return [...origins.values()];
}
function populateBackups(model, loaded, hosts, now) {
  const overrides = loaded.scenario.backups ?? {};
  const missingDirs = /* @__PURE__ */ new Set();
  for (const b of model.backups) {
    const host = hosts.get(b.host);
    if (!host) continue;
    const dir = expandHome(b.basePath, host.home);
    const o = overrides[b.name] ?? {};
    if (o.dirMissing) missingDirs.add(`${host.id}\0${dir}`);
    const files = host.dirs.get(dir) ?? [];
    host.dirs.set(dir, files);
    if (o.missing || !b.enabled && o.ageHours === void 0) continue;
    const newest = new Date(now.getTime() - (o.ageHours ?? DEFAULT_BACKUP_AGE_HOURS) * HOUR_MS);
    const older = new Date(newest.getTime() - 24 * HOUR_MS);
    for (const mtime of [older, newest]) {
      const name = nameForGlob(b.glob, stamp(mtime));
      if (!files.some((f) => f.name === name)) files.push({ name, mtime });
    }
  }
  for (const key of missingDirs) {
    const [hostId, dir] = key.split("\0");
    hosts.get(hostId)?.dirs.delete(dir);
  }
  for (const name of Object.keys(overrides)) {
    if (!model.backups.some((b) => b.name === name)) throw scenarioError(loaded, `/backups/${name}`, `unknown backup target "${name}"`);
  }
}
var PRESENT = { active: "running", provisioned: "stopped", registered: "stopped", template: "stopped" };
function populateHypervisors(model, config, loaded, hosts, ensure) {
  const overrides = loaded.scenario.hypervisor?.vms ?? {};
  const fallback = config.probe.hypervisorTargets[0] ?? model.vms.find((v) => v.proxmoxHost)?.proxmoxHost ?? "pve";
  for (const id of config.probe.hypervisorTargets) ensure(id).vms ??= [];
  for (const vm of model.vms) {
    const status = PRESENT[vm.status];
    const o = overrides[String(vm.vmid)] ?? {};
    ensure(vm.proxmoxHost ?? fallback).vms ??= [];
    const host = ensure(o.host ?? vm.proxmoxHost ?? fallback);
    host.vms ??= [];
    if (!status || o.absent) continue;
    host.vms.push({
      vmid: vm.vmid,
      name: vm.hostname,
      status: o.status ?? status,
      cpuCores: o.cpuCores ?? vm.resources?.cpuCores,
      memoryMb: o.memoryMb ?? vm.resources?.memoryMb,
      bootDiskGb: o.bootDiskGb ?? vm.resources?.bootDiskGb,
      template: vm.status === "template",
      type: vm.vmType ?? "qemu",
      onboot: o.onboot ?? vm.onboot ?? vm.status !== "template"
    });
  }
  for (const vmid of Object.keys(overrides)) {
    if (!model.vms.some((v) => String(v.vmid) === vmid)) throw scenarioError(loaded, `/hypervisor/vms/${vmid}`, `vm.lifecycle.yaml declares no vmid ${vmid}`);
  }
  (loaded.scenario.hypervisor?.extra ?? []).forEach((extra) => {
    const host = ensure(extra.host ?? fallback);
    host.vms ??= [];
    host.vms.push({
      vmid: extra.vmid,
      name: extra.name,
      status: extra.status ?? "running",
      cpuCores: extra.cpuCores,
      memoryMb: extra.memoryMb,
      bootDiskGb: extra.bootDiskGb,
      template: false,
      type: extra.type ?? "qemu",
      onboot: extra.onboot ?? true
    });
  });
  for (const h of hosts.values()) h.vms?.sort((a, b) => a.vmid - b.vmid);
}
function buildWorld(model, config, loaded, now) {
  const { hosts, ensure } = createHosts(model, config, loaded);
  applyHostBehaviour(model, loaded, hosts);
  const hostOfTarget = (targetId) => {
    const target = model.composeTargets.find((t) => t.id === targetId);
    return ensure(target?.sshTarget ?? targetId);
  };
  populateStacks(model, loaded, hostOfTarget, now);
  populateBackups(model, loaded, hosts, now);
  populateHypervisors(model, config, loaded, hosts, ensure);
  const origins = buildOrigins(model, loaded, ensure);
  populateComposeFiles(model, loaded, hostOfTarget);
  populateBackupJobs(loaded, hosts);
  applyBackupSizes(model, loaded, hosts);
  populateDisks(model, loaded, hosts);
  return { hosts: [...hosts.values()], origins };
}

// src/lab/start-lab.ts
function publicKeyLine(publicKey) {
  return publicKey.trim().split(/\s+/).slice(0, 2).join(" ");
}
function knownHostName(address, port) {
  return port === 22 ? address : `[${address}]:${port}`;
}
async function resolveScenario(opts) {
  if (typeof opts.scenario === "string") return loadScenario(opts.scenario, opts.cwd);
  if ("scenario" in opts.scenario) return opts.scenario;
  return scenarioFromObject(opts.scenario);
}
async function startHost(host, clientKey, closed, route) {
  const generate = () => host.legacyRsa ? generateRsa("lab-host") : generateEd25519("lab-host");
  const pinned = generate();
  const presented = host.hostKeyRotated ? generate() : pinned;
  if (host.unreachable) return { host, port: await closed.take(), pinnedKey: pinned.public };
  const server = await startSshHost({ host, hostKey: presented.private, clientKey, route });
  return { host, server, port: server.port, pinnedKey: pinned.public };
}
var LOOPBACK = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "::1"]);
function labNetwork(hosts, origins, closedPort) {
  const local = /* @__PURE__ */ new Set([...hosts.filter((h) => h.server).map((h) => h.port), ...origins.values()]);
  return (from, address, port) => {
    if (LOOPBACK.has(address)) {
      const origin = from.loopback.get(port);
      if (origin) return origins.has(origin) ? { host: "127.0.0.1", port: origins.get(origin) } : void 0;
      return local.has(port) ? { host: "127.0.0.1", port } : void 0;
    }
    const to = hosts.find((h) => h.host.port === port && h.host.names.includes(address));
    if (!to) return void 0;
    const plane = Object.entries(to.host.planes).find(([, a]) => a === address)?.[0];
    if (!to.server || plane && to.host.unreachablePlanes.includes(plane)) return { host: "127.0.0.1", port: closedPort() };
    return { host: "127.0.0.1", port: to.port };
  };
}
async function startLab(opts) {
  const config = opts.config ?? defaultConfig();
  const loaded = await resolveScenario(opts);
  let model = opts.model;
  if (!model) {
    if (!opts.root) throw new Error("startLab needs a root or a model");
    model = (await loadSpine(resolve2(opts.cwd ?? process.cwd(), opts.root), config)).model;
  }
  const world = buildWorld(model, config, loaded, opts.now ?? /* @__PURE__ */ new Date());
  const client = generateEd25519("driftgate-lab");
  const clientKey = parseKeyOrThrow(client.public);
  const hosts = [];
  const origins = [];
  const connectMap = { ssh: {}, http: {} };
  const closed = createClosedPorts();
  const close = async () => {
    await Promise.all([...hosts.map((h) => h.server?.close()), ...origins.map((o) => o.close()), closed.close()]);
  };
  const originPorts = /* @__PURE__ */ new Map();
  let refusing = 0;
  const route = (from, address, port) => labNetwork(hosts, originPorts, () => refusing)(from, address, port);
  try {
    refusing = await closed.take();
    const [startedHosts, startedOrigins] = await Promise.all([
      Promise.all(world.hosts.map((h) => startHost(h, clientKey, closed, route))),
      Promise.all(world.origins.filter((o) => !o.refuse).map((o) => startHttpOrigin(o)))
    ]);
    hosts.push(...startedHosts);
    origins.push(...startedOrigins);
    for (const o of startedOrigins) originPorts.set(o.origin, o.port);
    for (const o of world.origins.filter((x) => x.refuse || x.loopbackOnly)) {
      const port = await closed.take();
      for (const key of [o.origin, ...o.aliases]) connectMap.http[key] = `http://127.0.0.1:${port}`;
    }
  } catch (error) {
    await close();
    throw error;
  }
  const lines = [];
  for (const h of hosts) {
    if (!h.host.via) {
      connectMap.ssh[h.host.id] = { host: "127.0.0.1", port: h.port };
      for (const plane of Object.keys(h.host.planes)) {
        connectMap.ssh[`${h.host.id}@${plane}`] = { host: "127.0.0.1", port: h.host.unreachablePlanes.includes(plane) ? refusing : h.port };
      }
    }
    const key = publicKeyLine(h.pinnedKey);
    for (const name of h.host.names) lines.push(`${knownHostName(name, h.host.port)} ${key}`);
    lines.push(`${knownHostName("127.0.0.1", h.port)} ${key}`);
  }
  for (const o of origins) {
    if (o.origin.loopbackOnly) continue;
    for (const key of [o.origin.origin, ...o.origin.aliases]) connectMap.http[key] = `http://127.0.0.1:${o.port}`;
  }
  const lab = { scenario: loaded.scenario, world, model, connectMap, knownHosts: `${lines.join("\n")}
`, identity: client.private, close };
  if (opts.outDir) {
    try {
      lab.files = await writeLabFiles(resolve2(opts.cwd ?? process.cwd(), opts.outDir), lab);
    } catch (error) {
      await close();
      throw error;
    }
  }
  return lab;
}
async function writeLabFiles(dir, lab) {
  await mkdir(dir, { recursive: true });
  const files = { connectMap: join(dir, "connect-map.json"), knownHosts: join(dir, "known_hosts"), identity: join(dir, "id_ed25519") };
  await writeFile(files.connectMap, `${JSON.stringify(lab.connectMap, null, 2)}
`);
  await writeFile(files.knownHosts, lab.knownHosts);
  await writeFile(files.identity, lab.identity, { mode: 384 });
  await chmod(files.identity, 384);
  return files;
}

export {
  startLab
};
