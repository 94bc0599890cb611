import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  createSchemaValidator
} from "./chunk-T5JXNHZM.js";
import {
  parseYamlText
} from "./chunk-5XIPNB5E.js";
import {
  UserError
} from "./chunk-DYCI22Z3.js";
import {
  EXIT_ERROR
} from "./chunk-UQVOT4AX.js";

// src/probes/snapshot.ts
import { readFileSync, writeFileSync } from "node:fs";

// schemas/observations.schema.json
var observations_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://driftgate.dev/schemas/observations.schema.json",
  title: "driftgate observation snapshot (version 1)",
  description: "What the live probes saw: SSH hosts, compose stacks, HTTP endpoints, backups, hypervisors; deployed compose files (environment variable names only), disks, backup jobs and backup sizes. Written by `driftgate probe --out`, read by `driftgate check --observations` (several files are shards of one run and are merged).",
  type: "object",
  additionalProperties: false,
  required: [
    "version",
    "startedAt",
    "durationMs",
    "hosts",
    "stacks",
    "endpoints",
    "backups",
    "hypervisors"
  ],
  properties: {
    version: {
      const: 1
    },
    startedAt: {
      type: "string",
      format: "date-time"
    },
    durationMs: {
      type: "number",
      minimum: 0
    },
    hosts: {
      type: "array",
      items: {
        $ref: "#/$defs/host"
      }
    },
    stacks: {
      type: "array",
      items: {
        $ref: "#/$defs/stack"
      }
    },
    endpoints: {
      type: "array",
      items: {
        $ref: "#/$defs/endpoint"
      }
    },
    backups: {
      type: "array",
      items: {
        $ref: "#/$defs/backup"
      }
    },
    hypervisors: {
      type: "array",
      items: {
        $ref: "#/$defs/hypervisor"
      }
    },
    composeFiles: {
      type: "array",
      items: {
        $ref: "#/$defs/composeFile"
      }
    },
    disks: {
      type: "array",
      items: {
        $ref: "#/$defs/disk"
      }
    },
    backupJobs: {
      type: "array",
      items: {
        $ref: "#/$defs/backupJobs"
      }
    },
    backupSizes: {
      type: "array",
      items: {
        $ref: "#/$defs/backupSizes"
      }
    }
  },
  $defs: {
    failure: {
      type: "object",
      additionalProperties: false,
      required: [
        "reason",
        "error"
      ],
      properties: {
        reason: {
          enum: [
            "timeout",
            "refused",
            "reset",
            "dns",
            "unreachable",
            "tls",
            "auth-denied",
            "host-key-mismatch",
            "host-key-unknown",
            "dir-missing",
            "compose-missing",
            "docker-unreachable",
            "parse-error",
            "command-failed",
            "skipped",
            "error"
          ]
        },
        error: {
          type: "string"
        }
      }
    },
    host: {
      type: "object",
      additionalProperties: false,
      required: [
        "target",
        "address",
        "ok",
        "startedAt",
        "durationMs"
      ],
      properties: {
        target: {
          type: "string",
          minLength: 1
        },
        address: {
          type: "string"
        },
        ok: {
          type: "boolean"
        },
        startedAt: {
          type: "string",
          format: "date-time"
        },
        durationMs: {
          type: "number",
          minimum: 0
        },
        failure: {
          $ref: "#/$defs/failure"
        },
        hostKey: {
          type: "object",
          additionalProperties: false,
          required: [
            "algorithm",
            "fingerprint"
          ],
          properties: {
            algorithm: {
              type: "string"
            },
            fingerprint: {
              type: "string",
              pattern: "^SHA256:[A-Za-z0-9+/]+$"
            }
          }
        },
        trust: {
          enum: [
            "pinned",
            "tofu",
            "mismatch",
            "unknown"
          ]
        },
        pinnedFingerprints: {
          type: "array",
          items: {
            type: "string"
          },
          description: "fingerprints known_hosts pins for this host (set on a mismatch)"
        },
        pathUsed: {
          type: "string",
          description: 'network path of the connection: lan, tailscale, direct (the declared host) or "via <jump host>"'
        },
        pathFailures: {
          type: "array",
          description: "paths tried first that failed (lan_first falling back to tailscale)",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "path",
              "reason",
              "error"
            ],
            properties: {
              path: {
                type: "string"
              },
              reason: {
                enum: [
                  "timeout",
                  "refused",
                  "reset",
                  "dns",
                  "unreachable",
                  "tls",
                  "auth-denied",
                  "host-key-mismatch",
                  "host-key-unknown",
                  "dir-missing",
                  "compose-missing",
                  "docker-unreachable",
                  "parse-error",
                  "command-failed",
                  "skipped",
                  "error"
                ]
              },
              error: {
                type: "string"
              }
            }
          }
        },
        otherContainers: {
          type: "array",
          description: "containers of the host's docker listing that belong to no declared stack (undeclared compose projects, plain docker run)",
          items: {
            $ref: "#/$defs/container"
          }
        },
        shadow: {
          const: true,
          description: "Connected only for shadow probes (disabled entries): its failure blocks nothing."
        }
      }
    },
    publisher: {
      type: "object",
      additionalProperties: false,
      required: [],
      properties: {
        url: {
          type: "string"
        },
        targetPort: {
          type: "integer"
        },
        publishedPort: {
          type: "integer"
        },
        protocol: {
          type: "string"
        }
      }
    },
    container: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "service",
        "project",
        "state",
        "status",
        "health",
        "exitCode",
        "publishers"
      ],
      properties: {
        name: {
          type: "string"
        },
        service: {
          type: "string"
        },
        project: {
          type: "string"
        },
        state: {
          type: "string"
        },
        status: {
          type: "string"
        },
        health: {
          type: "string"
        },
        exitCode: {
          type: "integer"
        },
        publishers: {
          type: "array",
          items: {
            $ref: "#/$defs/publisher"
          }
        },
        startedAt: {
          type: "string",
          format: "date-time",
          description: "When the container last started (docker inspect State.StartedAt), ISO 8601."
        },
        finishedAt: {
          type: "string",
          format: "date-time",
          description: "When the container last stopped (State.FinishedAt), ISO 8601."
        },
        restartCount: {
          type: "integer",
          minimum: 0,
          description: "Restarts since the container was created (RestartCount)."
        },
        oomKilled: {
          type: "boolean",
          description: "The container's last exit was an OOM kill (State.OOMKilled)."
        },
        workingDir: {
          type: "string",
          description: "The compose working directory (label com.docker.compose.project.working_dir)."
        },
        composeFiles: {
          type: "array",
          description: "The compose files the container was created from (label com.docker.compose.project.config_files).",
          items: {
            type: "string"
          }
        },
        image: {
          type: "string",
          description: "The container's image."
        }
      }
    },
    stack: {
      type: "object",
      additionalProperties: false,
      required: [
        "target",
        "sshTarget",
        "stack",
        "path",
        "ok",
        "startedAt",
        "durationMs",
        "containers"
      ],
      properties: {
        target: {
          type: "string",
          minLength: 1
        },
        sshTarget: {
          type: "string"
        },
        stack: {
          type: "string",
          minLength: 1
        },
        path: {
          type: "string"
        },
        ok: {
          type: "boolean"
        },
        startedAt: {
          type: "string",
          format: "date-time"
        },
        durationMs: {
          type: "number",
          minimum: 0
        },
        failure: {
          $ref: "#/$defs/failure"
        },
        containers: {
          type: "array",
          items: {
            $ref: "#/$defs/container"
          }
        },
        shadow: {
          const: true,
          description: "A shadow probe of a disabled entry (health endpoint, backup target, compose target): never blocking, never inconclusive; only a fix can come of it."
        }
      }
    },
    endpoint: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "url",
        "ok",
        "startedAt",
        "durationMs",
        "timeoutMs",
        "attempts"
      ],
      properties: {
        id: {
          type: "string",
          minLength: 1
        },
        url: {
          type: "string"
        },
        ok: {
          type: "boolean"
        },
        status: {
          type: "integer",
          minimum: 100,
          maximum: 599
        },
        location: {
          type: "string"
        },
        startedAt: {
          type: "string",
          format: "date-time"
        },
        durationMs: {
          type: "number",
          minimum: 0
        },
        failure: {
          $ref: "#/$defs/failure"
        },
        timeoutMs: {
          type: "number",
          minimum: 0
        },
        attempts: {
          type: "integer",
          minimum: 0
        },
        via: {
          type: "string",
          minLength: 1,
          description: "ssh target the request was sent from (probe_via: ssh)"
        },
        shadow: {
          const: true,
          description: "A shadow probe of a disabled entry (health endpoint, backup target, compose target): never blocking, never inconclusive; only a fix can come of it."
        }
      }
    },
    backup: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "host",
        "ok",
        "startedAt",
        "durationMs",
        "matches"
      ],
      properties: {
        name: {
          type: "string",
          minLength: 1
        },
        host: {
          type: "string"
        },
        ok: {
          type: "boolean"
        },
        startedAt: {
          type: "string",
          format: "date-time"
        },
        durationMs: {
          type: "number",
          minimum: 0
        },
        failure: {
          $ref: "#/$defs/failure"
        },
        newest: {
          type: "object",
          additionalProperties: false,
          required: [
            "path",
            "mtime"
          ],
          properties: {
            path: {
              type: "string"
            },
            mtime: {
              type: "string",
              format: "date-time"
            }
          }
        },
        matches: {
          type: "integer",
          minimum: 0
        },
        shadow: {
          const: true,
          description: "A shadow probe of a disabled entry (health endpoint, backup target, compose target): never blocking, never inconclusive; only a fix can come of it."
        }
      }
    },
    vm: {
      type: "object",
      additionalProperties: false,
      required: [
        "vmid",
        "name",
        "status"
      ],
      properties: {
        vmid: {
          type: "integer"
        },
        name: {
          type: "string"
        },
        status: {
          type: "string"
        },
        cpuCores: {
          type: "number"
        },
        memoryMb: {
          type: "number"
        },
        bootDiskGb: {
          type: "number"
        },
        template: {
          type: "boolean"
        },
        type: {
          enum: [
            "qemu",
            "lxc"
          ]
        },
        onboot: {
          type: "boolean"
        },
        node: {
          type: "string"
        }
      }
    },
    hypervisor: {
      type: "object",
      additionalProperties: false,
      required: [
        "host",
        "ok",
        "startedAt",
        "durationMs",
        "vms"
      ],
      properties: {
        host: {
          type: "string",
          minLength: 1
        },
        node: {
          type: "string",
          description: "Proxmox node name of the host"
        },
        ok: {
          type: "boolean"
        },
        startedAt: {
          type: "string",
          format: "date-time"
        },
        durationMs: {
          type: "number",
          minimum: 0
        },
        failure: {
          $ref: "#/$defs/failure"
        },
        vms: {
          type: "array",
          items: {
            $ref: "#/$defs/vm"
          }
        }
      }
    },
    composeService: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "ports",
        "mounts",
        "envKeys",
        "healthcheck"
      ],
      description: "One service of a compose file: environment variable names only, never a value.",
      properties: {
        name: {
          type: "string",
          minLength: 1
        },
        containerName: {
          type: "string"
        },
        image: {
          type: "string"
        },
        ports: {
          type: "array",
          items: {
            type: "string"
          }
        },
        mounts: {
          type: "array",
          items: {
            type: "string"
          }
        },
        envKeys: {
          type: "array",
          items: {
            type: "string",
            pattern: "^[^=]*$"
          }
        },
        healthcheck: {
          enum: [
            "declared",
            "none",
            "disabled"
          ]
        }
      }
    },
    composeFile: {
      type: "object",
      additionalProperties: false,
      required: [
        "target",
        "sshTarget",
        "stack",
        "path",
        "ok",
        "startedAt",
        "durationMs",
        "services"
      ],
      properties: {
        target: {
          type: "string"
        },
        sshTarget: {
          type: "string"
        },
        stack: {
          type: "string"
        },
        path: {
          type: "string"
        },
        ok: {
          type: "boolean"
        },
        startedAt: {
          type: "string",
          format: "date-time"
        },
        durationMs: {
          type: "number",
          minimum: 0
        },
        failure: {
          $ref: "#/$defs/failure"
        },
        file: {
          type: "string"
        },
        realPath: {
          type: "string"
        },
        services: {
          type: "array",
          items: {
            $ref: "#/$defs/composeService"
          }
        }
      }
    },
    disk: {
      type: "object",
      additionalProperties: false,
      required: [
        "host",
        "ok",
        "startedAt",
        "durationMs",
        "filesystems"
      ],
      properties: {
        host: {
          type: "string"
        },
        ok: {
          type: "boolean"
        },
        startedAt: {
          type: "string",
          format: "date-time"
        },
        durationMs: {
          type: "number",
          minimum: 0
        },
        failure: {
          $ref: "#/$defs/failure"
        },
        dockerRoot: {
          type: "string"
        },
        filesystems: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "filesystem",
              "mount",
              "sizeKb",
              "usedKb",
              "availKb",
              "usedPercent"
            ],
            properties: {
              filesystem: {
                type: "string"
              },
              mount: {
                type: "string"
              },
              sizeKb: {
                type: "integer",
                minimum: 0
              },
              usedKb: {
                type: "integer",
                minimum: 0
              },
              availKb: {
                type: "integer",
                minimum: 0
              },
              usedPercent: {
                type: "number",
                minimum: 0,
                maximum: 100
              }
            }
          }
        }
      }
    },
    backupJobs: {
      type: "object",
      additionalProperties: false,
      required: [
        "host",
        "ok",
        "startedAt",
        "durationMs",
        "jobs"
      ],
      properties: {
        host: {
          type: "string"
        },
        node: {
          type: "string"
        },
        ok: {
          type: "boolean"
        },
        startedAt: {
          type: "string",
          format: "date-time"
        },
        durationMs: {
          type: "number",
          minimum: 0
        },
        failure: {
          $ref: "#/$defs/failure"
        },
        jobs: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "id",
              "enabled",
              "all",
              "vmids",
              "exclude"
            ],
            properties: {
              id: {
                type: "string"
              },
              enabled: {
                type: "boolean"
              },
              all: {
                type: "boolean"
              },
              vmids: {
                type: "array",
                items: {
                  type: "integer",
                  minimum: 0
                }
              },
              exclude: {
                type: "array",
                items: {
                  type: "integer",
                  minimum: 0
                }
              },
              node: {
                type: "string"
              },
              pool: {
                type: "string"
              },
              storage: {
                type: "string"
              },
              schedule: {
                type: "string"
              }
            }
          }
        }
      }
    },
    backupSizes: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "host",
        "ok",
        "startedAt",
        "durationMs",
        "files"
      ],
      properties: {
        name: {
          type: "string",
          minLength: 1
        },
        host: {
          type: "string"
        },
        ok: {
          type: "boolean"
        },
        startedAt: {
          type: "string",
          format: "date-time"
        },
        durationMs: {
          type: "number",
          minimum: 0
        },
        failure: {
          $ref: "#/$defs/failure"
        },
        files: {
          type: "array",
          items: {
            type: "object",
            additionalProperties: false,
            required: [
              "path",
              "mtime",
              "bytes"
            ],
            properties: {
              path: {
                type: "string"
              },
              mtime: {
                type: "string",
                format: "date-time"
              },
              bytes: {
                type: "integer",
                minimum: 0
              }
            }
          }
        }
      }
    }
  }
};

// src/probes/snapshot.ts
var OBSERVATIONS_SCHEMA = observations_schema_default;
function writeObservations(file, obs) {
  try {
    writeFileSync(file, `${JSON.stringify(obs, null, 2)}
`);
  } catch (error) {
    throw new UserError(`cannot write observations to ${file}: ${error.code ?? "error"}`, EXIT_ERROR);
  }
}
function lineOf(text, position) {
  return text.slice(0, position).split("\n").length;
}
function parseObservations(text, file, validator = createSchemaValidator()) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const m = /position (\d+)/.exec(error.message);
    const yamlLine = parseYamlText(text, file, "config").problems.find((p) => p.severity === "error")?.location.line;
    const line = m ? lineOf(text, Number(m[1])) : yamlLine;
    const where = line ? `:${line}` : "";
    throw new UserError(`${file}${where}: observation snapshot is not valid JSON`, EXIT_ERROR);
  }
  const parsed = parseYamlText(text, file, "config");
  parsed.file.data = data;
  const errors = validator.validate(parsed.file, OBSERVATIONS_SCHEMA).filter((p) => p.severity === "error");
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    throw new UserError(`${file}:${first.location.line}:${first.location.column}: invalid observation snapshot: ${first.message}${more}`, EXIT_ERROR);
  }
  return data;
}
function mergeBy(lists, key) {
  const byKey = /* @__PURE__ */ new Map();
  for (const list of lists) for (const item of list) byKey.set(key(item), item);
  return [...byKey.values()];
}
function mergeObservations(shards) {
  if (shards.length === 0) throw new UserError("no observation snapshot to read", EXIT_ERROR);
  const startedAt = shards.map((s) => s.startedAt).reduce((a, b) => Date.parse(b) < Date.parse(a) ? b : a);
  return {
    version: 1,
    startedAt,
    durationMs: Math.max(...shards.map((s) => s.durationMs)),
    hosts: mergeBy(shards.map((s) => s.hosts), (h) => h.target),
    stacks: mergeBy(shards.map((s) => s.stacks), (s) => `${s.target}\0${s.stack}`),
    endpoints: mergeBy(shards.map((s) => s.endpoints), (e) => e.id),
    backups: mergeBy(shards.map((s) => s.backups), (b) => b.name),
    hypervisors: mergeBy(shards.map((s) => s.hypervisors), (h) => h.host),
    ...mergeExtras(shards)
  };
}
function mergeExtras(shards) {
  const out = {};
  if (shards.some((s) => s.composeFiles)) out.composeFiles = mergeBy(shards.map((s) => s.composeFiles ?? []), (c) => `${c.target}\0${c.stack}`);
  if (shards.some((s) => s.disks)) out.disks = mergeBy(shards.map((s) => s.disks ?? []), (d) => d.host);
  if (shards.some((s) => s.backupJobs)) out.backupJobs = mergeBy(shards.map((s) => s.backupJobs ?? []), (j) => j.host);
  if (shards.some((s) => s.backupSizes)) out.backupSizes = mergeBy(shards.map((s) => s.backupSizes ?? []), (b) => b.name);
  return out;
}
function readObservations(files) {
  const validator = createSchemaValidator();
  const shards = files.map((file) => {
    let text;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new UserError(`cannot read observations ${file}: ${error.code ?? "unreadable"}`, EXIT_ERROR);
    }
    return parseObservations(text, file, validator);
  });
  return mergeObservations(shards);
}

export {
  writeObservations,
  readObservations
};
