import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  didYouMean
} from "./chunk-OPM43HJ3.js";
import {
  ADDRESS_ROLES,
  SPINE_PROFILE,
  VOCABULARY_PLACES,
  atOrBelow,
  diskHosts,
  entryOf,
  fieldReader,
  filesystemOf,
  globToRegExp,
  hostIndex,
  inNetwork,
  isBindSource,
  judgeOption,
  keysText,
  locate,
  locateIn,
  meaningOf,
  mountSource,
  parsePointer,
  parseSshOptions,
  pointerOf,
  problemAt,
  resolveProfile,
  sshTargetOfHost,
  statusUptimeMs,
  statusWithMeaning
} from "./chunk-5XIPNB5E.js";
import {
  extraProbes
} from "./chunk-OSVKQ36P.js";

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
  const kind = problemKind(p);
  return {
    gate: SCHEMA_GATE_ID,
    severity: p.severity,
    fingerprint: fingerprint(SCHEMA_GATE_ID, subject, kind, [p.location]),
    message: p.message,
    subject,
    locations: [p.location],
    direction: "inconsistent",
    details: { code: p.code }
  };
}
function problemKind(p) {
  return p.location.pointer === "" ? `${p.code}@${p.location.line}:${p.location.column}` : p.code;
}

// src/gates/types.ts
function defineGate(def) {
  return def;
}

// src/gates/schema.ts
function problemDraft(p) {
  const f = problemToFinding(p);
  return {
    message: f.message,
    subject: f.subject,
    at: f.locations,
    kind: problemKind(p),
    severity: p.code === "DUPLICATE_KEY" || p.code === "ALIAS_LIMIT" ? "error" : f.severity,
    ...f.details ? { details: f.details } : {}
  };
}
var schema_default = defineGate({
  id: "schema",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "Every binding file parses and matches its JSON Schema (duplicate keys and alias bombs are errors, a misspelt key a warning with a did-you-mean, any other unknown key one notice per key per file): the other gates can only trust what was validated.",
  // it reports the loader's problems, so an input that did not load is its finding, not its blocker
  reads: [],
  judges: [],
  run(ctx) {
    return { findings: ctx.problems.map(problemDraft), checked: { files: ctx.fileCount ?? ctx.model.files.size } };
  }
});

// src/gates/gate-helpers.ts
import { posix } from "node:path";
function sub(ref, ...path) {
  const [first, ...rest] = path;
  const key = typeof first === "string" && ref.keys && Object.hasOwn(ref.keys, first) ? ref.keys[first] : first;
  return { file: ref.file, pointer: ref.pointer + pointerOf(key === void 0 ? [] : [key, ...rest]) };
}
function at(file, ...path) {
  return { file, pointer: pointerOf(path) };
}
function rawAt(model, ref) {
  let node = model.files.get(ref.file)?.data;
  for (const seg of parsePointer(ref.pointer)) {
    if (Array.isArray(node)) node = node[Number(seg)];
    else if (node !== null && typeof node === "object") node = node[seg];
    else return void 0;
  }
  return node;
}
function indexIn(model, ref, value) {
  const list = rawAt(model, ref);
  return Array.isArray(list) ? list.indexOf(value) : -1;
}
function where(model, ref) {
  const loc = "line" in ref ? ref : locate(model, ref);
  return `${posix.basename(loc.file)}:${loc.line}:${loc.column}`;
}
function fileName(path) {
  return posix.basename(path);
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j];
      row[j] = Math.min(up + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length];
}
function closestName(name2, candidates) {
  let best;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(name2) || name2.startsWith(c) || c.endsWith(name2) ? 1 : distance(name2, c);
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return bestScore <= Math.max(2, Math.floor(name2.length / 3)) ? best : void 0;
}
function didYouMean2(name2, candidates) {
  const best = closestName(name2, candidates);
  return best ? `; did you mean "${best}"?` : "";
}
var PLACEHOLDER = /^(PENDING(_[A-Z0-9_]*)?|TBD|TODO|FIXME|CHANGEME|XXX)$/;
function isPlaceholder(value) {
  return typeof value === "string" && PLACEHOLDER.test(value.trim());
}
function findPlaceholders(value, path = []) {
  if (isPlaceholder(value)) return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholders(v, [...path, i]));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, [...path, k]));
  }
  return [];
}

// src/gates/live/format.ts
function seconds(ms) {
  return (ms / 1e3).toFixed(1);
}
function deadline(ms) {
  return String(Math.round(ms / 100) / 10);
}
function hours(h) {
  return String(Math.round(h * 10) / 10);
}
function reasonLabel(reason) {
  return reason.toUpperCase();
}
function listNames(names, limit = 8) {
  const shown2 = names.slice(0, limit);
  const more = names.length - shown2.length;
  return more > 0 ? `${shown2.join(", ")} and ${more} more` : shown2.join(", ");
}
function redactUrl(raw) {
  try {
    const url = new URL(raw);
    if (url.username || url.password) {
      url.username = url.username ? "REDACTED" : "";
      url.password = url.password ? "REDACTED" : "";
    }
    for (const key of [...url.searchParams.keys()]) {
      if (/token|secret|pass|key|auth|sig/i.test(key)) url.searchParams.set(key, "REDACTED");
    }
    return url.toString();
  } catch {
    return raw.replace(/\/\/[^/@\s]*@/, "//REDACTED@");
  }
}

// src/gates/backup/depth.ts
var label = (vm) => `${vm.vmType === "lxc" ? "LXC" : "VM"} ${vm.vmid} (${vm.hostname})`;
function includes(job, vmid, node) {
  if (job.vmids.includes(vmid)) return true;
  return job.all && !job.exclude.includes(vmid) && (job.node === void 0 || node === void 0 || job.node === node);
}
var jobText = (j) => `${j.id} (${j.all ? `all${j.exclude.length ? ` but ${j.exclude.join(",")}` : ""}` : j.pool ? `pool ${j.pool}` : `vmid ${j.vmids.join(",") || "none"}`}${j.enabled ? "" : ", disabled"})`;
function uncoveredGuests(vms, bj) {
  const enabled = bj.jobs.filter((j) => j.enabled);
  const pools = enabled.filter((j) => j.pool !== void 0 && j.vmids.length === 0 && !j.all);
  const missing2 = vms.filter((vm) => !enabled.some((j) => includes(j, vm.vmid, bj.node)));
  if (missing2.length === 0) return [];
  if (pools.length > 0) {
    return [{
      kind: "pool-jobs",
      severity: "warning",
      subject: { kind: "host", id: bj.host },
      at: missing2.map((vm) => sub(vm.ref, "vmid")),
      message: `hypervisor "${bj.host}": ${listNames(missing2.map(label))} ${missing2.length === 1 ? "is" : "are"} in no enabled backup job by id, and job${pools.length === 1 ? "" : "s"} ${listNames(pools.map((j) => `${j.id} (pool ${j.pool})`))} select${pools.length === 1 ? "s" : ""} by pool, whose members are not read; not checked, so a missing backup cannot be ruled out`,
      direction: "unknown",
      inconclusive: true,
      observed: "pool"
    }];
  }
  const jobs = bj.jobs.length === 0 ? "it has no backup job at all" : `its jobs: ${listNames(bj.jobs.map(jobText), 4)}`;
  return missing2.map((vm) => {
    const disabled = bj.jobs.filter((j) => !j.enabled && includes(j, vm.vmid, bj.node));
    return {
      kind: "not-in-backup-job",
      subject: { kind: "vm", id: vm.hostname },
      at: [sub(vm.ref, "vmid")],
      message: `${label(vm)} is ${vm.status} but no enabled backup job of hypervisor "${bj.host}" includes it (${disabled.length > 0 ? `only the disabled ${listNames(disabled.map((j) => j.id))}` : jobs}); add it to a job`,
      expected: "in an enabled backup job",
      observed: disabled.length > 0 ? "disabled job only" : "no job",
      direction: "live-broken"
    };
  });
}
function sizeText(bytes) {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${Math.round(n * 10) / 10} ${units[u]}`;
}
function peersOfNewest(files) {
  const key = (path) => /vzdump-(qemu|lxc)-(\d+)-/.exec(path)?.slice(1, 3).join("-");
  const newest = files[0];
  const k = newest ? key(newest.path) : void 0;
  return k === void 0 ? files : files.filter((f) => key(f.path) === k);
}
function sizeRegression(b, o, config) {
  const [newest, ...older] = peersOfNewest(o.files);
  const previous = older.slice(0, config.compareLast).map((f) => f.bytes).sort((x, y) => x - y);
  if (!newest || previous.length === 0) return "too-few";
  const mid = Math.floor(previous.length / 2);
  const median = previous.length % 2 === 1 ? previous[mid] : (previous[mid - 1] + previous[mid]) / 2;
  if (median === 0 || newest.bytes >= config.sizeRatio * median) return void 0;
  const pct = Math.round(newest.bytes / median * 100);
  const before = previous.length === 1 ? `the ${sizeText(median)} of the one before it` : `the median ${sizeText(median)} of the ${previous.length} before it`;
  const what = newest.bytes === 0 ? `is empty (0 bytes), against ${before}` : `is ${sizeText(newest.bytes)}, ${pct}% of ${before}`;
  return {
    kind: "size-regression",
    severity: newest.bytes === 0 ? "error" : "warning",
    subject: { kind: "backup", id: b.name },
    at: [sub(b.ref, "glob")],
    message: `backup "${b.name}": the newest file ${newest.path} ${what} (backups.size_ratio ${config.sizeRatio}); check that the last backup is complete`,
    expected: `>= ${Math.round(config.sizeRatio * median)} bytes`,
    observed: newest.bytes,
    direction: "live-broken",
    details: { newest: newest.path, bytes: newest.bytes, median, compared: previous.length }
  };
}
function appTargetOf(m, config, s) {
  const names = config.appTargets.map((p) => p.replaceAll("{service}", s.id));
  return m.backups.find((b) => b.service === s.id) ?? m.backups.find((b) => names.includes(b.name));
}
function appTargetFindings(m, config, services2) {
  const out = [];
  for (const s of services2) {
    const t = appTargetOf(m, config, s);
    const names = config.appTargets.map((p) => `"${p.replaceAll("{service}", s.id)}"`);
    if (!t) {
      out.push({
        kind: "no-app-target",
        subject: { kind: "service", id: s.id },
        at: [sub(s.ref, "stateful")],
        message: `service "${s.id}" is stateful, but no target of ${fileName(m.paths.backups)} backs up its data (none named ${listNames(names)} or with service: ${s.id}); a VM image alone is no consistent copy of an application's data: add an app-level target`,
        expected: names.map((n) => n.slice(1, -1)),
        observed: "none",
        direction: "inconsistent"
      });
    } else if (!t.enabled) {
      out.push({
        kind: "app-target-disabled",
        severity: "warning",
        subject: { kind: "service", id: s.id },
        at: [sub(t.ref, "enabled"), sub(s.ref, "stateful")],
        message: `service "${s.id}" is stateful and its app-level backup target "${t.name}" is not enabled, so nothing checks that its backups arrive; enable it`,
        expected: true,
        observed: false,
        direction: "inconsistent"
      });
    }
  }
  return out;
}

// src/gates/live/extra-gaps.ts
var NOT_PROBED = "not-probed";
function uncheckedFindings(obs, items, what) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const host = obs.hosts.find((h) => h.target === item.sshTarget);
    const f = host && !host.ok ? host.failure : item.failure;
    const reason = item.failure === void 0 && !(host && !host.ok) ? NOT_PROBED : f?.reason ?? "error";
    const key = `${item.sshTarget}\0${reason}`;
    const group = groups.get(key) ?? { reason, error: f?.error ?? "", host: item.sshTarget, items: [], ...(host && !host.ok ? host.durationMs : item.durationMs) !== void 0 ? { durationMs: host && !host.ok ? host.durationMs : item.durationMs } : {} };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => {
    const cause = g.reason === NOT_PROBED ? "was not probed (the observation snapshot has no entry for it)" : `could not be read (${reasonLabel(g.reason)}${g.durationMs !== void 0 ? ` after ${seconds(g.durationMs)} s` : ""}${g.error ? `: ${g.error}` : ""})`;
    return {
      kind: `inconclusive-${g.reason}`,
      subject: { kind: "host", id: g.host },
      at: [...new Map(g.items.map((i) => [`${i.at.file}#${i.at.pointer}`, i.at])).values()],
      message: `${what} of host "${g.host}" ${cause}: ${listNames(g.items.map((i) => i.label))} not checked, so drift cannot be ruled out`,
      direction: "unknown",
      severity: "warning",
      inconclusive: true,
      observed: g.reason === NOT_PROBED ? "not probed" : reasonLabel(g.reason),
      details: { reason: g.reason, unchecked: g.items.map((i) => i.label), ...g.error ? { error: g.error } : {} }
    };
  });
}
function notDeclared(message, at2, subject) {
  return { kind: "not-declared", subject: { kind: "file", id: subject }, at: [at2], message, severity: "notice", direction: "unknown", details: { notDeclared: true } };
}

// src/gates/backup-depth.ts
function guestsByHypervisor(ctx) {
  const out = /* @__PURE__ */ new Map();
  const configured = ctx.config.probe.hypervisorTargets;
  for (const vm of ctx.model.vms) {
    if (vm.meaning !== "running") continue;
    const host = vm.proxmoxHost ?? (configured.length === 1 ? configured[0] : void 0);
    if (host) out.set(host, [...out.get(host) ?? [], vm]);
  }
  return out;
}
var backup_depth_default = defineGate({
  id: "backup-depth",
  aliases: [],
  kind: "live",
  severity: "error",
  describe: "Checks that the hypervisor's backup jobs include every active VM and LXC, that the newest file of each enabled backup target is not suspiciously small next to the ones before it (backups.size_ratio), and that every service marked stateful has an app-level backup target.",
  reads: ["backups", "vms", "registry", "ssh"],
  judges: ["backups", "vms", "services"],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const m = ctx.model;
    const out = [];
    const unchecked = [];
    let vms = 0;
    let jobs = 0;
    for (const [host, guests] of guestsByHypervisor(ctx)) {
      const bj = obs.backupJobs?.find((j) => j.host === host);
      const target = m.sshTargets.find((t) => t.id === host);
      if (!bj?.ok) {
        unchecked.push({ sshTarget: host, label: `the backup jobs (${guests.length} active guest${guests.length === 1 ? "" : "s"})`, ...bj?.failure ? { failure: bj.failure, durationMs: bj.durationMs } : {}, at: target?.ref ?? guests[0].ref });
        continue;
      }
      vms += guests.length;
      jobs += bj.jobs.length;
      out.push(...uncoveredGuests(guests, bj));
    }
    let backups = 0;
    for (const b of m.backups) {
      if (!b.enabled) continue;
      const o = obs.backupSizes?.find((x) => x.name === b.name);
      if (o?.failure?.reason === "dir-missing") continue;
      if (!o?.ok) {
        unchecked.push({ sshTarget: b.host, label: `the sizes of backup "${b.name}"`, ...o?.failure ? { failure: o.failure, durationMs: o.durationMs } : {}, at: b.ref });
        continue;
      }
      backups++;
      const f = sizeRegression(b, o, ctx.config.backups);
      if (f && f !== "too-few") out.push(f);
    }
    out.push(...uncheckedFindings(obs, unchecked, "backup depth"));
    const stateful = m.services.filter((s) => s.stateful && s.meaning !== "inert" && s.meaning !== "unknown");
    out.push(...appTargetFindings(m, ctx.config.backups, stateful));
    if (!m.services.some((s) => s.stateful)) {
      out.push(
        notDeclared(
          `no service of ${fileName(m.paths.registry)} is marked stateful: true, so app-level backup targets were not checked (the backup jobs and file sizes were)`,
          at(m.paths.registry, "services"),
          m.paths.registry
        )
      );
    }
    return { findings: out, checked: { vms, jobs, backups, services: stateful.length } };
  }
});

// src/gates/live/works-again.ts
function worksAgain(w) {
  const ref = sub(w.entry, "enabled");
  return {
    kind: w.kind,
    severity: "notice",
    subject: w.subject,
    at: [ref],
    message: w.message,
    expected: false,
    observed: w.observed,
    direction: "declared-stale",
    fix: { kind: w.fix, file: ref.file, pointer: ref.pointer, value: true },
    details: { ...w.details, shadow: true }
  };
}

// src/gates/backup-freshness.ts
var HOUR_MS = 36e5;
function ageHours(mtime, now) {
  const t = Date.parse(mtime);
  if (Number.isNaN(t)) return void 0;
  return (now.getTime() - t) / HOUR_MS;
}
function judge(b, o, now) {
  const subject = { kind: "backup", id: b.name };
  const where2 = `${b.host}:${b.basePath}`;
  if (!o.ok) {
    const reason = o.failure?.reason ?? "error";
    if (reason === "dir-missing") {
      return {
        kind: "dir-missing",
        subject,
        at: [sub(b.ref, "base_path")],
        message: `backup "${b.name}": directory ${where2} does not exist; no backup can arrive there`,
        expected: b.basePath,
        observed: "DIR-MISSING",
        direction: "live-broken"
      };
    }
    return {
      kind: `probe-${reason}`,
      subject,
      at: [b.ref],
      message: `backup "${b.name}": ${where2} could not be listed (${reasonLabel(reason)}${o.failure?.error ? `: ${o.failure.error}` : ""}); freshness not checked, so drift cannot be ruled out`,
      observed: reasonLabel(reason),
      direction: "unknown",
      severity: "warning",
      inconclusive: true,
      details: { reason, durationMs: o.durationMs }
    };
  }
  if (!o.newest || o.matches === 0) {
    return {
      kind: "no-match",
      subject,
      at: [sub(b.ref, "glob")],
      message: `backup "${b.name}": no file in ${where2} matches "${b.glob}"; the backup never arrived or the glob is wrong`,
      expected: b.glob,
      observed: "0 files",
      direction: "live-broken"
    };
  }
  const age = ageHours(o.newest.mtime, now);
  if (age === void 0) {
    return {
      kind: "bad-mtime",
      subject,
      at: [b.ref],
      message: `backup "${b.name}": the newest file's time "${o.newest.mtime}" is not a date; freshness not checked`,
      direction: "unknown",
      severity: "warning",
      inconclusive: true
    };
  }
  if (age <= b.staleAfterHours) return void 0;
  return {
    kind: "stale",
    subject,
    at: [sub(b.ref, "stale_after_hours")],
    message: `backup "${b.name}": newest file ${o.newest.path} is ${hours(age)} h old, older than stale_after_hours ${b.staleAfterHours} (${o.matches} file${o.matches === 1 ? "" : "s"} match "${b.glob}" in ${where2})`,
    expected: `<= ${b.staleAfterHours} h`,
    observed: `${hours(age)} h`,
    direction: "live-broken",
    details: { newest: o.newest.path, mtime: o.newest.mtime, ageHours: Math.round(age * 10) / 10, matches: o.matches }
  };
}
function freshWhileDisabled(b, o, now) {
  if (!o.shadow || !o.ok || !o.newest || o.matches === 0) return void 0;
  const age = ageHours(o.newest.mtime, now);
  if (age === void 0 || age > b.staleAfterHours) return void 0;
  return worksAgain({
    kind: "fresh-while-disabled",
    fix: "backup-enable",
    subject: { kind: "backup", id: b.name },
    entry: b.ref,
    message: `backup "${b.name}": disabled, but ${b.host}:${b.basePath} holds ${o.matches} file${o.matches === 1 ? "" : "s"} matching "${b.glob}", the newest ${o.newest.path} ${hours(age)} h old (stale_after_hours ${b.staleAfterHours}); it works again: set enabled: true`,
    observed: `${hours(age)} h`,
    details: { newest: o.newest.path, mtime: o.newest.mtime, ageHours: Math.round(age * 10) / 10, matches: o.matches }
  });
}
var backup_freshness_default = defineGate({
  id: "backup-freshness",
  aliases: ["D19"],
  kind: "live",
  severity: "error",
  describe: "Checks that the newest file matching each enabled backup target's glob is younger than its stale_after_hours; a missing directory or no match fails; a disabled target with fresh files is proposed enabled.",
  reads: ["backups"],
  judges: ["backups"],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const out = [];
    let judged = 0;
    for (const b of ctx.model.backups) {
      if (!b.enabled) {
        const shadow = obs.backups.find((x) => x.name === b.name);
        const f2 = shadow ? freshWhileDisabled(b, shadow, ctx.now) : void 0;
        if (f2) out.push(f2);
        continue;
      }
      const o = obs.backups.find((x) => x.name === b.name);
      if (!o) {
        out.push({
          kind: "not-probed",
          subject: { kind: "backup", id: b.name },
          at: [b.ref],
          message: `backup "${b.name}": enabled but not probed (the observation snapshot has no entry for it); freshness not checked, so drift cannot be ruled out`,
          observed: "not probed",
          direction: "unknown",
          severity: "warning",
          inconclusive: true
        });
        continue;
      }
      judged++;
      const f = judge(b, o, ctx.now);
      if (f) out.push(f);
    }
    return { findings: out, checked: { backups: judged } };
  }
});

// src/caddy/placeholders.ts
var ENV_PLACEHOLDER = /\{\$([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\}/g;
function expandEnv(text3, env = {}) {
  return text3.replace(ENV_PLACEHOLDER, (whole, name2, fallback) => {
    const value = env[name2];
    if (value !== void 0) return value;
    return fallback ?? whole;
  });
}
function hasPlaceholder(text3) {
  return /\{[^{}\s]+\}/.test(text3);
}

// src/caddy/upstream-dial.ts
var DEFAULT_PORTS = { http: "80", https: "443", h2c: "80", "": "80" };
function upstreamDial(text3, env = {}) {
  const value = expandEnv(text3, env).trim();
  if (value === "") return void 0;
  if (value.startsWith("unix/")) return value;
  const scheme = /^([a-z0-9+.-]+):\/\//i.exec(value);
  const schemeName = scheme?.[1]?.toLowerCase() ?? "";
  if (!(schemeName in DEFAULT_PORTS)) return void 0;
  let rest = scheme ? value.slice(scheme[0].length) : value;
  rest = rest.replace(/[/?#].*$/, "");
  if (rest === "") return void 0;
  let host;
  let port;
  const v6 = /^(\[[^\]]+\])(?::(.*))?$/.exec(rest);
  if (v6) {
    host = v6[1];
    port = v6[2];
  } else {
    const colon = rest.lastIndexOf(":");
    host = colon >= 0 ? rest.slice(0, colon) : rest;
    port = colon >= 0 ? rest.slice(colon + 1) : void 0;
  }
  if (host === "") return void 0;
  return `${host.toLowerCase()}:${port === void 0 || port === "" ? DEFAULT_PORTS[schemeName] : port}`;
}

// src/caddy/find-proxies.ts
var isMatcher = (t) => t.startsWith("@") || t.startsWith("/") || t === "*";
function upstreamOf(t, env) {
  const up = { text: t.text, line: t.line, column: t.column };
  const dial = upstreamDial(t.text, env);
  if (dial !== void 0) up.dial = dial;
  return up;
}
function headerOp(d) {
  const [fieldTok, valueTok, replacementTok] = d.args;
  if (!fieldTok) return void 0;
  const raw = fieldTok.text;
  const at2 = { line: d.line, column: d.column };
  if (raw.startsWith("-")) return { op: "delete", field: raw.slice(1), ...at2 };
  if (raw.startsWith("+")) return { op: "add", field: raw.slice(1), ...valueTok ? { value: valueTok.text } : {}, ...at2 };
  if (replacementTok) return { op: "replace", field: raw, value: replacementTok.text, ...at2 };
  return { op: "set", field: raw, ...valueTok ? { value: valueTok.text } : {}, ...at2 };
}
function viewOf(d, site, context, env) {
  const args = [...d.args];
  const view = {
    directive: d.name,
    site,
    context,
    upstreams: [],
    headerUp: [],
    line: d.line,
    column: d.column
  };
  if (d.importedFrom) view.importedFrom = d.importedFrom;
  if (args[0] && isMatcher(args[0].text)) view.matcher = args.shift().text;
  for (const t of args) view.upstreams.push(upstreamOf(t, env));
  for (const sub2 of d.block ?? []) {
    if (sub2.name === "to") for (const t of sub2.args) view.upstreams.push(upstreamOf(t, env));
    if (sub2.name === "header_up") {
      const op = headerOp(sub2);
      if (op) view.headerUp.push(op);
    }
  }
  return view;
}
function walk(directives, site, context, env, out) {
  for (const d of directives) {
    if (d.name === "reverse_proxy" || d.name === "forward_auth") {
      out.push(viewOf(d, site, context, env));
      continue;
    }
    if (d.block) walk(d.block, site, [...context, [d.name, ...d.args.map((a) => a.text)].join(" ")], env, out);
  }
}
function findProxies(parsed, env = {}) {
  const out = [];
  for (const block of parsed.blocks) {
    if (block.kind !== "site") continue;
    walk(block.directives, block.addresses.map((a) => a.text), [], env, out);
  }
  return out;
}
function setsForwardedProtoHttps(view) {
  const ops = view.headerUp.filter((h) => h.field.toLowerCase() === "x-forwarded-proto");
  if (ops.some((h) => h.op === "delete" || h.op === "replace")) return false;
  return ops.some((h) => h.op === "set" && h.value === "https");
}

// src/caddy/tokenize.ts
function tokenize(text3) {
  const tokens = [];
  const problems = [];
  let line = 1;
  let column = 0;
  let logical = 1;
  let val = "";
  let start = { line: 1, column: 1, logical: 1 };
  let quoted2 = false;
  let btQuoted = false;
  let escaped = false;
  let comment = false;
  let heredoc;
  const syntax = (message, at2) => {
    problems.push({ kind: "syntax", message, line: at2.line, column: at2.column });
  };
  const emit = (quote) => {
    const token = { text: val, line: start.line, column: start.column, logicalLine: start.logical };
    if (quote) token.quote = quote;
    tokens.push(token);
    val = "";
    quoted2 = false;
    btQuoted = false;
  };
  for (let i = 0; i < text3.length; i++) {
    const ch = text3[i];
    column++;
    const newline = () => {
      line++;
      column = 0;
    };
    if (heredoc !== void 0) {
      val += ch;
      if (ch === "\n") newline();
      const lastNewline = val.lastIndexOf("\n");
      const tail = val.slice(lastNewline + 1);
      if (tail.trimStart() === heredoc) {
        const padding = tail.slice(0, tail.length - heredoc.length);
        const lines = lastNewline >= 0 ? val.slice(0, lastNewline).split("\n") : [];
        if (lines.some((l) => !l.startsWith(padding) && l.trim() !== "")) {
          syntax(`heredoc <<${heredoc}: a line is indented less than its closing marker`, start);
        }
        val = lines.map((l) => l.startsWith(padding) ? l.slice(padding.length) : l.trimStart()).join("\n").replace(/\r/g, "");
        heredoc = void 0;
        emit("<");
      }
      continue;
    }
    if (!quoted2 && !btQuoted && !escaped && val.startsWith("<<")) {
      if (ch === " ") {
        emit();
        continue;
      }
      if (ch === "\r") continue;
      if (ch === "\n") {
        const marker = val.slice(2);
        newline();
        if (!/^[A-Za-z0-9_-]+$/.test(marker)) {
          syntax(`heredoc marker "${marker}" must be letters, digits, dashes and underscores`, start);
          logical++;
          emit();
          continue;
        }
        heredoc = marker;
        val = "";
        continue;
      }
      val += ch;
      continue;
    }
    if (!escaped && !btQuoted && ch === "\\") {
      escaped = true;
      if (val.length === 0 && !comment) start = { line, column, logical };
      continue;
    }
    if (quoted2 || btQuoted) {
      if (quoted2 && escaped) {
        if (ch !== '"') val += "\\";
        escaped = false;
      } else if (quoted2 && ch === '"') {
        emit('"');
        continue;
      } else if (btQuoted && ch === "`") {
        emit("`");
        continue;
      }
      val += ch;
      if (ch === "\n") newline();
      continue;
    }
    if (ch === " " || ch === "	" || ch === "\n" || ch === "\r" || ch === "\f" || ch === "\v") {
      if (ch === "\r") continue;
      if (ch === "\n") {
        if (escaped) {
          escaped = false;
        } else {
          logical++;
        }
        comment = false;
        newline();
      }
      if (val.length > 0) emit();
      continue;
    }
    if (ch === "#" && val.length === 0 && !escaped) comment = true;
    if (comment) continue;
    if (val.length === 0 && !escaped) {
      start = { line, column, logical };
      if (ch === '"') {
        quoted2 = true;
        continue;
      }
      if (ch === "`") {
        btQuoted = true;
        continue;
      }
    }
    if (escaped) {
      val += "\\";
      escaped = false;
    }
    val += ch;
  }
  if (heredoc !== void 0) {
    syntax(`heredoc <<${heredoc} is never closed`, start);
    emit("<");
  } else if (quoted2 || btQuoted) {
    syntax(`unterminated ${quoted2 ? "double-quoted" : "backtick-quoted"} token opened here`, start);
    emit(quoted2 ? '"' : "`");
  } else if (val.length > 0) {
    emit();
  }
  return { tokens, problems };
}

// src/caddy/parse-caddyfile.ts
var MAX_IMPORTS = 1e3;
var isBare = (t, text3) => t !== void 0 && t.quote === void 0 && t.text === text3;
function problem(state, message, at2, kind = "syntax") {
  state.problems.push({ kind, message, line: at2.line, column: at2.column });
}
function isNewLine(state, i) {
  if (i <= 0) return true;
  return state.tokens[i]?.logicalLine !== state.tokens[i - 1]?.logicalLine;
}
function expandImport(state) {
  const importTok = state.tokens[state.pos];
  let end = state.pos + 1;
  while (end < state.tokens.length && !isNewLine(state, end)) end++;
  const args = state.tokens.slice(state.pos + 2, end);
  const nameTok = state.tokens[state.pos + 1];
  let replacement = [];
  const chain = state.chains.get(importTok) ?? [];
  if (nameTok === void 0 || end === state.pos + 1) {
    problem(state, "import needs the name of a snippet", importTok);
  } else if (chain.includes(nameTok.text)) {
    problem(state, `import cycle: snippet "${nameTok.text}" imports itself (via ${chain.join(" \u2192 ")})`, nameTok);
  } else if (++state.imports > MAX_IMPORTS) {
    problem(state, `more than ${MAX_IMPORTS} snippet imports; stopped expanding`, nameTok);
  } else {
    const body = state.snippets.get(nameTok.text);
    if (body === void 0) {
      problem(
        state,
        `import "${nameTok.text}" is no snippet defined above it; imported files are not followed, so what they hold is not checked`,
        nameTok,
        "import-not-followed"
      );
    } else {
      const logicalMap = /* @__PURE__ */ new Map();
      const origin = importTok.importedFrom ?? { snippet: nameTok.text, line: importTok.line, column: importTok.column };
      replacement = body.map((t) => {
        let logical = logicalMap.get(t.logicalLine);
        if (logical === void 0) {
          logical = state.nextLogical++;
          logicalMap.set(t.logicalLine, logical);
        }
        const copy = { ...t, text: replaceArgs(t.text, args), logicalLine: logical, importedFrom: origin };
        state.chains.set(copy, [...chain, nameTok.text]);
        return copy;
      });
    }
  }
  state.tokens.splice(state.pos, end - state.pos, ...replacement);
}
function replaceArgs(text3, args) {
  if (!text3.includes("{args")) return text3;
  return text3.replace(/\{args(?:\.(\d+)|\[(\d+)\])\}/g, (_m, a, b) => {
    return args[Number(a ?? b)]?.text ?? "";
  });
}
function parseDirectives(state, open) {
  const out = [];
  while (state.pos < state.tokens.length) {
    const tok = state.tokens[state.pos];
    if (isBare(tok, "}")) {
      state.pos++;
      if (open) return out;
      problem(state, "unexpected '}' without a matching '{'", tok);
      continue;
    }
    if (isBare(tok, "import") && isNewLine(state, state.pos)) {
      expandImport(state);
      continue;
    }
    if (isBare(tok, "{")) {
      problem(state, "unexpected '{': a block opens at the end of a directive's line", tok);
      state.pos++;
      parseDirectives(state, tok);
      continue;
    }
    const directive = { name: tok.text, args: [], line: tok.line, column: tok.column };
    if (tok.importedFrom) directive.importedFrom = tok.importedFrom;
    state.pos++;
    while (state.pos < state.tokens.length && !isNewLine(state, state.pos)) {
      const t = state.tokens[state.pos];
      if (isBare(t, "}")) break;
      state.pos++;
      if (isBare(t, "{")) {
        if (state.pos < state.tokens.length && !isNewLine(state, state.pos)) {
          problem(state, "unexpected token after '{' on the same line", state.tokens[state.pos]);
        }
        directive.block = parseDirectives(state, t);
        break;
      }
      directive.args.push(t);
    }
    out.push(directive);
  }
  if (open) problem(state, "'{' is never closed", open);
  return out;
}
function readSnippetBody(state, open) {
  const body = [];
  let depth = 1;
  while (state.pos < state.tokens.length) {
    const t = state.tokens[state.pos++];
    if (isBare(t, "{")) depth++;
    if (isBare(t, "}") && --depth === 0) return body;
    body.push(t);
  }
  problem(state, "snippet '{' is never closed", open);
  return body;
}
function readAddresses(state) {
  const keys = [];
  let expectingAnother = false;
  while (state.pos < state.tokens.length) {
    const t = state.tokens[state.pos];
    if (isBare(t, "{")) break;
    if (keys.length > 0 && !expectingAnother && isNewLine(state, state.pos)) break;
    state.pos++;
    expectingAnother = t.text.endsWith(",");
    const text3 = t.text.replace(/,+$/, "");
    if (text3 !== "") keys.push({ ...t, text: text3 });
  }
  return keys;
}
function parseCaddyfile(text3, file) {
  const lexed = tokenize(text3);
  const last = lexed.tokens[lexed.tokens.length - 1];
  const state = {
    tokens: lexed.tokens,
    pos: 0,
    snippets: /* @__PURE__ */ new Map(),
    problems: [...lexed.problems],
    chains: /* @__PURE__ */ new WeakMap(),
    nextLogical: (last?.logicalLine ?? 0) + 1e6,
    imports: 0
  };
  const blocks = [];
  const snippets = [];
  while (state.pos < state.tokens.length) {
    const first = state.tokens[state.pos];
    if (isBare(first, "import") && isNewLine(state, state.pos)) {
      expandImport(state);
      continue;
    }
    if (isBare(first, "}")) {
      problem(state, "unexpected '}' without a matching '{'", first);
      state.pos++;
      continue;
    }
    const keys = readAddresses(state);
    const open = state.tokens[state.pos];
    const hasBrace = isBare(open, "{");
    if (hasBrace) {
      state.pos++;
      const next = state.tokens[state.pos];
      if (next && !isNewLine(state, state.pos)) problem(state, "unexpected token after '{' on the same line", next);
    }
    const snippetName = keys.length === 1 ? /^\((.+)\)$/.exec(keys[0]?.text ?? "")?.[1] : void 0;
    if (snippetName !== void 0) {
      if (!hasBrace) {
        problem(state, `snippet "(${snippetName})" needs a '{ \u2026 }' body`, first);
        continue;
      }
      if (state.snippets.has(snippetName)) problem(state, `snippet "(${snippetName})" is defined twice`, first);
      state.snippets.set(snippetName, readSnippetBody(state, open));
      snippets.push(snippetName);
      continue;
    }
    if (keys.length === 0 && blocks.length > 0) {
      problem(state, "a block without a site address (the global options block must come first)", first);
    }
    if (keys.length > 1 && keys.some((k) => /^\(.+\)$/.test(k.text))) {
      problem(state, "a snippet definition takes exactly one name", first);
    }
    if (!hasBrace && blocks.length > 0) {
      problem(state, "site block needs '{ \u2026 }' when the Caddyfile has more than one block", first);
    }
    const directives = parseDirectives(state, hasBrace ? open : void 0);
    blocks.push({
      kind: keys.length === 0 ? "global" : "site",
      addresses: keys,
      directives,
      line: first.line,
      column: first.column
    });
  }
  state.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, blocks, snippets, problems: state.problems };
}

// src/gates/caddy-proto.ts
var HEADER = "header_up X-Forwarded-Proto https";
function ruleRef(model) {
  const chains = rawAt(model, at(model.paths.deploy, "chains"));
  if (!Array.isArray(chains)) return void 0;
  const i = chains.findIndex((c) => c !== null && typeof c === "object" && c.gate === "D51");
  return i >= 0 ? at(model.paths.deploy, "chains", i, "gate") : void 0;
}
function authService(model, upstreamHosts) {
  const svc = model.services.find(
    (s) => /authentik/i.test(s.id) || /authentik/i.test(s.container ?? "") || upstreamHosts.includes(s.container ?? "")
  );
  return svc?.ref;
}
function siteName(p) {
  return p.site.join(", ");
}
function describeProblem(p) {
  const ops = p.headerUp.filter((h) => h.field.toLowerCase() === "x-forwarded-proto");
  const del = ops.find((h) => h.op === "delete");
  if (del) return { kind: "proto-deleted", observed: `header_up -${del.field}`, what: "deletes X-Forwarded-Proto" };
  const set = ops.find((h) => h.op === "set" || h.op === "replace");
  if (set) {
    const value = set.value ?? "";
    return { kind: "proto-wrong-value", observed: value, what: `sets X-Forwarded-Proto to "${value}" instead of "https"` };
  }
  const add = ops.find((h) => h.op === "add");
  if (add) {
    return {
      kind: "proto-added",
      observed: `header_up +${add.field} ${add.value ?? ""}`.trim(),
      what: 'appends X-Forwarded-Proto with "+" (the upstream still sees "http" first) instead of setting it'
    };
  }
  return { kind: "proto-missing", observed: "no header_up X-Forwarded-Proto", what: "does not set X-Forwarded-Proto" };
}
function run(model, authUpstreams) {
  const file = model.paths.caddyfile;
  const text3 = model.files.get(file)?.text;
  const rule = ruleRef(model);
  const ruleAt = rule ? [rule] : [];
  const wanted = new Set(authUpstreams.map((u) => upstreamDial(u)).filter((d) => d !== void 0));
  const wantedList = [...wanted].join(", ");
  const hosts = [...wanted].map((d) => d.replace(/:[^:]*$/, ""));
  const loc = (line, column) => ({ file, line, column, pointer: "" });
  if (text3 === void 0) {
    const svc = authService(model, hosts);
    if (!svc && !rule) return { findings: [], checked: { blocks: 0 } };
    return { checked: { blocks: 0 }, findings: [
      {
        message: `there is no Caddyfile at "${file}" although the spine declares an auth server, so D51 cannot be checked; add the Caddyfile or point paths.caddyfile at it`,
        subject: { kind: "file", id: file },
        at: [...svc ? [svc] : [], ...ruleAt],
        kind: "caddyfile-missing",
        expected: file,
        observed: "missing"
      }
    ] };
  }
  const parsed = parseCaddyfile(text3, file);
  const out = parsed.problems.map(
    (p) => p.kind === "syntax" ? { message: `${fileName(file)} does not parse: ${p.message}`, subject: { kind: "file", id: file }, at: [loc(p.line, p.column)], kind: "caddyfile-syntax" } : { message: p.message, subject: { kind: "file", id: `${file}:${p.line}` }, at: [loc(p.line, p.column)], kind: "import-not-followed", severity: "warning" }
  );
  const proxies = findProxies(parsed).filter((p) => p.directive === "reverse_proxy");
  let authBlocks = 0;
  for (const p of proxies) {
    const here = [loc(p.line, p.column), ...p.importedFrom ? [loc(p.importedFrom.line, p.importedFrom.column)] : []];
    const auth = p.upstreams.find((u) => u.dial !== void 0 && wanted.has(u.dial));
    if (!auth) {
      const unknown = p.upstreams.find((u) => hasPlaceholder(u.dial ?? u.text));
      if (unknown) {
        out.push({
          message: `reverse_proxy upstream "${unknown.text}" in site "${siteName(p)}" is a placeholder without a default, so caddy-proto cannot tell whether it is the auth server; write the upstream or give the placeholder a default`,
          subject: { kind: "route", id: `${siteName(p)} ${[...p.context, "reverse_proxy"].join(" > ")} ${unknown.text}` },
          at: here,
          kind: "upstream-placeholder",
          severity: "notice",
          observed: unknown.text
        });
      }
      continue;
    }
    authBlocks++;
    if (setsForwardedProtoHttps(p)) continue;
    const problem2 = describeProblem(p);
    const via = p.importedFrom ? ` (snippet "${p.importedFrom.snippet}" imported at line ${p.importedFrom.line})` : "";
    out.push({
      message: `reverse_proxy to the auth server "${auth.text}" in site "${siteName(p)}"${via} ${problem2.what}; add "${HEADER}" inside its block (D51)`,
      subject: { kind: "route", id: `${siteName(p)} ${[...p.context, "reverse_proxy"].join(" > ")} ${auth.dial ?? auth.text}` },
      at: [...here, ...ruleAt],
      kind: problem2.kind,
      expected: HEADER,
      observed: problem2.observed
    });
  }
  if (authBlocks === 0) {
    out.push({
      message: `${fileName(file)} has no reverse_proxy to the auth server (${wantedList}), so D51 would pass vacuously; proxy the auth server here or set caddy.auth_upstreams in driftgate.config.yaml`,
      subject: { kind: "file", id: file },
      at: [loc(1, 1), ...ruleAt],
      kind: "no-auth-blocks",
      expected: `at least one reverse_proxy to ${wantedList}`,
      observed: `${proxies.length} reverse_proxy block(s), none to the auth server`
    });
  }
  return { findings: out, checked: { blocks: proxies.length } };
}
var caddy_proto_default = defineGate({
  id: "caddy-proto",
  aliases: ["D51"],
  kind: "static",
  severity: "error",
  describe: 'Every Caddy reverse_proxy to the auth server sets "header_up X-Forwarded-Proto https" (parsed, not grepped); a Caddyfile without such a block fails.',
  reads: ["caddyfile", "registry", "deploy"],
  judges: [],
  run: (ctx) => run(ctx.model, ctx.config.caddy.authUpstreams)
});

// src/gates/compose-parity.ts
import { posix as posix4 } from "node:path";

// src/bindings/remote-path.ts
import { posix as posix2 } from "node:path";
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
  return trimSlash(posix2.normalize(p));
}
function composeDir(composeFile2) {
  const at2 = composeFile2.lastIndexOf("/");
  if (at2 < 0) return ".";
  if (at2 === 0) return "/";
  return composeFile2.slice(0, at2);
}
function targetHome(model, target) {
  const id = target.sshTarget ?? target.id;
  const user = model.sshTargets.find((t) => t.id === id)?.user;
  return user ? homeOf(user) : void 0;
}

// src/bindings/shell-safe.ts
var SHELL_SAFE_PATTERN = "^[^;|&$`<>'\"\\s()\\\\]+$";
var SHELL_SAFE = new RegExp(SHELL_SAFE_PATTERN, "u");

// src/bindings/model/values.ts
function obj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
function arr(v) {
  return Array.isArray(v) ? v : void 0;
}
function str(v) {
  return typeof v === "string" ? v : void 0;
}
function name(v) {
  return typeof v === "string" && v.trim() !== "" ? v : void 0;
}
function num(v) {
  return typeof v === "number" && Number.isFinite(v) ? v : void 0;
}
function bool(v) {
  return typeof v === "boolean" ? v : void 0;
}
function safe(v) {
  const s = name(v);
  return s !== void 0 && SHELL_SAFE.test(s) ? s : void 0;
}
function strings(v) {
  return (arr(v) ?? []).filter((x) => typeof x === "string");
}
function nstr(v) {
  if (v === null) return null;
  return str(v);
}
function expectCodes(v) {
  if (v === void 0) return [200];
  const valid = (n) => Number.isInteger(n) && n >= 100 && n <= 599;
  if (typeof v === "number") return valid(v) ? [v] : void 0;
  if (typeof v === "string") {
    const parts = v.split(",").map((p) => p.trim());
    if (!parts.every((p) => /^[0-9]{3}$/.test(p))) return void 0;
    const codes = parts.map(Number);
    return codes.every(valid) ? codes : void 0;
  }
  if (Array.isArray(v) && v.length > 0 && v.every((n) => typeof n === "number" && valid(n))) return v;
  return void 0;
}
function unreadableValue(entry, f, field, what) {
  const keys = f.keys(field);
  if (!f.has(field)) {
    const near = didYouMean(keys[0], Object.keys(entry).filter((k) => !keys.includes(k)));
    return `it has no ${keysText(keys)}${near ? ` (it has "${near}")` : ""}`;
  }
  const key = keys.find((k) => entry[k] !== void 0) ?? field;
  return `its "${key}" is not ${what}`;
}
function firstUnreadable(entry, f, checks) {
  const bad = checks.find(([, ok]) => ok === void 0);
  return bad ? unreadableValue(entry, f, bad[0], bad[2]) : void 0;
}

// src/bindings/model/collections.ts
function refIn(file, ...path) {
  return { file, pointer: pointerOf(path) };
}
function fieldsOf(r, kind, entry) {
  return fieldReader(r.profile.fields, kind, entry);
}
function planeValue(r, f, role) {
  const key = r.profile.addresses[role].keys.find((k) => f.has(k));
  return key === void 0 ? void 0 : f.value(key);
}
function entryRef(ref, f) {
  return Object.keys(f.renamed).length > 0 ? { ...ref, keys: { ...f.renamed } } : ref;
}
function unreadable(r, kind, ref, reason, id, more = {}) {
  r.bad.push({ kind, ref, reason, ...id !== void 0 && id !== "" ? { id } : {}, ...more });
}
function valueAt(root, path) {
  let node = root;
  for (const seg of path) node = obj(node)?.[seg];
  return node;
}
function shapeProblem(r, root, at2, kind, want) {
  if (!root) return;
  const value = valueAt(root, at2.path);
  const name2 = at2.path.join(".");
  const ref = refIn(r.file, ...at2.within ?? [], ...at2.path);
  if (value === void 0 || value === null) {
    if (at2.required ?? true) unreadable(r, kind, ref, `it has no "${name2}" ${want}`);
    return;
  }
  unreadable(r, kind, ref, `its "${name2}" is not a ${want}`);
}
function listAt(r, data, at2, kind) {
  const root = obj(data);
  const list = root ? arr(valueAt(root, at2.path)) : void 0;
  if (list) return list;
  shapeProblem(r, root, at2, kind, "list");
  return [];
}
function mapAt(r, data, at2, kind) {
  const root = obj(data);
  const map = root ? obj(valueAt(root, at2.path)) : void 0;
  if (map) return map;
  shapeProblem(r, root, at2, kind, "map");
  return {};
}
function notAMap(raw) {
  if (raw === null || raw === void 0) return "it is empty";
  return Array.isArray(raw) ? "it is a list, not a map" : `it is ${JSON.stringify(raw)}, not a map`;
}
function rawEntry(m, ref) {
  let node = m.files.get(ref.file)?.data;
  for (const seg of parsePointer(ref.pointer)) node = Array.isArray(node) ? node[Number(seg)] : obj(node)?.[seg];
  return obj(node);
}

// src/bindings/model/scopes.ts
function entryInScope(m, profile, binding, kind, ref) {
  const filter = profile.scopes[binding]?.[kind];
  if (!filter) return true;
  const entry = rawEntry(m, ref);
  const defaults = obj(obj(m.files.get(ref.file)?.data)?.defaults);
  return Object.entries(filter).every(([key, values]) => {
    const value = entry?.[key] ?? defaults?.[key];
    return values.some((v) => v === value);
  });
}
function hostInScope(m, profile, binding, group) {
  const filters = profile.scopes[binding];
  if (!filters) return true;
  const unknown = Object.keys(filters).some((kind) => m.unreadable.some((u) => u.kind === kind) && !(group && kind in group && group[kind].length > 0));
  if (unknown) return false;
  if (!group) return true;
  const entries = [
    ...group.hosts.map((h) => ["hosts", h.ref]),
    ...group.sshTargets.map((t) => ["sshTargets", t.ref]),
    ...group.vms.map((v) => ["vms", v.ref]),
    ...group.composeTargets.map((t) => ["composeTargets", t.ref])
  ];
  return entries.every(([kind, ref]) => entryInScope(m, profile, binding, kind, ref));
}
var indexes = /* @__PURE__ */ new WeakMap();
function hostsOf(m, profile) {
  let byProfile = indexes.get(m);
  if (!byProfile) indexes.set(m, byProfile = /* @__PURE__ */ new Map());
  let index = byProfile.get(profile);
  if (!index) byProfile.set(profile, index = hostIndex(m, profile.joins));
  return index;
}

// src/gates/coverage.ts
import { posix as posix3 } from "node:path";

// src/bindings/input-states.ts
var CORE_KINDS = ["registry", "health", "compose", "vms", "ssh", "backups"];
var BINDING_KINDS = [...CORE_KINDS, "routing", "stacks", "placement", "naming", "deploy", "gaps", "startup"];
var FATAL = /* @__PURE__ */ new Set(["FILE_UNREADABLE", "FILE_TOO_LARGE", "FILE_BINARY", "FILE_ENCODING", "YAML_SYNTAX", "ALIAS_LIMIT"]);
function firstFatal(problems, path) {
  return problems.filter((p) => p.location.file === path && p.severity === "error" && FATAL.has(p.code)).sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column)[0];
}
function isMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function bindingState(kind, path, required, file, problems) {
  const base = { kind, path, required };
  const missing2 = problems.find((p) => p.location.file === path && p.code === "FILE_MISSING");
  if (!file || missing2) return { ...base, status: "missing", ...missing2 ? { problem: missing2 } : {} };
  const fatal = firstFatal(problems, path);
  if (fatal || file.data === void 0) {
    return { ...base, status: "failed", problem: fatal ?? problemAt("YAML_SYNTAX", `${path} could not be parsed`, path, 1, 1) };
  }
  if (!isMap(file.data)) {
    const what = file.data === null ? "is empty" : Array.isArray(file.data) ? "is a list at the top level, not a map" : "is a single value, not a map";
    return { ...base, status: "failed", problem: problemAt("SCHEMA_TYPE", `${path} ${what}`, path, 1, 1) };
  }
  return { ...base, status: "ok" };
}
function textState(path, text3, problems) {
  const base = { kind: "caddyfile", path, required: false };
  if (text3 !== void 0) return { ...base, status: "ok" };
  const fatal = firstFatal(problems, path);
  return fatal ? { ...base, status: "failed", problem: fatal } : { ...base, status: "missing" };
}
function workflowsState(dir, count) {
  return { kind: "workflows", path: dir, required: false, status: count > 0 ? "ok" : "missing" };
}
function isBroken(state) {
  return state.status === "failed" || state.status === "missing" && state.required;
}

// src/profile/derive-schema.ts
var ENTITY_PLACES = {
  services: { binding: "registry", path: ["services", "*"] },
  hosts: { binding: "registry", path: ["hosts", "*"] },
  endpoints: { binding: "health", path: ["endpoints", "*"] },
  composeTargets: { binding: "compose", path: ["targets", "*"] },
  stacks: { binding: "compose", path: ["targets", "*", "stacks", "*"] },
  vms: { binding: "vms", path: ["vms", "*"] },
  sshTargets: { binding: "ssh", path: ["ssh", "targets", "*"] },
  backups: { binding: "backups", path: ["targets", "*"] },
  routes: { binding: "routing", path: ["zones", "*", "hostnames", "*"] },
  deployDependencies: { binding: "deploy", path: ["chains", "*", "affected", "*"] }
};
function isSchema(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
function schemaAt(schema, path) {
  let node = schema;
  for (const seg of path) {
    if (!node) return void 0;
    const next = seg === "*" ? node.items ?? node.additionalProperties : node.properties?.[seg];
    node = isSchema(next) ? next : void 0;
  }
  return node;
}
function objectSchemas(schema, out = []) {
  if (isSchema(schema.properties)) {
    out.push(schema);
    for (const p of Object.values(schema.properties)) if (isSchema(p)) objectSchemas(p, out);
  }
  for (const key of ["items", "additionalProperties"]) if (isSchema(schema[key])) objectSchemas(schema[key], out);
  return out;
}
function aliasField(object, keys) {
  const props = object.properties;
  const present2 = keys.filter((k) => Object.hasOwn(props, k));
  if (present2.length === 0 || present2.length === keys.length) return;
  const model = props[present2[0]];
  for (const k of keys) if (!Object.hasOwn(props, k)) props[k] = structuredClone(model);
  const required = Array.isArray(object.required) ? object.required : [];
  if (required.some((k) => keys.includes(k))) {
    object.required = required.filter((k) => !keys.includes(k));
    object.allOf = [...Array.isArray(object.allOf) ? object.allOf : [], { anyOf: keys.map((k) => ({ required: [k] })) }];
  }
  const dependent = isSchema(object.dependentSchemas) ? object.dependentSchemas : {};
  keys.forEach((k, i) => {
    const later = keys.slice(i + 1);
    if (later.length === 0) return;
    const own = isSchema(dependent[k]) ? dependent[k] : {};
    dependent[k] = { ...own, properties: { ...own.properties ?? {}, ...Object.fromEntries(later.map((l) => [l, false])) } };
  });
  object.dependentSchemas = dependent;
}
function aliasAll(object, aliases) {
  for (const keys of Object.values(aliases ?? {})) if (keys.length > 1) aliasField(object, keys);
}
var ADDRESSED = ["hosts", "vms", "sshTargets"];
function addressKeys(object, profile) {
  const props = object.properties;
  for (const [role, plane] of Object.entries(profile.addresses)) {
    const builtIn = SPINE_PROFILE.addresses[role].keys;
    const model = [...plane.keys, ...builtIn].map((k) => props[k]).find(isSchema);
    for (const key of plane.keys) {
      if (Object.hasOwn(props, key)) continue;
      props[key] = model ? structuredClone(model) : { type: ["string", "null"], description: `An address of the ${role} plane (profile.addresses.${role}).` };
    }
    const required = Array.isArray(object.required) ? object.required : [];
    const wanted = required.filter((k) => builtIn.includes(k) || plane.keys.includes(k));
    const keys = [.../* @__PURE__ */ new Set([...wanted, ...plane.keys])];
    if (wanted.length === 0 || keys.length === wanted.length) continue;
    object.required = required.filter((k) => !wanted.includes(k));
    object.allOf = [...Array.isArray(object.allOf) ? object.allOf : [], { anyOf: keys.map((k) => ({ required: [k] })) }];
  }
}
function deriveSchema(kind, schema, profile) {
  const copy = structuredClone(schema);
  for (const [vocabulary, place3] of Object.entries(VOCABULARY_PLACES)) {
    if (place3.binding !== kind) continue;
    const field = schemaAt(copy, place3.path);
    if (field && Array.isArray(field.enum)) field.enum = Object.keys(profile.statuses.vocabularies[vocabulary]);
  }
  for (const [entity, place3] of Object.entries(ENTITY_PLACES)) {
    if (place3.binding !== kind) continue;
    const object = schemaAt(copy, place3.path);
    if (object && isSchema(object.properties)) aliasAll(object, profile.fields[entity]);
  }
  for (const object of objectSchemas(copy)) aliasAll(object, profile.fields["*"]);
  for (const entity of ADDRESSED) {
    const place3 = ENTITY_PLACES[entity];
    const object = place3.binding === kind ? schemaAt(copy, place3.path) : void 0;
    if (object && isSchema(object.properties)) addressKeys(object, profile);
  }
  return JSON.stringify(copy) === JSON.stringify(schema) ? schema : copy;
}
function spellingClash(schemaPath) {
  const m = /\/dependentSchemas\/([^/]+)\/properties\/([^/]+)\/false schema$/.exec(schemaPath);
  if (!m) return void 0;
  const unescape = (s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~");
  return { kept: unescape(m[1]), extra: unescape(m[2]) };
}

// src/gates/coverage.ts
var KIND_LABELS = {
  services: { one: "service", many: "services" },
  hosts: { one: "registry host", many: "registry hosts" },
  endpoints: { one: "health endpoint", many: "health endpoints" },
  composeTargets: { one: "compose target", many: "compose targets" },
  stacks: { one: "stack", many: "stacks" },
  vms: { one: "VM", many: "VMs" },
  sshTargets: { one: "ssh target", many: "ssh targets" },
  backups: { one: "backup target", many: "backup targets" },
  routes: { one: "routed hostname", many: "routed hostnames" },
  deployDependencies: { one: "deploy dependency", many: "deploy dependencies" },
  blocks: { one: "reverse_proxy block", many: "reverse_proxy blocks" },
  workflows: { one: "workflow", many: "workflows" },
  containers: { one: "container", many: "containers" },
  hypervisors: { one: "hypervisor", many: "hypervisors" },
  hostKeys: { one: "SSH host key", many: "SSH host keys" },
  files: { one: "file", many: "files" },
  entries: { one: "keyed entry", many: "keyed entries" },
  filesystems: { one: "file system", many: "file systems" },
  jobs: { one: "backup job", many: "backup jobs" }
};
var SUBJECT = {
  services: "service",
  hosts: "host",
  endpoints: "endpoint",
  composeTargets: "host",
  stacks: "stack",
  vms: "vm",
  sshTargets: "host",
  backups: "backup",
  routes: "route",
  deployDependencies: "service"
};
var COVERAGE_DETAIL = "coverage";
function coverageText(checked) {
  return Object.entries(checked).map(([kind, n]) => `${n} ${n === 1 ? KIND_LABELS[kind].one : KIND_LABELS[kind].many}`).join(", ");
}
function mayBeUnreadable(m, kind, id) {
  const name2 = id === void 0 ? void 0 : String(id);
  return name2 !== void 0 && m.unreadable.some((u) => u.kind === kind && (u.id === void 0 || u.anyName === true || u.id === name2 || u.names?.includes(name2) === true));
}
function place(m, ref) {
  const loc = locate(m, ref);
  return `${posix3.basename(loc.file)}:${loc.line}:${loc.column}`;
}
function brokenInputs(gate, m) {
  return gate.reads.map((k) => m.inputs[k]).filter((s) => s !== void 0 && isBroken(s));
}
function whyBroken(s) {
  const p = s.problem;
  const name2 = posix3.basename(s.path);
  if (s.status === "missing") return `${name2} does not exist`;
  if (!p) return `${name2} did not load`;
  const message = p.message.startsWith(`${s.path} `) ? p.message.slice(s.path.length + 1) : p.message;
  return `${name2} did not load (${message})`;
}
function notEvaluatedDraft(broken2) {
  const what = broken2.map(whyBroken).join("; ");
  const first = broken2[0];
  return {
    message: `not evaluated: ${what}, so nothing was checked and drift cannot be ruled out`,
    subject: { kind: "file", id: first.path },
    at: broken2.map((s) => s.problem?.location ?? { file: s.path, line: 1, column: 1, pointer: "" }),
    kind: "input-not-loaded",
    severity: "warning",
    direction: "unknown",
    inconclusive: true,
    details: { [COVERAGE_DETAIL]: "input-not-loaded", inputs: broken2.map((s) => ({ file: s.path, status: s.status })) }
  };
}
var KINDS_OF = {};
for (const [kind, place3] of Object.entries(ENTITY_PLACES)) {
  (KINDS_OF[place3.binding] ??= []).push(kind);
}
function affectedKinds(gate) {
  return [.../* @__PURE__ */ new Set([...gate.judges, ...gate.reads.flatMap((k) => KINDS_OF[k] ?? [])])];
}
var FOLD_UNREADABLE = 3;
function unreadableDraft(m, u) {
  const label3 = KIND_LABELS[u.kind].one;
  const named = u.id !== void 0 ? `${label3} "${u.id}"` : label3;
  return {
    message: `${named} at ${place(m, u.ref)} could not be read: ${u.reason}; not checked, so drift cannot be ruled out`,
    subject: { kind: SUBJECT[u.kind], id: u.id ?? `${u.ref.file}#${u.ref.pointer}` },
    at: [u.ref],
    kind: `unreadable:${u.kind}`,
    severity: "warning",
    direction: "unknown",
    inconclusive: true,
    details: { [COVERAGE_DETAIL]: "unreadable", reason: u.reason }
  };
}
function foldedDraft(m, group) {
  const first = group[0];
  const labels = KIND_LABELS[first.kind];
  const named = first.id !== void 0 ? `${labels.one} "${first.id}"` : labels.one;
  return {
    message: `${group.length} ${labels.many} of ${posix3.basename(first.ref.file)} could not be read (the first, ${named} at ${place(m, first.ref)}: ${first.reason}; the schema gate lists each); not checked, so drift cannot be ruled out`,
    subject: { kind: "file", id: first.ref.file },
    at: [first.ref],
    kind: `unreadable:${first.kind}`,
    severity: "warning",
    direction: "unknown",
    inconclusive: true,
    details: { [COVERAGE_DETAIL]: "unreadable", reason: first.reason, entries: group.map((u) => u.ref.pointer) }
  };
}
function unreadableDrafts(gate, m) {
  const kinds = affectedKinds(gate);
  const groups = /* @__PURE__ */ new Map();
  for (const u of m.unreadable.filter((x) => kinds.includes(x.kind))) {
    const key = `${u.ref.file}\0${u.kind}`;
    groups.set(key, [...groups.get(key) ?? [], u]);
  }
  return [...groups.values()].flatMap((group) => group.length > FOLD_UNREADABLE ? [foldedDraft(m, group)] : group.map((u) => unreadableDraft(m, u)));
}
function unreadEntryDraft(m, ref, why) {
  return {
    message: `entry at ${place(m, ref)} could not be read: ${why}; not checked, so drift cannot be ruled out`,
    subject: { kind: "file", id: `${ref.file}#${ref.pointer}` },
    at: [ref],
    kind: "unreadable:entry",
    severity: "warning",
    direction: "unknown",
    inconclusive: true,
    details: { [COVERAGE_DETAIL]: "unreadable", reason: why }
  };
}
function unknownStatusDrafts(gate, m) {
  const out = [];
  for (const kind of ["services", "vms"]) {
    if (!gate.judges.includes(kind)) continue;
    const all = kind === "services" ? m.services : m.vms;
    const unknown = all.filter((e) => e.meaning === "unknown");
    const name2 = (e) => kind === "services" ? `service "${e.id}"` : `VM ${e.vmid} (${e.hostname})`;
    const statusAt = (e) => sub(e.ref, "status");
    const base = { kind: `unknown-status:${kind}`, severity: "warning", direction: "unknown", inconclusive: true, details: { [COVERAGE_DETAIL]: "unknown-status" } };
    if (unknown.length > FOLD_UNREADABLE) {
      const words = [...new Set(unknown.map((e) => `"${e.status}"`))].join(", ");
      out.push({
        ...base,
        message: `${unknown.length} ${KIND_LABELS[kind].many} of ${posix3.basename(unknown[0].ref.file)} have a status no status vocabulary knows (${words}), the first ${name2(unknown[0])}: not judged, so drift cannot be ruled out; declare the status in profile.statuses`,
        subject: { kind: "file", id: unknown[0].ref.file },
        at: [statusAt(unknown[0])]
      });
      continue;
    }
    for (const e of unknown) {
      out.push({
        ...base,
        message: `${name2(e)} has status "${e.status}", which no status vocabulary knows: not judged, so drift cannot be ruled out; declare it in profile.statuses`,
        subject: { kind: SUBJECT[kind], id: kind === "services" ? e.id : String(e.vmid) },
        at: [statusAt(e)]
      });
    }
  }
  return out;
}

// src/gates/compose-parity.ts
function sshUser(m, target) {
  return m.sshTargets.find((t) => t.id === (target.sshTarget ?? target.id))?.user;
}
function expandTilde(m, target, path) {
  if (!path.startsWith("~/") && path !== "~") return void 0;
  const home = targetHome(m, target);
  return home === void 0 ? void 0 : expandHome(path, home);
}
function serviceInStack(m, s, out) {
  if (s.compose === void 0 || s.host === void 0) return;
  const compose = fileName(m.paths.compose);
  const dir = trimSlash(posix4.dirname(s.compose));
  const field = sub(s.ref, "compose");
  const target = m.composeTargets.find((t) => t.id === s.host);
  if (!target && mayBeUnreadable(m, "composeTargets", s.host)) return;
  if (!target) {
    out.push({
      message: `service "${s.id}" has compose file "${s.compose}" on host "${s.host}", but ${compose} declares no compose target "${s.host}"; add the target with its stacks`,
      subject: { kind: "service", id: s.id },
      at: [field, { file: m.paths.compose, pointer: "/targets" }],
      kind: "host-without-compose-target",
      observed: s.host
    });
    return;
  }
  if (target.stacks.some((st) => trimSlash(st.path) === dir)) return;
  const expanded = expandTilde(m, target, dir);
  const sameAfterExpansion = target.stacks.find(
    (st) => expanded !== void 0 && trimSlash(st.path) === expanded || expandTilde(m, target, trimSlash(st.path)) === dir
  );
  if (sameAfterExpansion) {
    out.push({
      message: `service "${s.id}" has compose directory "${dir}" and stack "${sameAfterExpansion.name}" has path "${sameAfterExpansion.path}" (${where(m, sub(sameAfterExpansion.ref, "path"))}): one directory for ssh user "${sshUser(m, target)}" written two ways, which breaks when the user changes; write it the same way in both files`,
      subject: { kind: "service", id: s.id },
      at: [field, sub(sameAfterExpansion.ref, "path")],
      kind: "compose-path-form",
      // the same directory under the declared ssh user: a consistency nit, not drift
      severity: "notice",
      expected: `${trimSlash(sameAfterExpansion.path)}/${posix4.basename(s.compose)}`,
      observed: s.compose
    });
    return;
  }
  const elsewhere = m.stacks.find((st) => st.target !== target.id && trimSlash(st.path) === dir);
  if (!elsewhere && m.unreadable.some((u) => u.kind === "stacks" && u.ref.pointer.startsWith(`${target.ref.pointer}/`))) return;
  const tilde = dir.startsWith("~") || target.stacks.some((st) => st.path.startsWith("~"));
  if (!elsewhere && tilde && targetHome(m, target) === void 0 && mayBeUnreadable(m, "sshTargets", target.sshTarget ?? target.id)) return;
  out.push({
    message: elsewhere ? `service "${s.id}" runs on host "${s.host}", but its compose directory "${dir}" is stack "${elsewhere.name}" of host "${elsewhere.target}" (${where(m, sub(elsewhere.ref, "path"))}); fix the host or the compose path` : `service "${s.id}" has compose file "${s.compose}", but no stack of host "${s.host}" in ${compose} has path "${dir}" (stacks: ${target.stacks.map((st) => st.path).join(", ") || "none"}); declare the stack or fix the compose path`,
    subject: { kind: "service", id: s.id },
    at: [field, elsewhere ? sub(elsewhere.ref, "path") : sub(target.ref, "stacks")],
    kind: elsewhere ? "compose-on-other-host" : "compose-outside-stacks",
    expected: target.stacks.map((st) => st.path),
    observed: dir
  });
}
function sharedPaths(m, out) {
  for (const target of m.composeTargets) {
    const seen = /* @__PURE__ */ new Map();
    for (const st of target.stacks) {
      const key = trimSlash(st.path);
      const prev = seen.get(key);
      if (!prev) {
        seen.set(key, st);
        continue;
      }
      out.push({
        message: `stacks "${prev.name}" and "${st.name}" of host "${target.id}" share path "${st.path}" (${where(m, sub(prev.ref, "path"))}); one directory holds one compose project`,
        subject: { kind: "stack", id: `${target.id}/${st.name}` },
        at: [sub(st.ref, "path"), sub(prev.ref, "path")],
        kind: "shared-stack-path",
        observed: st.path
      });
    }
  }
}
function vmListsStacks(m, profile, out) {
  const hosts = hostsOf(m, profile);
  for (const target of m.composeTargets) {
    if (!target.enabled) continue;
    const vm = hosts.ofComposeTarget(target).vms.find((v) => v.meaning === "running");
    if (!vm) continue;
    for (const st of target.stacks) {
      if (vm.stacks.includes(st.name)) continue;
      out.push({
        message: `stack "${st.name}" of host "${target.id}" is missing from the stacks of VM ${vm.vmid} in ${fileName(m.paths.vms)} (${where(m, sub(vm.ref, "stacks"))}); add it to that list`,
        subject: { kind: "stack", id: `${target.id}/${st.name}` },
        at: [sub(st.ref, "name"), sub(vm.ref, "stacks")],
        kind: "stack-missing-from-vm",
        expected: st.name,
        observed: vm.stacks
      });
    }
  }
}
var compose_parity_default = defineGate({
  id: "compose-parity",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "A service's compose file lies in a declared stack on its host, no two stacks share a path, and vm.lifecycle lists every compose stack of its VM: otherwise the status tools probe the wrong directory or none.",
  reads: ["registry", "compose", "vms", "ssh"],
  judges: ["services", "composeTargets", "stacks", "vms"],
  run(ctx) {
    const m = ctx.model;
    const out = [];
    for (const s of m.services) serviceInStack(m, s, out);
    sharedPaths(m, out);
    vmListsStacks(m, resolveProfile(ctx.config), out);
    const vms = m.vms.filter((v) => v.meaning !== "unknown").length;
    return { findings: out, checked: { services: m.services.length, composeTargets: m.composeTargets.length, stacks: m.stacks.length, vms } };
  }
});

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
  const name2 = declaredContainer(service);
  for (const stack of target.stacks) {
    const seen = findStackObservation(obs, stack);
    if (seen?.ok && seen.containers.some((c) => c.name === name2)) return { service, target, stack, container: name2 };
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
function matchContainer(containers, name2) {
  return containers.find((c) => c.name === name2) ?? containers.find((c) => c.service === name2);
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

// src/gates/live/probe-gaps.ts
var DRIFT_REASONS = /* @__PURE__ */ new Set(["dir-missing", "compose-missing"]);
function hostOf(obs, sshTarget) {
  return obs?.hosts.find((h) => h.target === sshTarget);
}
function splitStacks(views, obs) {
  const split = { listed: [], drift: [], gaps: [] };
  const groups = /* @__PURE__ */ new Map();
  const add = (key, make, view) => {
    let gap = groups.get(key);
    if (!gap) {
      gap = make();
      groups.set(key, gap);
      split.gaps.push(gap);
    }
    gap.views.push(view);
  };
  for (const view of views) {
    const o = view.obs;
    if (o?.ok) {
      split.listed.push(view);
      continue;
    }
    if (o?.failure && DRIFT_REASONS.has(o.failure.reason)) {
      split.drift.push(view);
      continue;
    }
    if (!o) {
      add(`not-probed:${view.target.id}`, () => ({
        subject: { kind: "host", id: view.target.id },
        reason: "not-probed",
        error: "the observation snapshot has no entry for it",
        views: [],
        at: [view.target.ref],
        key: "not-probed"
      }), view);
      continue;
    }
    const host = hostOf(obs, o.sshTarget);
    if (host && !host.ok) {
      const reason2 = host.failure?.reason ?? o.failure?.reason ?? "error";
      add(`host:${o.sshTarget}`, () => ({
        subject: { kind: "host", id: o.sshTarget },
        reason: reason2,
        error: host.failure?.error ?? o.failure?.error ?? "",
        durationMs: host.durationMs,
        views: [],
        at: [view.target.ref],
        key: `host-${reason2}`
      }), view);
      continue;
    }
    const reason = o.failure?.reason ?? "error";
    add(`stack:${view.target.id}/${view.stack.name}`, () => ({
      subject: { kind: "stack", id: view.stack.name },
      reason,
      error: o.failure?.error ?? "",
      durationMs: o.durationMs,
      views: [],
      at: [view.stack.ref],
      key: `stack-${reason}`
    }), view);
  }
  return split;
}
function gapCause(gap) {
  if (gap.reason === "not-probed") return `was not probed (${gap.error})`;
  const took = gap.durationMs !== void 0 ? ` after ${seconds(gap.durationMs)} s` : "";
  const what = gap.subject.kind === "host" ? "could not be reached over SSH" : "could not be listed";
  const detail = gap.error ? `: ${gap.error}` : "";
  return `${what} (${reasonLabel(gap.reason)}${took}${detail})`;
}
function gapFinding(gap, unchecked) {
  const what = unchecked(gap.views);
  if (what === void 0) return void 0;
  const names = listNames(gap.views.map((v) => v.stack.name));
  const label3 = gap.subject.kind === "host" ? `host "${gap.subject.id}"` : `stack "${gap.subject.id}"`;
  const stacks2 = gap.subject.kind === "host" ? ` (stacks: ${names})` : "";
  return {
    kind: `inconclusive-${gap.key}`,
    subject: gap.subject,
    at: gap.at,
    message: `${label3} ${gapCause(gap)}; ${what} not checked${stacks2}, so drift cannot be ruled out`,
    direction: "unknown",
    severity: "warning",
    inconclusive: true,
    observed: gap.reason === "not-probed" ? "not probed" : reasonLabel(gap.reason),
    details: {
      reason: gap.reason,
      stacks: gap.views.map((v) => v.stack.name),
      ...gap.durationMs !== void 0 ? { durationMs: gap.durationMs } : {},
      ...gap.error ? { error: gap.error } : {}
    }
  };
}

// src/gates/live/uptime.ts
var SECOND = 1e3;
var MINUTE = 60 * SECOND;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
function containerUptime(c, at2) {
  const started = c.startedAt ? Date.parse(c.startedAt) : NaN;
  if (Number.isFinite(started) && Number.isFinite(at2.getTime())) return { ms: Math.max(0, at2.getTime() - started), basis: "start-time" };
  const fromText = statusUptimeMs(c.status);
  return fromText === void 0 ? { basis: "unknown" } : { ms: fromText, basis: "status-text" };
}
function shortDuration(ms) {
  if (ms < MINUTE) return `${Math.floor(ms / SECOND)} s`;
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < 2 * DAY) return `${Math.floor(ms / HOUR)} h`;
  return `${Math.floor(ms / DAY)} d`;
}
function notYetStable(c, at2, minMs) {
  const up = containerUptime(c, at2);
  if (up.ms !== void 0 && up.ms >= minMs) return void 0;
  const restarts = c.restartCount ? ` after ${c.restartCount} restart${c.restartCount === 1 ? "" : "s"}` : "";
  const oom = c.oomKilled ? " (the last exit was an OOM kill)" : "";
  if (up.basis === "start-time") return `running for ${shortDuration(up.ms ?? 0)}${restarts}${oom}`;
  if (up.basis === "status-text") return `running for ${shortDuration(up.ms ?? 0)}${restarts}${oom} (from its status "${c.status}"; no start time observed)`;
  return `running, for how long is unknown (status "${c.status}"; no start time observed)`;
}
function containerDowntime(c, at2) {
  const finished = c.finishedAt ? Date.parse(c.finishedAt) : NaN;
  if (Number.isFinite(finished) && Number.isFinite(at2.getTime())) return { ms: Math.max(0, at2.getTime() - finished), basis: "start-time" };
  const m = /^Exited\s+\(-?\d+\)\s+(.+?)\s+ago$/i.exec(c.status.trim());
  const fromText = m?.[1] ? statusUptimeMs(`Up ${m[1]}`) : void 0;
  return fromText === void 0 ? { basis: "unknown" } : { ms: fromText, basis: "status-text" };
}
function notYetDown(c, at2, minMs) {
  if (c.state !== "exited" && c.state !== "dead") return `${c.state}, not exited`;
  const down = containerDowntime(c, at2);
  if (down.ms !== void 0 && down.ms >= minMs) return void 0;
  if (down.ms === void 0) return `exited, for how long is unknown (status "${c.status}"; no finish time observed)`;
  return `exited ${shortDuration(down.ms)} ago`;
}

// src/gates/live/compose-enable.ts
function runsAgain(ctx, t, obs) {
  const seen = t.stacks.map((s) => findStackObservation(obs, s));
  if (t.stacks.length === 0 || seen.some((o) => !o?.shadow || !o.ok || o.containers.length === 0)) return void 0;
  const minMs = ctx.config.fix.minUptimeMinutes * 6e4;
  const containers = seen.flatMap((o) => o.containers.map((c) => ({ c, at: new Date(o.startedAt) })));
  if (containers.some(({ c, at: at2 }) => !isUp(c) || notYetStable(c, Number.isFinite(at2.getTime()) ? at2 : ctx.now, minMs))) return void 0;
  const names = containers.map(({ c }) => c.name).sort();
  return worksAgain({
    kind: "runs-while-disabled",
    fix: "compose-enable",
    subject: { kind: "host", id: t.id },
    entry: t.ref,
    message: `compose target "${t.id}": disabled, but its shadow probe found ${names.length} container${names.length === 1 ? "" : "s"} running in ${t.stacks.map((s) => s.name).join(", ")} (${listNames(names)}); it works again: set enabled: true`,
    observed: `${names.length}/${names.length} running`,
    details: { stacks: t.stacks.map((s) => s.name), containers: names }
  });
}
function composeTargetsRunningAgain(ctx) {
  const obs = ctx.observations;
  if (!obs) return [];
  return ctx.model.composeTargets.filter((t) => !t.enabled).flatMap((t) => runsAgain(ctx, t, obs) ?? []);
}

// src/gates/compose-state.ts
function judgeExited(ctx, view, c) {
  const placed = servicesNaming(view.services, c).map((p) => p.service);
  const services2 = placed.length > 0 ? placed : hostServicesNaming(ctx.model, view.target.id, c);
  const declared3 = services2[0]?.status;
  const unread = services2.length === 0 && (mayBeUnreadable(ctx.model, "services", c.name) || mayBeUnreadable(ctx.model, "services", c.service));
  const judged = !unread && services2.every((s) => s.meaning !== "unknown");
  const expected = services2.length > 0 && services2.every((s) => s.meaning !== "running" && s.meaning !== "unknown");
  return {
    name: c.name,
    state: c.state,
    status: c.status,
    exitCode: c.exitCode,
    services: services2.map((s) => s.id),
    ...declared3 !== void 0 ? { declared: declared3 } : {},
    expected,
    judged,
    judgedByRegistryStatus: placed.length > 0
  };
}
function describeOne(j) {
  const state = j.state === "exited" ? "" : `${j.state}, `;
  if (!j.judged) return `${j.name} (${state}${j.declared === void 0 ? "registry entry unreadable" : `declared ${j.declared}: status unknown`}, not judged)`;
  if (j.declared === void 0) return `${j.name} (${state}not in the registry)`;
  if (j.expected) return `${j.name} (${state}declared ${j.declared})`;
  return `${j.name} (${state}declared ${j.declared}: unexpected)`;
}
function summary(ctx, view) {
  const containers = view.obs.containers;
  const name2 = view.stack.name;
  if (containers.length === 0) {
    return {
      kind: "empty-stack",
      subject: { kind: "stack", id: name2 },
      at: [view.stack.ref],
      message: `stack "${name2}" on "${view.target.id}" has no containers at all (docker compose ps -a lists none in ${view.stack.path}); deploy it or remove it from the compose targets`,
      expected: "containers",
      observed: "0/0 running",
      direction: "live-broken",
      details: { running: 0, total: 0, exited: [] }
    };
  }
  const down = containers.filter((c) => !isUp(c));
  if (down.length === 0) return void 0;
  const running = containers.length - down.length;
  const judged = down.map((c) => judgeExited(ctx, view, c)).sort((a, b) => a.name.localeCompare(b.name));
  const allExpected = judged.every((j) => j.expected || !j.judged);
  const unexpected = judged.filter((j) => j.judged && !j.expected);
  const unreported = unexpected.filter((j) => !j.judgedByRegistryStatus);
  const notJudged = judged.filter((j) => !j.judged).length;
  const verdict = allExpected ? notJudged > 0 ? `${notJudged} not judged, the others expected` : "all expected" : unreported.length > 0 ? `${unexpected.length} unexpected` : "unexpected ones are reported by registry-status";
  return {
    kind: allExpected ? "exited-expected" : unreported.length > 0 ? "exited-unreported" : "exited-unexpected",
    severity: unreported.length > 0 ? "error" : "notice",
    subject: { kind: "stack", id: name2 },
    at: [view.stack.ref],
    message: `${name2}: ${running}/${containers.length} running; exited: ${judged.map(describeOne).join(", ")} \u2014 ${verdict}`,
    expected: `${containers.length - judged.filter((j) => j.expected).length}/${containers.length} running`,
    observed: `${running}/${containers.length} running`,
    direction: allExpected ? "inconsistent" : "live-broken",
    details: { running, total: containers.length, exited: judged }
  };
}
function driftFinding(view) {
  const o = view.obs;
  const reason = o?.failure?.reason ?? "error";
  const what = reason === "dir-missing" ? `its directory ${view.stack.path} does not exist` : `there is no compose file in ${view.stack.path}`;
  return {
    kind: `stack-${reason}`,
    subject: { kind: "stack", id: view.stack.name },
    at: [view.stack.ref],
    message: `stack "${view.stack.name}" is declared on "${view.target.id}" but ${what} (${reasonLabel(reason)}); deploy it there or fix its path`,
    expected: view.stack.path,
    observed: reasonLabel(reason),
    direction: "live-broken",
    details: { reason, ...o?.failure?.error ? { error: o.failure.error } : {} }
  };
}
var compose_state_default = defineGate({
  id: "compose-state",
  aliases: ["D18"],
  kind: "live",
  severity: "error",
  describe: "Lists every stack with `docker compose ps -a` and reports running/total with each exited container judged against its declared status; exited containers are never hidden; a disabled compose target that runs is proposed enabled.",
  reads: ["compose", "registry", "ssh"],
  judges: ["composeTargets", "stacks"],
  run(ctx) {
    if (!ctx.observations) return { findings: [], checked: {} };
    const split = splitStacks(stackViews(ctx.model, ctx.observations), ctx.observations);
    const out = [];
    for (const view of split.listed) {
      const f = summary(ctx, view);
      if (f) out.push(f);
    }
    for (const view of split.drift) out.push(driftFinding(view));
    out.push(...composeTargetsRunningAgain(ctx));
    for (const gap of split.gaps) {
      const f = gapFinding(gap, (views) => `container states of ${views.length} stack${views.length === 1 ? "" : "s"}`);
      if (f) out.push(f);
    }
    const containers = split.listed.reduce((n, v) => n + v.obs.containers.length, 0);
    return { findings: out, checked: { stacks: split.listed.length + split.drift.length, containers } };
  }
});

// src/gates/live/refs.ts
function statusPointer(serviceId) {
  return pointerOf(["services", serviceId, "status"]);
}
function statusRef(model, service) {
  if (!service.statusDeclared) return service.ref;
  return { file: model.paths.registry, pointer: statusPointer(service.id) };
}

// src/gates/sweep/inert.ts
var obj2 = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var text = (v) => typeof v === "string" && v.trim() !== "" ? v : void 0;
function inertThings(m, config) {
  const vocab = resolveProfile(config).statuses.vocabularies;
  const things = [];
  const claimed = { names: /* @__PURE__ */ new Set(), addresses: /* @__PURE__ */ new Set(), vmids: /* @__PURE__ */ new Set(), stacks: /* @__PURE__ */ new Set(), backups: /* @__PURE__ */ new Set() };
  const add = (set, ...values) => values.forEach((v) => v && set.add(v));
  for (const vm of m.vms) {
    if (vm.meaning === "unknown") continue;
    if (vm.meaning !== "inert") {
      add(claimed.names, vm.hostname, vm.sshTarget);
      add(claimed.addresses, vm.lanIp, vm.tailscaleIp);
      add(claimed.backups, vm.backupTarget);
      claimed.vmids.add(vm.vmid);
      continue;
    }
    const names = /* @__PURE__ */ new Set();
    const addresses = /* @__PURE__ */ new Set();
    add(names, vm.hostname, vm.sshTarget);
    add(addresses, vm.lanIp, vm.tailscaleIp);
    things.push({
      kind: "vm",
      id: vm.hostname,
      label: `${vm.vmType === "lxc" ? "LXC" : "VM"} ${vm.vmid} (${vm.hostname})`,
      status: vm.status,
      statusAt: sub(vm.ref, "status"),
      names,
      addresses,
      vmid: vm.vmid,
      ...vm.backupTarget ? { backupTarget: vm.backupTarget } : {}
    });
  }
  for (const s of m.services) {
    if (s.meaning !== "inert") continue;
    things.push({
      kind: "service",
      id: s.id,
      label: `service "${s.id}"`,
      status: s.status,
      statusAt: statusRef(m, s),
      names: /* @__PURE__ */ new Set(),
      addresses: /* @__PURE__ */ new Set(),
      ...s.container ? { container: s.container } : {},
      ...typeof s.port === "number" ? { port: s.port } : {}
    });
  }
  const stacks2 = rawAt(m, at(m.paths.stacks, "stacks"));
  (Array.isArray(stacks2) ? stacks2 : []).forEach((raw, i) => {
    const e = obj2(raw);
    const id = text(e?.stack_id);
    const status = text(e?.status);
    if (!id || !status) return;
    const meaning = meaningOf(vocab.stacks, status);
    if (meaning !== "inert") {
      if (meaning !== "unknown") claimed.stacks.add(id);
      return;
    }
    things.push({ kind: "stack", id, label: `stack "${id}"`, status, statusAt: at(m.paths.stacks, "stacks", i, "status"), names: /* @__PURE__ */ new Set(), addresses: /* @__PURE__ */ new Set() });
  });
  const hosts = rawAt(m, at(m.paths.naming, "hosts"));
  (Array.isArray(hosts) ? hosts : []).forEach((raw, i) => {
    const e = obj2(raw);
    const name2 = text(e?.canonical_name);
    const status = text(e?.status);
    if (!name2) return;
    if (!status || meaningOf(vocab.naming, status) !== "inert") {
      if (!status || meaningOf(vocab.naming, status) !== "unknown") claimed.names.add(name2);
      return;
    }
    things.push({ kind: "host", id: name2, label: `host "${name2}"`, status, statusAt: at(m.paths.naming, "hosts", i, "status"), names: /* @__PURE__ */ new Set([name2]), addresses: /* @__PURE__ */ new Set() });
  });
  for (const t of m.sshTargets) {
    const status = text(rawAt(m, sub(t.ref, "status")));
    if (!status || meaningOf(vocab.naming, status) !== "inert") continue;
    things.push({ kind: "host", id: t.id, label: `ssh target "${t.id}"`, status, statusAt: sub(t.ref, "status"), names: /* @__PURE__ */ new Set([t.id]), addresses: /* @__PURE__ */ new Set([t.host]) });
  }
  for (const t of things) {
    for (const n of [...t.names]) if (claimed.names.has(n)) t.names.delete(n);
    for (const a of [...t.addresses]) if (claimed.addresses.has(a)) t.addresses.delete(a);
    if (t.backupTarget !== void 0 && claimed.backups.has(t.backupTarget)) delete t.backupTarget;
  }
  return { things, claimed };
}

// src/gates/sweep/references.ts
function hostOfUrl(url) {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return void 0;
  }
}
var glob = (vmid) => new RegExp(`(qemu|lxc)-${vmid}-`);
function inertReferences(m, config, inert) {
  const hits = [];
  const things = inert.things;
  const byName = (n) => n === void 0 ? [] : things.filter((t) => t.names.has(n));
  const byAddress = (a) => a === void 0 ? [] : things.filter((t) => t.addresses.has(a));
  const services2 = (id) => id === void 0 ? [] : things.filter((t) => t.kind === "service" && (t.id === id || t.container === id));
  const hit = (h, found) => {
    const pairs = found.flatMap(([list, how]) => list.map((t) => [t, how]));
    const first = /* @__PURE__ */ new Map();
    for (const [t, how] of pairs) if (!first.has(t)) first.set(t, how);
    const uniq = [...first.entries()];
    if (uniq.length > 0) hits.push({ ...h, things: uniq.map(([t]) => t), how: uniq.map(([, how]) => how) });
  };
  for (const e of m.endpoints) {
    if (!e.enabled) continue;
    hit({ subject: { kind: "endpoint", id: e.id }, at: sub(e.ref, "id"), what: `enabled health probe "${e.id}"`, todo: "disable or remove the probe" }, [
      [services2(e.id), "its id"],
      [byName(e.host), `its host "${e.host}"`],
      [byAddress(hostOfUrl(e.url)), "its URL"]
    ]);
  }
  for (const t of m.composeTargets) {
    if (!t.enabled) continue;
    hit({ subject: { kind: "host", id: t.id }, at: t.ref, what: `enabled compose target "${t.id}"`, todo: "remove it or set enabled: false" }, [
      [byName(t.id), "its id"],
      [byName(t.sshTarget), `its ssh_target "${t.sshTarget}"`]
    ]);
    for (const s of t.stacks) {
      if (inert.claimed.stacks.has(s.name)) continue;
      hit({ subject: { kind: "stack", id: s.name }, at: sub(s.ref, "name"), what: `stack "${s.name}" of compose target "${t.id}"`, todo: "remove the stack" }, [
        [things.filter((x) => x.kind === "stack" && x.id === s.name), "its name"]
      ]);
    }
  }
  const appNames = (id) => config.backups.appTargets.map((p) => p.replaceAll("{service}", id));
  for (const b of m.backups) {
    if (!b.enabled) continue;
    hit({ subject: { kind: "backup", id: b.name }, at: sub(b.ref, "enabled"), what: `enabled backup target "${b.name}"`, todo: "set enabled: false once the final backup is kept" }, [
      [things.filter((t) => t.backupTarget === b.name), "its name (the VM's backup_target)"],
      [things.filter((t) => t.vmid !== void 0 && !inert.claimed.vmids.has(t.vmid) && glob(t.vmid).test(b.glob)), `its glob "${b.glob}"`],
      [byName(b.host), `its host "${b.host}"`],
      [things.filter((t) => t.kind === "service" && b.service === t.id), `its service "${b.service}"`],
      [things.filter((t) => t.kind === "service" && appNames(t.id).includes(b.name)), "its name (the app-level target of the service)"]
    ]);
  }
  for (const r of m.routes) {
    hit({ subject: { kind: "route", id: r.hostname }, at: r.service !== void 0 && services2(r.service).length > 0 ? sub(r.ref, "service") : sub(r.ref, "stack"), what: `routed hostname "${r.hostname}"`, todo: "remove the route or point it at what replaced it" }, [
      [services2(r.service), `its service "${r.service}"`],
      [r.stack !== void 0 && !inert.claimed.stacks.has(r.stack) ? things.filter((t) => t.kind === "stack" && t.id === r.stack) : [], `its stack "${r.stack}"`]
    ]);
  }
  const ownTarget = (t) => t.kind === "vm" ? [...t.names].filter((n) => m.sshTargets.some((s) => s.id === n)) : [];
  for (const s of m.sshTargets) {
    hit({ subject: { kind: "host", id: s.id }, at: sub(s.ref, "id"), what: `ssh target "${s.id}" (every live run connects to it)`, todo: "remove it or mark it optional" }, [
      [things.filter((t) => t.kind !== "host" && ownTarget(t).includes(s.id)), "its id"],
      [byAddress(s.host), `its host ${s.host}`]
    ]);
  }
  hits.push(...caddyHits(m, things));
  return hits;
}
function caddyHits(m, things) {
  const file = m.files.get(m.paths.caddyfile);
  if (!file?.text || m.inputs.caddyfile?.status !== "ok") return [];
  const hits = [];
  for (const p of findProxies(parseCaddyfile(file.text, file.path))) {
    for (const u of p.upstreams) {
      const dial = u.dial ?? u.text;
      const colon = dial.lastIndexOf(":");
      const host = colon > 0 ? dial.slice(0, colon) : dial;
      const port = colon > 0 ? Number(dial.slice(colon + 1)) : void 0;
      const found = things.filter((t) => t.names.has(host) || t.addresses.has(host) || t.kind === "service" && t.container === host && (t.port === void 0 || t.port === port));
      if (found.length === 0) continue;
      hits.push({
        subject: { kind: "file", id: `${file.path}#${u.line}` },
        at: { file: file.path, line: u.line, column: u.column, pointer: "" },
        what: `the reverse_proxy to ${u.text} of ${p.site.join(", ") || "the Caddyfile"}`,
        todo: "remove the upstream or point it at what replaced it",
        things: found,
        how: found.map(() => "its upstream")
      });
    }
  }
  return hits;
}
function sweepFinding(m, h) {
  const names = h.things.map((t, i) => `by ${h.how[i]} to ${t.label}, ${t.status} at ${where(m, t.statusAt)}`);
  return {
    kind: `inert-reference:${h.things.map((t) => `${t.kind}:${t.id}`).join(",")}`,
    subject: h.subject,
    at: [h.at, ...h.things.map((t) => t.statusAt)],
    message: `${h.what} still refers ${names.join(", and ")}; ${h.todo}`,
    expected: "no reference",
    observed: h.things.map((t) => `${t.kind}:${t.id}`),
    direction: "declared-stale"
  };
}

// src/gates/decommission-sweep.ts
var decommission_sweep_default = defineGate({
  id: "decommission-sweep",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "Reports what still refers to things declared decommissioned or retired (VMs, services, stacks, hosts): enabled probes, compose targets and their stacks, enabled backup targets, routes, Caddyfile upstreams and ssh targets.",
  reads: ["registry", "vms", "health", "compose", "backups", "routing", "ssh", "stacks", "naming", "caddyfile"],
  judges: ["vms", "services", "endpoints", "composeTargets", "backups", "routes", "sshTargets"],
  run(ctx) {
    const m = ctx.model;
    const inert = inertThings(m, ctx.config);
    const findings2 = inert.things.length === 0 ? [] : inertReferences(m, ctx.config, inert).map((h) => sweepFinding(m, h));
    return {
      findings: findings2,
      checked: {
        vms: m.vms.filter((v) => v.meaning !== "unknown").length,
        services: m.services.filter((s) => s.meaning !== "unknown").length,
        endpoints: m.endpoints.filter((e) => e.enabled).length,
        composeTargets: m.composeTargets.filter((t) => t.enabled).length,
        backups: m.backups.filter((b) => b.enabled).length,
        routes: m.routes.length,
        sshTargets: m.sshTargets.length
      }
    };
  }
});

// src/gates/deployed/compare.ts
function stagedRef(staged, service, field) {
  const path = ["services"];
  if (service !== void 0) path.push(service);
  if (field !== void 0) path.push(field);
  return { file: staged.file, pointer: pointerOf(path) };
}
var LIST_FIELDS = [
  { field: "ports", yaml: "ports", what: "ports" },
  { field: "mounts", yaml: "volumes", what: "mounts" },
  { field: "envKeys", yaml: "environment", what: "environment variables" }
];
function quoted(list) {
  return listNames(list.map((x) => `"${x}"`), 12);
}
function listDiff(staged, deployed) {
  return { added: deployed.filter((x) => !staged.includes(x)), removed: staged.filter((x) => !deployed.includes(x)) };
}
function serviceDiffs(stack, staged, want, have, host) {
  const out = [];
  const subject = { kind: "stack", id: stack.name };
  const who = `stack "${stack.name}" on "${host}": service "${want.name}"`;
  const at2 = (field) => field === "image" && want.image === void 0 ? stagedRef(staged, want.name) : stagedRef(staged, want.name, field);
  if ((want.image ?? "") !== (have.image ?? "")) {
    out.push({
      kind: `differs:${want.name}:image`,
      subject,
      at: [at2("image")],
      message: `${who} runs image "${have.image ?? "(none)"}", the staged copy says "${want.image ?? "(none)"}"; deploy the staged file or update it`,
      expected: want.image ?? null,
      observed: have.image ?? null
    });
  }
  for (const { field, yaml, what } of LIST_FIELDS) {
    const { added, removed } = listDiff(want[field], have[field]);
    if (added.length === 0 && removed.length === 0) continue;
    const parts = [added.length > 0 ? `deployed only: ${quoted(added)}` : "", removed.length > 0 ? `staged only: ${quoted(removed)}` : ""].filter(Boolean);
    out.push({
      kind: `differs:${want.name}:${field}`,
      subject,
      at: [want[field].length > 0 ? at2(yaml) : stagedRef(staged, want.name)],
      message: `${who} has other ${what} than the staged copy (${parts.join("; ")}); deploy the staged file or update it`,
      expected: want[field],
      observed: have[field]
    });
  }
  if (want.healthcheck !== have.healthcheck) {
    out.push({
      kind: `differs:${want.name}:healthcheck`,
      subject,
      at: [want.healthcheck === "none" ? stagedRef(staged, want.name) : at2("healthcheck")],
      message: `${who} has healthcheck ${have.healthcheck}, the staged copy ${want.healthcheck}; deploy the staged file or update it`,
      expected: want.healthcheck,
      observed: have.healthcheck
    });
  }
  return out;
}
function compareCompose(stack, host, staged, deployed) {
  const want = staged.spec?.services ?? [];
  const out = [];
  const subject = { kind: "stack", id: stack.name };
  for (const w of want) {
    const h = deployed.find((d) => d.name === w.name);
    if (h) out.push(...serviceDiffs(stack, staged, w, h, host));
    else {
      out.push({
        kind: `missing-service:${w.name}`,
        subject,
        at: [stagedRef(staged, w.name)],
        message: `stack "${stack.name}" on "${host}": service "${w.name}" of the staged copy is not in the deployed compose file; deploy the staged file or remove the service from it`,
        expected: w.name,
        observed: "absent",
        direction: "inconsistent"
      });
    }
  }
  for (const h of deployed) {
    if (want.some((w) => w.name === h.name)) continue;
    out.push({
      kind: `extra-service:${h.name}`,
      subject,
      at: [stagedRef(staged)],
      message: `stack "${stack.name}" on "${host}": the deployed compose file has service "${h.name}", the staged copy has not; add it to ${staged.file} or remove it from the host`,
      expected: "absent",
      observed: h.name,
      direction: "inconsistent"
    });
  }
  return out;
}

// src/gates/deployed/lint.ts
function floatingTag(image) {
  if (image === void 0 || image.includes("${") || image.includes("@")) return void 0;
  const last = image.slice(image.lastIndexOf("/") + 1);
  const colon = last.indexOf(":");
  if (colon < 0) return "latest (implied)";
  return last.slice(colon + 1) === "latest" ? "latest" : void 0;
}
function containerOf(spec, containers) {
  return containers.find((c) => c.name === (spec.containerName ?? "")) ?? containers.find((c) => c.service === spec.name);
}
function lintCompose(ctx, services2) {
  const out = [];
  const subject = { kind: "stack", id: ctx.stack.name };
  for (const s of services2) {
    const who = `stack "${ctx.stack.name}" on "${ctx.host}": service "${s.name}"`;
    const tag = floatingTag(s.image);
    if (tag) {
      out.push({
        kind: `latest:${s.name}`,
        severity: "warning",
        subject,
        at: [ctx.at(s, "image")],
        message: `${who} runs image "${s.image}" on the floating tag ${tag}: a pull changes what runs without a change in the repo; pin a version`,
        expected: "a pinned tag",
        observed: s.image
      });
    }
    const endpoint = ctx.probedBy(s);
    const health = containerOf(s, ctx.containers)?.health ?? "";
    if (endpoint && s.healthcheck !== "declared" && health === "") {
      out.push({
        kind: `no-healthcheck:${s.name}`,
        severity: "warning",
        subject,
        at: [ctx.at(s)],
        message: `${who} is probed by health endpoint "${endpoint}" but has no healthcheck (${s.healthcheck === "disabled" ? "disabled in the compose file" : "none in the compose file or its image"}): docker cannot restart or report it when it hangs; add one`,
        expected: "healthcheck",
        observed: s.healthcheck
      });
    }
    for (const m of s.mounts) {
      if (mountSource(m) !== void 0) continue;
      const target = m.replace(/:ro$/, "");
      out.push({
        kind: `anonymous-volume:${s.name}:${target}`,
        severity: "warning",
        subject,
        at: [ctx.at(s, "volumes")],
        message: `${who} mounts an anonymous volume at ${target}: its data is left behind when the container is removed (docker compose down, a recreate); use a named volume or a bind mount`,
        expected: "a named volume or a bind mount",
        observed: target
      });
    }
  }
  return out;
}
function oomFindings(ctx, at2) {
  return ctx.containers.filter((c) => c.state !== "running" && c.exitCode === 137 && c.oomKilled === true).map((c) => ({
    kind: `oom:${c.name}`,
    subject: { kind: "container", id: c.name },
    at: [at2(c)],
    message: `stack "${ctx.stack.name}" on "${ctx.host}": container "${c.name}" was killed for lack of memory (exit 137, OOMKilled${c.finishedAt ? ` at ${c.finishedAt}` : ""}); give it a memory limit it fits in, or the VM more memory`,
    expected: "running",
    observed: "OOMKilled",
    direction: "live-broken"
  }));
}

// src/gates/deployed-compose.ts
function prober(m, ctx, host) {
  const hosts = hostsOf(m, resolveProfile(ctx.config));
  const onHost = m.services.filter((s) => s.host !== void 0 && hosts.same(s.host, host));
  const serviceOf2 = (spec) => onHost.find((s) => declaredContainer(s) === (spec.containerName ?? spec.name)) ?? onHost.find((s) => s.id === spec.name || declaredContainer(s) === spec.name);
  const portOf = (url) => {
    try {
      const u = new URL(url);
      return Number(u.port) || (u.protocol === "https:" ? 443 : 80);
    } catch {
      return void 0;
    }
  };
  return (spec) => {
    const svc = serviceOf2(spec);
    if (!svc) return void 0;
    const live = m.endpoints.filter((e) => e.enabled);
    const byId = live.find((e) => e.id === svc.id);
    const byPort = svc.port ? live.find((e) => e.host !== void 0 && hosts.same(e.host, host) && portOf(e.url) === svc.port) : void 0;
    return (byId ?? byPort)?.id;
  };
}
function judgeStack(ctx, stack, cf, staged) {
  const m = ctx.model;
  const host = cf.sshTarget;
  const containers = findStackObservation(ctx.observations, stack)?.containers ?? [];
  const oom = oomFindings({ stack, host, containers }, () => stack.ref);
  if (!cf.ok) {
    if (!staged) return { findings: oom, compared: false };
    return {
      compared: true,
      findings: [
        ...oom,
        {
          kind: "staged-not-deployed",
          subject: { kind: "stack", id: stack.name },
          at: [stagedRef(staged), stack.ref],
          message: `stack "${stack.name}" on "${host}": ${staged.file} stages a compose file, but ${cf.failure?.reason === "dir-missing" ? `the directory ${stack.path} does not exist` : `${stack.path} holds no compose file`}; deploy it`,
          expected: staged.file,
          observed: cf.failure?.reason === "dir-missing" ? "DIR-MISSING" : "COMPOSE-MISSING",
          direction: "live-broken"
        }
      ]
    };
  }
  const stagedNames = new Set(staged?.spec?.services.map((s) => s.name) ?? []);
  const lint = lintCompose(
    {
      stack,
      host,
      containers,
      probedBy: prober(m, ctx, host),
      at: (s, field) => staged && stagedNames.has(s.name) ? stagedRef(staged, s.name, field) : stack.ref
    },
    cf.services
  );
  const compared = staged?.spec ? compareCompose(stack, host, staged, cf.services) : [];
  return { findings: [...compared, ...lint, ...oom], compared: staged?.spec !== void 0 };
}
var deployed_compose_default = defineGate({
  id: "deployed-compose",
  aliases: [],
  kind: "live",
  severity: "error",
  describe: "Compares the compose file deployed in each stack directory with the staged copy in the spine (images, ports, mounts, environment variable names, healthchecks) and lints it: floating latest images, probed services without a healthcheck, anonymous volumes, containers killed for lack of memory.",
  reads: ["compose", "registry", "health", "ssh"],
  judges: ["composeTargets", "stacks"],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const m = ctx.model;
    const out = [];
    const unchecked = [];
    const unstaged = [];
    let stacks2 = 0;
    let files = 0;
    for (const target of m.composeTargets) {
      if (!target.enabled) continue;
      for (const stack of target.stacks) {
        const staged = m.stagedCompose?.find((c) => c.target === stack.target && c.stack === stack.name);
        const cf = obs.composeFiles?.find((c) => c.target === stack.target && c.stack === stack.name);
        const drift = cf?.failure?.reason === "dir-missing" || cf?.failure?.reason === "compose-missing";
        if (!cf || !cf.ok && !drift) {
          unchecked.push({ sshTarget: cf?.sshTarget ?? target.sshTarget ?? target.id, label: `stack "${stack.name}"`, ...cf?.failure ? { failure: cf.failure, durationMs: cf.durationMs } : {}, at: stack.ref });
          continue;
        }
        stacks2++;
        if (!staged) unstaged.push(stack);
        const j = judgeStack(ctx, stack, cf, staged);
        if (j.compared) files++;
        out.push(...j.findings);
      }
    }
    out.push(...uncheckedFindings(obs, unchecked, "the deployed compose files"));
    if (unstaged.length > 0) {
      const all = unstaged.length === stacks2;
      out.push(
        notDeclared(
          `${all ? "no stack has a" : `${unstaged.length} of ${stacks2} stacks have no`} staged copy of ${all ? "its" : "their"} compose file at "${ctx.config.compose.staged}"${all ? "" : ` (${listNames(unstaged.map((s) => `${s.target}/${s.name}`))})`}, so ${all ? "the deployed files were" : "theirs were"} linted but not compared with the spine; stage them there, or set compose.staged to where they are`,
          at(m.paths.compose, "targets"),
          ctx.config.compose.staged
        )
      );
    }
    return { findings: out, checked: { stacks: stacks2, files } };
  }
});

// src/gates/disk/stateful.ts
import { posix as posix5 } from "node:path";
function statefulSpecs(cf, services2) {
  const names = new Set(services2.flatMap((s) => [declaredContainer(s), s.id]));
  const own = cf.services.filter((s) => names.has(s.containerName ?? "") || names.has(s.name));
  return own.length > 0 ? own : cf.services;
}
function dataLocations(cf, specs, disk, home) {
  const dir = cf.realPath ?? expandHome(cf.path, home);
  const root = disk.dockerRoot;
  const out = [];
  for (const s of specs) {
    for (const m of s.mounts) {
      const source = mountSource(m);
      if (source !== void 0 && isBindSource(source)) {
        const path = source.startsWith("~") ? expandHome(source, home) : source.startsWith("/") ? posix5.normalize(source) : posix5.resolve(dir, source);
        out.push({ path, what: `bind mount of ${s.name}` });
      } else if (root) {
        out.push({ path: `${root.replace(/\/+$/, "")}/volumes`, what: `${source ? `volume ${source}` : "anonymous volume"} of ${s.name}` });
      }
    }
  }
  return out.map((l) => {
    const fs = filesystemOf(disk.filesystems, l.path);
    return fs ? { ...l, fs } : l;
  });
}

// src/gates/disk-usage.ts
var gb = (kb) => String(Math.round(kb / 1024 / 1024 * 10) / 10);
function usage(ctx, host, d, fs, ref) {
  const { warnPercent, maxPercent } = ctx.config.disk;
  if (fs.usedPercent <= warnPercent) return void 0;
  const error = fs.usedPercent > maxPercent;
  const root = d.dockerRoot && filesystemOf(d.filesystems, d.dockerRoot)?.mount === fs.mount ? `; it holds the docker data root ${d.dockerRoot}` : "";
  return {
    kind: `full:${fs.mount}`,
    severity: error ? "error" : "warning",
    subject: { kind: "host", id: host },
    at: [ref],
    message: `host "${host}": ${fs.mount} (${fs.filesystem}) is ${fs.usedPercent}% used (${gb(fs.usedKb)} of ${gb(fs.sizeKb)} GB, ${gb(fs.availKb)} GB free${root}), above disk.${error ? "max" : "warn"}_percent ${error ? maxPercent : warnPercent}; free space or grow the disk`,
    expected: `<= ${error ? maxPercent : warnPercent}%`,
    observed: `${fs.usedPercent}%`,
    direction: "live-broken",
    details: { mount: fs.mount, usedPercent: fs.usedPercent, sizeKb: fs.sizeKb, availKb: fs.availKb }
  };
}
function statefulStacks(m, host, same) {
  const out = /* @__PURE__ */ new Map();
  for (const s of m.services) {
    if (!s.stateful || s.meaning === "inert") continue;
    const p = placeService(m, s);
    if (!p || !same(p.target.sshTarget ?? p.target.id, host)) continue;
    out.set(p.stack, [...out.get(p.stack) ?? [], p]);
  }
  return [...out].map(([stack, services2]) => ({ stack, services: services2 }));
}
function dataDisk(ctx, host, vm, d, same) {
  const mount = (vm.dataMount ?? "").replace(/\/+$/, "") || "/";
  const dataFs = filesystemOf(d.filesystems, mount);
  const ref = sub(vm.ref, "data_mount");
  if (!dataFs || dataFs.mount !== mount) {
    return [{
      kind: "data-disk-not-mounted",
      subject: { kind: "vm", id: vm.hostname },
      at: [ref],
      message: `VM ${vm.vmid} (${vm.hostname}) declares data_mount ${mount}, but nothing is mounted there on host "${host}" (it lies on ${dataFs?.mount ?? "no listed file system"}); mount the data disk or fix data_mount`,
      expected: mount,
      observed: dataFs?.mount ?? "absent",
      direction: "live-broken"
    }];
  }
  const out = [];
  const user = ctx.model.sshTargets.find((t) => t.id === host)?.user ?? "root";
  for (const { stack, services: services2 } of statefulStacks(ctx.model, host, same)) {
    const cf = ctx.observations?.composeFiles?.find((c) => c.target === stack.target && c.stack === stack.name && c.ok);
    if (!cf) continue;
    const ids = services2.flatMap((p) => p ? [p.service] : []);
    const boot = dataLocations(cf, statefulSpecs(cf, ids), d, homeOf(user)).filter((l) => l.fs && l.fs.mount !== dataFs.mount && !l.fs.mount.startsWith(`${dataFs.mount}/`));
    if (boot.length === 0) continue;
    out.push({
      kind: `stateful-off-data-disk:${stack.target}/${stack.name}`,
      severity: "warning",
      subject: { kind: "stack", id: stack.name },
      at: [stack.ref, ref],
      message: `stack "${stack.name}" on "${host}" holds stateful ${ids.length === 1 ? "service" : "services"} ${listNames(ids.map((s) => `"${s.id}"`))}, but keeps data on ${listNames([...new Set(boot.map((l) => l.fs?.mount ?? ""))])} instead of the data disk ${dataFs.mount} (${listNames(boot.map((l) => `${l.path}: ${l.what}`), 4)}); move it to ${dataFs.mount}`,
      expected: dataFs.mount,
      observed: [...new Set(boot.map((l) => l.fs?.mount ?? ""))],
      direction: "live-broken"
    });
  }
  return out;
}
var disk_usage_default = defineGate({
  id: "disk-usage",
  aliases: [],
  kind: "live",
  severity: "error",
  describe: "Checks each host's file systems (df, and the one holding the docker data root) against disk.warn_percent and disk.max_percent, and that a VM declaring a data disk (data_mount) has it mounted and keeps its stateful stacks' data there, not on the boot disk.",
  reads: ["ssh", "vms", "compose", "registry"],
  judges: ["vms"],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const m = ctx.model;
    const index = hostsOf(m, resolveProfile(ctx.config));
    const same = (a, b) => index.same(a, b);
    const ignored = ctx.config.disk.ignoreMounts.map(globToRegExp);
    const out = [];
    const unchecked = [];
    let hosts = 0;
    let filesystems = 0;
    for (const [host] of diskHosts(m, ctx.config)) {
      const target = m.sshTargets.find((t) => t.id === host);
      const d = obs.disks?.find((x) => x.host === host);
      if (!target) continue;
      if (!d?.ok) {
        unchecked.push({ sshTarget: host, label: "its file systems", ...d?.failure ? { failure: d.failure, durationMs: d.durationMs } : {}, at: target.ref });
        continue;
      }
      hosts++;
      const vm = index.ofSshTarget(target).vms[0];
      for (const fs of d.filesystems) {
        if (ignored.some((re) => re.test(fs.mount))) continue;
        filesystems++;
        const ref = vm && fs.mount === "/" ? sub(vm.ref, "resources", "boot_disk_gb") : vm?.dataMount && fs.mount === vm.dataMount.replace(/\/+$/, "") ? sub(vm.ref, "data_mount") : target.ref;
        const f = usage(ctx, host, d, fs, ref);
        if (f) out.push(f);
      }
      if (vm?.dataMount) out.push(...dataDisk(ctx, host, vm, d, same));
    }
    out.push(...uncheckedFindings(obs, unchecked, "disk usage"));
    const mounts = m.vms.some((v) => v.dataMount !== void 0);
    const stateful = m.services.some((s) => s.stateful);
    if (hosts > 0 && (!mounts || !stateful)) {
      const missing2 = [!mounts ? `no VM of ${fileName(m.paths.vms)} declares data_mount` : "", !stateful ? `no service of ${fileName(m.paths.registry)} is marked stateful: true` : ""].filter(Boolean);
      out.push(notDeclared(`${missing2.join(" and ")}, so stateful stacks on the boot disk were not checked (disk usage was)`, at(!mounts ? m.paths.vms : m.paths.registry, !mounts ? "vms" : "services"), !mounts ? m.paths.vms : m.paths.registry));
    }
    return { findings: out, checked: { sshTargets: hosts, filesystems } };
  }
});

// src/gates/live/expect-fix.ts
function proposable(status) {
  return status >= 200 && status < 400 && status !== 304 || status === 401 || status === 403;
}
function expectedStatuses(status, config) {
  const group = config.fix.expectGroups.find((g) => g.includes(status));
  return group ? [...new Set(group)].sort((a, b) => a - b) : [status];
}
function separatorOf(text3) {
  return /,\s/.test(text3) ? ", " : ",";
}
function fileStyle(model) {
  for (const e of model.endpoints) {
    const raw = rawAt(model, sub(e.ref, "expect"));
    if (typeof raw === "string" && raw.includes(",")) return { kind: "string", sep: separatorOf(raw) };
    if (Array.isArray(raw) && raw.length > 1) return { kind: "list" };
  }
  return { kind: "string", sep: "," };
}
function expectValue(model, e, statuses) {
  const raw = rawAt(model, sub(e.ref, "expect"));
  if (Array.isArray(raw)) return statuses;
  if (typeof raw === "string") return statuses.join(separatorOf(raw));
  if (statuses.length === 1) return statuses[0];
  const style = fileStyle(model);
  return style.kind === "list" ? statuses : statuses.join(style.sep);
}

// src/gates/live/refused-fix.ts
var LOOPBACK = /^(127\.|::1$|localhost$)/i;
function urlPort(url) {
  try {
    const u = new URL(url);
    return Number(u.port || (u.protocol === "https:" ? 443 : 80));
  } catch {
    return void 0;
  }
}
function withPort(url, port) {
  const m = /^(https?:\/\/(?:[^@/?#]*@)?(?:\[[^\]]*\]|[^:/?#]*))(?::\d+)?([/?#].*)?$/i.exec(url);
  return m ? `${m[1]}:${port}${m[2] ?? ""}` : void 0;
}
function serviceOf(ctx, e, port) {
  const hosts = hostsOf(ctx.model, resolveProfile(ctx.config));
  const running = ctx.model.services.filter((s) => s.meaning === "running");
  return running.find((s) => s.id === e.id && s.port === port) ?? running.find((s) => hosts.same(s.host, e.host) && s.port === port) ?? running.find((s) => s.id === e.id);
}
function containerOf2(ctx, service) {
  const view = stackViews(ctx.model, ctx.observations).find((v) => v.services.some((p) => p.service === service));
  const placed = view?.services.find((p) => p.service === service);
  if (!view?.obs?.ok || !placed) return void 0;
  const c = matchContainer(view.obs.containers, placed.container);
  const at2 = new Date(view.obs.startedAt);
  return c ? { c, at: Number.isFinite(at2.getTime()) ? at2 : ctx.now } : void 0;
}
function refusedFix(ctx, e, o) {
  if (o.failure?.reason !== "refused" || e.probeVia === "ssh") return void 0;
  const port = urlPort(e.url);
  const service = port === void 0 ? void 0 : serviceOf(ctx, e, port);
  const found = service ? containerOf2(ctx, service) : void 0;
  if (!service || !found || port === void 0 || !isUp(found.c)) return void 0;
  const { c } = found;
  if (notYetStable(c, found.at, ctx.config.fix.minUptimeMinutes * 6e4)) return void 0;
  const published = (c.publishers ?? []).filter((p) => (p.publishedPort ?? 0) > 0);
  const open = published.filter((p) => !LOOPBACK.test(p.url ?? ""));
  if (open.some((p) => p.publishedPort === port)) return void 0;
  const details = { container: c.name, published: published.map((p) => `${p.url ? `${p.url}:` : ""}${p.publishedPort}->${p.targetPort ?? "?"}`) };
  if (open.length === 0) {
    if (!sshTargetOfHost(ctx.model, e.host)) return void 0;
    const where2 = published.length > 0 ? "only on 127.0.0.1" : "no port";
    return {
      because: `container "${c.name}" of service "${service.id}" runs and publishes ${where2}: it is bound to localhost; probe it from its host: set probe_via: ssh`,
      fix: { kind: "health-probe-via", file: e.ref.file, pointer: sub(e.ref, "probe_via").pointer, value: "ssh", op: "add", after: ["enabled", "expect", "url"] },
      details
    };
  }
  const moved = open.find((p) => p.targetPort === port)?.publishedPort ?? [...new Set(open.map((p) => p.publishedPort))];
  const to = typeof moved === "number" ? moved : moved.length === 1 ? moved[0] : void 0;
  const url = to === void 0 ? void 0 : withPort(e.url, to);
  if (to === void 0 || url === void 0 || service.port !== port) return void 0;
  return {
    because: `container "${c.name}" of service "${service.id}" runs and publishes port ${to}, not ${port}: the service moved; set port: ${to} in the registry and in the probe URL`,
    fix: {
      kind: "service-port",
      file: service.ref.file,
      pointer: sub(service.ref, "port").pointer,
      value: to,
      also: [{ file: e.ref.file, pointer: sub(e.ref, "url").pointer, value: url }]
    },
    details: { ...details, service: service.id, port: to }
  };
}

// src/gates/health.ts
var SLOW_RATIO = 0.8;
var BROKEN = /* @__PURE__ */ new Set(["timeout", "refused", "reset", "dns", "tls", "unreachable"]);
function expectText(e) {
  return e.expect.join(" or ");
}
function timing(o) {
  return { durationMs: o.durationMs, timeoutMs: o.timeoutMs, attempts: o.attempts };
}
function judge2(ctx, e, o) {
  const at2 = [sub(e.ref, "url")];
  const subject = { kind: "endpoint", id: e.id };
  const url = redactUrl(e.url);
  const took = `${seconds(o.durationMs)} s (max_time ${deadline(o.timeoutMs)} s)`;
  if (!o.ok || o.status === void 0) {
    const reason = o.failure?.reason ?? "error";
    const label3 = reasonLabel(reason);
    const tries = o.attempts > 1 ? ` (${o.attempts} attempts)` : "";
    if (!BROKEN.has(reason)) {
      return {
        kind: `probe-${reason}`,
        subject,
        at: at2,
        message: `${e.id}: the probe of ${url} failed (${label3}${o.failure?.error ? `: ${o.failure.error}` : ""}); health not checked, so drift cannot be ruled out`,
        expected: e.expect,
        observed: label3,
        direction: "unknown",
        severity: "warning",
        inconclusive: true,
        details: { ...timing(o), reason, url }
      };
    }
    const explained = refusedFix(ctx, e, o);
    return {
      kind: `failure-${reason}`,
      subject,
      at: at2,
      message: `${e.id}: ${label3} after ${took} probing ${url}; expected HTTP ${expectText(e)}${tries}${explained ? `; ${explained.because}` : ""}`,
      expected: e.expect,
      observed: label3,
      direction: explained ? "declared-stale" : "live-broken",
      ...explained ? { fix: explained.fix } : {},
      details: { ...timing(o), reason, url, ...o.failure?.error ? { error: o.failure.error } : {}, ...explained?.details ?? {} }
    };
  }
  if (!e.expect.includes(o.status)) {
    const isRedirect = o.status >= 300 && o.status < 400;
    const redirect = isRedirect && o.location ? ` redirecting to ${redactUrl(o.location)}` : "";
    const note = isRedirect ? " (redirects are not followed)" : "";
    const value = proposable(o.status) ? expectValue(ctx.model, e, expectedStatuses(o.status, ctx.config)) : void 0;
    const ref = sub(e.ref, "expect");
    return {
      kind: "unexpected-status",
      subject,
      at: at2,
      message: `${e.id}: HTTP ${o.status}${redirect} from ${url}, expected ${expectText(e)}${note}${value !== void 0 ? `; if that is how it serves now, set expect: ${JSON.stringify(value)}` : ""}`,
      expected: e.expect,
      observed: o.status,
      direction: value !== void 0 ? "declared-stale" : "live-broken",
      ...value !== void 0 ? { fix: { kind: "health-expect", file: ref.file, pointer: ref.pointer, value } } : {},
      details: { ...timing(o), url, ...redirect ? { location: redactUrl(o.location ?? "") } : {} }
    };
  }
  if (o.timeoutMs > 0 && o.durationMs >= SLOW_RATIO * o.timeoutMs) {
    const pct = Math.round(o.durationMs / o.timeoutMs * 100);
    return {
      kind: "slow",
      severity: "warning",
      subject,
      at: at2,
      message: `${e.id}: answered HTTP ${o.status} but took ${took}, ${pct} % of the deadline; it will time out soon \u2014 probe a lighter path or raise max_time`,
      expected: `< ${seconds(SLOW_RATIO * o.timeoutMs)} s`,
      observed: `${seconds(o.durationMs)} s`,
      direction: "live-broken",
      details: { ...timing(o), url, status: o.status }
    };
  }
  return void 0;
}
function answersWhileDisabled(e, o) {
  if (!o.shadow || !o.ok || o.status === void 0 || !e.expect.includes(o.status)) return void 0;
  return worksAgain({
    kind: "answers-while-disabled",
    fix: "health-enable",
    subject: { kind: "endpoint", id: e.id },
    entry: e.ref,
    message: `${e.id}: disabled, but its shadow probe of ${redactUrl(e.url)} answered HTTP ${o.status} as expected in ${seconds(o.durationMs)} s; it works again: set enabled: true`,
    observed: o.status,
    details: { ...timing(o), url: redactUrl(e.url), status: o.status }
  });
}
function notProbed(e) {
  return {
    kind: "not-probed",
    subject: { kind: "endpoint", id: e.id },
    at: [sub(e.ref, "url")],
    message: `${e.id}: enabled but not probed (the observation snapshot has no entry for it); health not checked, so drift cannot be ruled out`,
    expected: e.expect,
    observed: "not probed",
    direction: "unknown",
    severity: "warning",
    inconclusive: true
  };
}
var health_default = defineGate({
  id: "health",
  aliases: ["D23"],
  kind: "live",
  severity: "error",
  describe: "Compares each enabled health probe's HTTP status with its expect (no redirects followed), classifies TIMEOUT/REFUSED/DNS/TLS failures and warns when latency nears the deadline; proposes a new expect, a moved port, probe_via: ssh for a localhost-bound service, and enabled: true for a disabled probe that answers.",
  reads: ["health"],
  judges: ["endpoints"],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const out = [];
    let judged = 0;
    for (const e of ctx.model.endpoints) {
      const o = obs.endpoints.find((x) => x.id === e.id);
      const f = !e.enabled ? o ? answersWhileDisabled(e, o) : void 0 : o ? judge2(ctx, e, o) : notProbed(e);
      if (e.enabled && o) judged++;
      if (f) out.push(f);
    }
    return { findings: out, checked: { endpoints: judged } };
  }
});

// src/gates/health-coverage.ts
var LOOPBACK2 = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/i;
function parse(url) {
  try {
    const u = new URL(url);
    return { host: u.hostname, port: u.port || (u.protocol === "https:" ? "443" : "80"), path: `${u.pathname || "/"}${u.search}` };
  } catch {
    return void 0;
  }
}
function shown(path) {
  return path.replace(/([?&][^=&#]*(?:token|secret|pass|key|auth|sig)[^=&#]*=)[^&#]*/gi, "$1REDACTED");
}
function hostAddress(m, hostId) {
  if (hostId === void 0) return void 0;
  const h = m.hosts.find((x) => x.id === hostId);
  return h?.tailscaleIp ?? m.sshTargets.find((t) => t.id === (h?.ssh ?? hostId))?.host;
}
function expectedUrl(m, s) {
  return `http://${hostAddress(m, s.host) ?? `<${s.host ?? "host"}>`}${s.port != null ? `:${s.port}` : ""}${s.health ?? "/"}`;
}
function stripSlash(path) {
  return path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
}
function probeOf(m, profile, s) {
  const hosts = hostsOf(m, profile);
  const candidates = m.endpoints.filter((e) => {
    if (e.id === s.id) return true;
    if (s.port == null || s.health === void 0) return false;
    const p = parse(e.url);
    return hosts.same(e.host, s.host) && p?.port === String(s.port) && p.path === s.health;
  });
  return candidates.find((e) => e.enabled && e.id === s.id) ?? candidates.find((e) => e.enabled) ?? candidates.find((e) => e.id === s.id);
}
function compareUrl(m, s, e, out) {
  const p = parse(e.url);
  if (!p) return;
  const subject = { kind: "endpoint", id: e.id };
  const both = [sub(e.ref, "url"), sub(s.ref, s.health !== void 0 ? "health" : "port")];
  if (LOOPBACK2.test(p.host) && e.probeVia !== "ssh") {
    out.push({
      message: `probe "${e.id}" targets ${p.host}, the machine driftgate runs on, not host "${s.host ?? "?"}" of service "${s.id}"; add probe_via: ssh to send it from the host itself`,
      subject,
      at: [sub(e.ref, "url")],
      kind: "probe-loopback-without-ssh",
      expected: "probe_via: ssh",
      observed: p.host
    });
  }
  if (s.port != null && p.port !== String(s.port)) {
    out.push({
      message: `probe "${e.id}" uses port ${p.port}, but service "${s.id}" listens on port ${s.port} (${where(m, sub(s.ref, "port"))}); one of the two files is stale`,
      subject,
      at: [sub(e.ref, "url"), sub(s.ref, "port")],
      kind: "probe-port-mismatch",
      expected: s.port,
      observed: Number(p.port)
    });
  }
  if (s.health === void 0 || p.path === s.health) return;
  if (stripSlash(p.path) === stripSlash(s.health)) {
    out.push({
      message: `probe "${e.id}" path "${shown(p.path)}" differs from the health path "${s.health}" of service "${s.id}" (${where(m, both[1])}) only by a trailing slash; write it the same way in both files`,
      subject,
      at: both,
      kind: "probe-path-trailing-slash",
      severity: "notice",
      expected: s.health,
      observed: shown(p.path)
    });
    return;
  }
  out.push({
    message: `probe "${e.id}" checks path "${shown(p.path)}", but service "${s.id}" declares health path "${s.health}" (${where(m, both[1])}); one of the two files is stale`,
    subject,
    at: both,
    kind: "probe-path-mismatch",
    expected: s.health,
    observed: shown(p.path)
  });
}
var health_coverage_default = defineGate({
  id: "health-coverage",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "Every active service with a health path has an enabled probe at http://<host address>:<port><health path>, and probes of parked or stopped services are disabled: an unprobed service fails silently, a probe of a stopped one fails every night.",
  reads: ["registry", "health", "ssh"],
  judges: ["services", "endpoints"],
  run(ctx) {
    const m = ctx.model;
    const profile = resolveProfile(ctx.config);
    const out = [];
    const health = fileName(m.paths.health);
    let judged = 0;
    for (const s of m.services) {
      if (s.meaning === "unknown") continue;
      judged++;
      const probe = probeOf(m, profile, s);
      if (s.meaning === "expected-stopped" || s.meaning === "inert") {
        if (probe?.enabled && probe.id === s.id) {
          const field = sub(probe.ref, "enabled");
          out.push({
            message: `service "${s.id}" is ${s.status} (${where(m, sub(s.ref, "status"))}) but its probe "${probe.id}" is enabled; set enabled: false until the service is back`,
            subject: { kind: "endpoint", id: probe.id },
            at: [probe.ref, sub(s.ref, "status")],
            kind: "probe-of-inactive-service",
            expected: false,
            observed: true,
            fix: { file: field.file, pointer: field.pointer, value: false }
          });
        }
        continue;
      }
      if (s.meaning !== "running") continue;
      if (s.health === void 0) {
        if (probe?.enabled) compareUrl(m, s, probe, out);
        continue;
      }
      if ((!probe || !probe.enabled) && m.unreadable.some((u) => u.kind === "endpoints")) continue;
      if (!probe || !probe.enabled) {
        out.push({
          message: probe ? `active service "${s.id}" has health path "${s.health}" but its probe "${probe.id}" in ${health} is disabled (${where(m, probe.ref)}); enable it or mark the service parked` : `active service "${s.id}" has health path "${s.health}" but ${health} has no probe for it; add an endpoint with url "${expectedUrl(m, s)}"`,
          subject: { kind: "service", id: s.id },
          at: [sub(s.ref, "health"), probe ? sub(probe.ref, "enabled") : at(m.paths.health, "endpoints")],
          kind: probe ? "probe-disabled" : "missing-probe",
          expected: expectedUrl(m, s),
          observed: probe ? "disabled" : null
        });
        continue;
      }
      compareUrl(m, s, probe, out);
    }
    return { findings: out, checked: { services: judged, endpoints: m.endpoints.length } };
  }
});

// src/gates/host-identity.ts
function verdictOf(h) {
  if (h.trust === "mismatch" || h.failure?.reason === "host-key-mismatch") return "mismatch";
  if (h.trust === "unknown" || h.failure?.reason === "host-key-unknown") return "unknown";
  if (h.trust === "tofu") return "tofu";
  if (h.trust === "pinned") return "pinned";
  return "none";
}
function placeOf(ctx, target) {
  const t = ctx.model.sshTargets.find((s) => s.id === target);
  return t ? sub(t.ref, "host") : { file: ctx.model.paths.ssh, pointer: "" };
}
function keyText(h) {
  return h.hostKey ? `${h.hostKey.fingerprint} (${h.hostKey.algorithm})` : "an unrecorded key";
}
function judge3(ctx, h) {
  const verdict = verdictOf(h);
  const subject = { kind: "host", id: h.target };
  const at2 = [placeOf(ctx, h.target)];
  const presented = h.hostKey?.fingerprint;
  if (verdict === "mismatch") {
    const pinned = h.pinnedFingerprints?.length ? h.pinnedFingerprints.join(", ") : "a different key in known_hosts";
    const revoked = /revoked/i.test(h.failure?.error ?? "");
    return {
      kind: revoked ? "key-revoked" : "key-mismatch",
      subject,
      at: at2,
      message: revoked ? `host key of "${h.target}" is revoked in known_hosts: presented ${keyText(h)}; no command was sent. Replace the host's key` : `host key of "${h.target}" changed: presented ${keyText(h)}, pinned ${pinned}; no command was sent. If the host was rebuilt, verify the new key out of band and update known_hosts; otherwise treat it as an attack`,
      expected: h.pinnedFingerprints ?? "pinned key",
      observed: presented ?? "unknown key",
      direction: "live-broken",
      details: { address: h.address, ...h.hostKey ? { hostKey: h.hostKey } : {} }
    };
  }
  if (verdict === "unknown") {
    return {
      kind: "key-unknown",
      severity: "warning",
      subject,
      at: at2,
      message: `host key of "${h.target}" is not in known_hosts (presented ${keyText(h)}); nothing was checked on it. Verify the fingerprint out of band (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host) and add the key to known_hosts`,
      expected: "pinned key",
      observed: presented ?? "unknown key",
      direction: "unknown",
      inconclusive: true,
      details: { address: h.address, ...h.hostKey ? { hostKey: h.hostKey } : {} }
    };
  }
  if (verdict === "tofu") {
    return {
      kind: "key-tofu",
      severity: "warning",
      subject,
      at: at2,
      message: `host key of "${h.target}" was trusted on first use: ${keyText(h)}; pin it in known_hosts after verifying it out of band`,
      expected: "pinned key",
      observed: presented ?? "unknown key",
      direction: "declared-stale",
      details: { address: h.address, ...h.hostKey ? { hostKey: h.hostKey } : {} }
    };
  }
  return void 0;
}
function probedOtherwise(obs, target) {
  return obs.stacks.some((s) => s.sshTarget === target && !s.shadow) || obs.backups.some((b) => b.host === target && !b.shadow) || obs.hypervisors.some((h) => h.host === target) || obs.endpoints.some((e) => e.via === target && !e.shadow) || extraProbes(obs).some((o) => o.sshTarget === target);
}
function unreachable(ctx, h, obs) {
  if (h.ok || h.shadow || verdictOf(h) !== "none" || probedOtherwise(obs, h.target)) return void 0;
  const reason = h.failure?.reason ?? "error";
  const optional = ctx.model.sshTargets.find((t) => t.id === h.target)?.optional === true;
  const path = h.pathUsed && h.pathUsed !== "direct" ? `, ${h.pathUsed}` : "";
  return {
    kind: `unreachable-${reason}`,
    severity: optional ? "notice" : "warning",
    subject: { kind: "host", id: h.target },
    at: [placeOf(ctx, h.target)],
    message: `host "${h.target}" could not be reached over SSH (${reasonLabel(reason)}${path}${h.failure?.error ? `: ${h.failure.error}` : ""}); ` + (optional ? "it is optional, so this is only noted" : "its identity was not checked, so drift cannot be ruled out"),
    observed: reasonLabel(reason),
    direction: "unknown",
    ...optional ? {} : { inconclusive: true },
    details: { reason, address: h.address, ...h.pathUsed ? { path: h.pathUsed } : {} }
  };
}
var host_identity_default = defineGate({
  id: "host-identity",
  aliases: [],
  kind: "live",
  severity: "error",
  describe: "Checks the SSH host key each host presented (directly, on its LAN or Tailscale address, or through its jump host) against the pinned known_hosts key: a changed key fails closed, an unknown key is inconclusive, trust-on-first-use is warned, and a host probed for nothing else that cannot be reached is inconclusive.",
  reads: ["ssh"],
  judges: [],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const findings2 = obs.hosts.map((h) => judge3(ctx, h) ?? unreachable(ctx, h, obs)).filter((f) => f !== void 0);
    return { findings: findings2, checked: { hostKeys: obs.hosts.filter((h) => verdictOf(h) !== "none").length } };
  }
});

// src/bindings/model/address-book.ts
function urlHost(url) {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return void 0;
  }
}
function addressBook(m, hosts, profile) {
  const planeOf = (value) => ["tailscale", "lan", "public"].find((r) => profile.addresses[r].networks.some((n) => inNetwork(value, n)));
  const claims = [];
  const add = (value, role, group, ref, what) => {
    claims.push({ value, role, plane: planeOf(value), group, ref, what });
  };
  const planes = (entry, group, ref, what) => {
    for (const role of ADDRESS_ROLES) {
      for (const key of profile.addresses[role].keys) {
        const value = str(entry?.[key]);
        if (value) add(value, role, group, { file: ref.file, pointer: `${ref.pointer}/${key}` }, `${what} ${key}`);
      }
    }
  };
  const registry = m.paths.registry.slice(m.paths.registry.lastIndexOf("/") + 1);
  for (const h of m.hosts) planes(rawEntry(m, h.ref), hosts.ofHost(h), h.ref, `${registry} host "${h.id}"`);
  for (const t of m.sshTargets) {
    add(t.host, "ssh", hosts.ofSshTarget(t), { file: t.ref.file, pointer: `${t.ref.pointer}/host` }, `ssh target "${t.id}" host`);
    planes(rawEntry(m, t.ref), hosts.ofSshTarget(t), t.ref, `ssh target "${t.id}"`);
  }
  for (const v of m.vms) {
    const group = hosts.ofVm(v);
    if (group) planes(rawEntry(m, v.ref), group, v.ref, `VM ${v.vmid}`);
  }
  for (const e of m.endpoints) {
    const group = e.enabled ? hosts.byName(e.host) : void 0;
    const value = urlHost(e.url);
    if (group && value) add(value, "url", group, { file: e.ref.file, pointer: `${e.ref.pointer}/url` }, `health endpoint "${e.id}" URL host`);
  }
  return { claims, planeOf };
}
function planeName(role) {
  return { lan: "LAN", tailscale: "Tailscale", public: "public" }[role];
}

// src/gates/ip-parity.ts
var DECLARED = /* @__PURE__ */ new Set(["lan", "tailscale", "public"]);
function networks(profile, role) {
  return profile.addresses[role].networks.map((n) => n.text).join(", ");
}
function wrongPlane(m, profile, claims, out) {
  const flagged = /* @__PURE__ */ new Set();
  for (const c of claims) {
    if (!DECLARED.has(c.role) || c.plane === void 0 || c.plane === c.role) continue;
    const role = c.role;
    flagged.add(c);
    const own = claims.find((o) => o !== c && o.group === c.group && o.role === c.plane && o.value === c.value);
    out.push({
      message: `${c.what} is "${c.value}", an address of the ${planeName(c.plane)} plane (${networks(profile, c.plane)}), not of the ${planeName(role)} plane (${networks(profile, role) || "no network declared"})${own ? `; it is the ${planeName(c.plane)} address of host "${c.group.id}" (${own.what}, ${where(m, own.ref)}): a ${planeName(c.plane)} address written as the ${planeName(role)} one` : ""}`,
      subject: { kind: "host", id: c.group.id },
      at: own ? [c.ref, own.ref] : [c.ref],
      kind: own ? `address-roles-swapped:${role}` : `address-wrong-plane:${role}`,
      expected: `an address in ${networks(profile, role) || `the ${planeName(role)} plane`}`,
      observed: c.value
    });
  }
  return flagged;
}
function twoRoles(m, claims, flagged, out) {
  for (const c of claims) {
    if (!DECLARED.has(c.role) || flagged.has(c)) continue;
    const other = claims.find((o) => o.group === c.group && DECLARED.has(o.role) && o.role !== c.role && o.value === c.value && claims.indexOf(o) < claims.indexOf(c));
    if (!other || flagged.has(other)) continue;
    flagged.add(c);
    out.push({
      message: `${c.what} is "${c.value}", the same address as ${other.what} (${where(m, other.ref)}): host "${c.group.id}" cannot have one address as its ${planeName(c.role)} and its ${planeName(other.role)} address; one of the two keys holds the wrong one`,
      subject: { kind: "host", id: c.group.id },
      at: [c.ref, other.ref],
      kind: `address-two-roles:${c.role}`,
      observed: c.value
    });
  }
}
function declared(claims, flagged) {
  return claims.filter((c) => !flagged.has(c) && c.role !== "url");
}
function agreement(m, claims, flagged, out) {
  const known = declared(claims, flagged);
  const reported = /* @__PURE__ */ new Set();
  for (const c of claims) {
    if (flagged.has(c)) continue;
    const plane = DECLARED.has(c.role) ? c.role : c.plane;
    const canonical = plane === void 0 ? void 0 : known.find((o) => o.group === c.group && o.role === plane);
    if (canonical === c || canonical?.value === c.value) continue;
    const mine = known.some((o) => o.group === c.group && o.value === c.value && o !== c);
    const other = known.find((o) => o.group !== c.group && o.value === c.value);
    const report = (draft) => {
      reported.add(c);
      out.push({ ...draft, subject: { kind: "host", id: c.group.id } });
    };
    if (other && !mine && c.role !== "ssh" && !DECLARED.has(c.role)) {
      report({
        message: `${c.what} is "${c.value}", an address of host "${other.group.id}" (${other.what}, ${where(m, other.ref)}), not of host "${c.group.id}"${canonical ? `, whose ${planeName(plane)} address is "${canonical.value}" (${where(m, canonical.ref)})` : ""}; it reaches the wrong machine`,
        at: canonical ? [c.ref, other.ref, canonical.ref] : [c.ref, other.ref],
        kind: `address-of-other-host:${c.role}`,
        ...canonical ? { expected: canonical.value } : {},
        observed: c.value
      });
      continue;
    }
    if (canonical) {
      report({
        message: `${c.what} is "${c.value}", but ${canonical.what} is "${canonical.value}" (${where(m, canonical.ref)}); host "${c.group.id}" has one ${planeName(plane)} address${other ? `, and "${c.value}" is the address of host "${other.group.id}" (${where(m, other.ref)})` : ""}`,
        at: other ? [c.ref, canonical.ref, other.ref] : [c.ref, canonical.ref],
        kind: other ? `address-of-other-host:${c.role}` : `address-mismatch:${c.ref.file}`,
        expected: canonical.value,
        observed: c.value
      });
      continue;
    }
    if (c.role === "url" && plane !== void 0 && !mine && !other) {
      report({
        message: `${c.what} is "${c.value}", an address of the ${planeName(plane)} plane that no file gives to host "${c.group.id}" or to any other host; declare it as the host's ${planeName(plane)} address, or fix the URL`,
        at: [c.ref],
        kind: `address-of-no-host:${plane}`,
        observed: c.value
      });
    }
  }
  return reported;
}
function duplicates(m, claims, flagged, out) {
  const first = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Set();
  for (const c of declared(claims, flagged)) {
    if (flagged.has(c)) continue;
    const prev = first.get(c.value);
    if (!prev) {
      first.set(c.value, c);
      continue;
    }
    if (prev.group === c.group || reported.has(`${c.value}\0${c.group.id}`)) continue;
    reported.add(`${c.value}\0${c.group.id}`);
    out.push({
      message: `${c.what} "${c.value}" equals ${prev.what} (${where(m, prev.ref)}): hosts "${c.group.id}" and "${prev.group.id}" with one address is a copy-paste error, or one machine the files do not tie together (join it by ssh_target or vmid), or needs an exception`,
      subject: { kind: "host", id: c.value },
      at: [c.ref, prev.ref],
      kind: `duplicate-address:${c.role}`,
      severity: "warning",
      observed: c.value
    });
  }
}
var ip_parity_default = defineGate({
  id: "ip-parity",
  aliases: ["D54"],
  kind: "static",
  severity: "error",
  describe: "Every address the files give a host (registry hosts, ssh.targets, vm.lifecycle, health URLs) is an address of that host in its plane (LAN, Tailscale, public), no key holds an address of another plane, and no two hosts share one: a stale IP sends probes, SSH and backups to the wrong machine.",
  reads: ["registry", "ssh", "vms", "health"],
  judges: ["hosts", "sshTargets", "vms", "endpoints"],
  run(ctx) {
    const m = ctx.model;
    const profile = resolveProfile(ctx.config);
    const { claims } = addressBook(m, hostsOf(m, profile), profile);
    const out = [];
    const flagged = wrongPlane(m, profile, claims, out);
    twoRoles(m, claims, flagged, out);
    for (const c of agreement(m, claims, flagged, out)) flagged.add(c);
    duplicates(m, claims, flagged, out);
    const vmsJudged = m.vms.filter((v) => v.meaning !== "unknown").length;
    return { findings: out, checked: { hosts: m.hosts.length, sshTargets: m.sshTargets.length, vms: vmsJudged, endpoints: m.endpoints.length } };
  }
});

// src/gates/references-routes.ts
function hostnameOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return void 0;
  }
}
function containerOwner(m, name2) {
  const owners = m.services.filter((s) => s.container === name2);
  return owners.length === 1 ? owners[0] : void 0;
}
function routeServices(m, out) {
  const keys = new Set(m.services.map((s) => s.id));
  for (const r of m.routes) {
    if (r.service === void 0 || keys.has(r.service) || mayBeUnreadable(m, "services", r.service)) continue;
    const owner = containerOwner(m, r.service);
    if (!owner) continue;
    const field = sub(r.ref, "service");
    out.push({
      message: `hostname "${r.hostname}" routes to service "${r.service}", which is the container of registry service "${owner.id}" (${where(m, sub(owner.ref, "container"))}), not a registry key; name "${owner.id}"`,
      subject: { kind: "route", id: r.hostname },
      at: [field, sub(owner.ref, "container")],
      kind: "route-service-is-container",
      severity: "warning",
      expected: owner.id,
      observed: r.service,
      fix: { file: field.file, pointer: field.pointer, value: owner.id }
    });
  }
}
function publicUrls(m, out) {
  const routing = fileName(m.paths.routing);
  const byHost = /* @__PURE__ */ new Map();
  for (const r of m.routes) if (!byHost.has(r.hostname.toLowerCase())) byHost.set(r.hostname.toLowerCase(), r);
  for (const s of m.services) {
    const url = s.publicUrl;
    const host = url !== void 0 ? hostnameOf(url) : void 0;
    if (url === void 0 || host === void 0) continue;
    const shown2 = url.includes("@") ? redactUrl(url) : url;
    const field = sub(s.ref, "public_url");
    const route = byHost.get(host);
    if (!route && mayBeUnreadable(m, "routes", host)) continue;
    if (!route) {
      out.push({
        message: `service "${s.id}" is published at "${shown2}", but ${routing} has no hostname "${host}"; add it there (routing, stack, authority)`,
        subject: { kind: "service", id: s.id },
        at: [field, at(m.paths.routing, "zones")],
        kind: "public-url-not-routed",
        severity: "warning",
        observed: host
      });
      continue;
    }
    const other = route.service === void 0 ? void 0 : m.services.find((x) => x.id === route.service);
    if (!other || other.id === s.id) continue;
    out.push({
      message: `service "${s.id}" is published at "${shown2}", but ${routing} routes "${host}" to service "${other.id}" (${where(m, sub(route.ref, "service"))}); one of the two files is stale`,
      subject: { kind: "route", id: route.hostname },
      at: [field, sub(route.ref, "service")],
      kind: "public-url-route-mismatch",
      expected: s.id,
      observed: other.id
    });
  }
}
function routeReferences(m, out) {
  if (m.inputs.routing.status !== "ok") return void 0;
  routeServices(m, out);
  publicUrls(m, out);
  return m.routes.length;
}

// src/gates/references-vm.ts
function vmName(vm) {
  return `VM ${vm.vmid} (${vm.hostname})`;
}
function backupTarget(m, vm, out) {
  const name2 = vm.backupTarget;
  if (!name2 || m.backups.some((b) => b.name === name2) || mayBeUnreadable(m, "backups", name2)) return;
  const covering = m.backups.filter((b) => new RegExp(`(qemu|lxc)-${vm.vmid}-`).test(b.glob));
  const only = covering.length === 1 ? covering[0] : void 0;
  const hint = only ? `; "${only.name}" (${where(m, sub(only.ref, "name"))}) backs up this VM (glob "${only.glob}"): set backup_target to it` : covering.length > 1 ? `; targets backing up this VM: ${covering.map((b) => `"${b.name}"`).join(", ")}` : didYouMean2(name2, m.backups.map((b) => b.name));
  const field = sub(vm.ref, "backup_target");
  out.push({
    message: `${vmName(vm)} names backup target "${name2}", which ${fileName(m.paths.backups)} does not declare${hint}`,
    subject: { kind: "vm", id: String(vm.vmid) },
    at: [field, only ? sub(only.ref, "name") : at(m.paths.backups, "targets")],
    kind: "unknown-backup-target",
    ...only ? { expected: only.name } : {},
    observed: name2,
    ...only ? { fix: { file: field.file, pointer: field.pointer, value: only.name } } : {}
  });
}
function services(m, profile, vm, out) {
  const list = sub(vm.ref, "services");
  const hosts = hostsOf(m, profile);
  const own = hosts.ofVm(vm);
  const covered = hostInScope(m, profile, "registry", own);
  for (const name2 of vm.services) {
    const field = sub(list, Math.max(0, indexIn(m, list, name2)));
    const svc = m.services.find((s) => s.id === name2);
    if (svc) {
      const on = hosts.byName(svc.host);
      if (svc.host !== void 0 && svc.host !== vm.hostname && (on === void 0 || on !== own)) {
        out.push({
          message: `${vmName(vm)} lists service "${name2}", but ${fileName(m.paths.registry)} runs it on host "${svc.host}" (${where(m, sub(svc.ref, "host"))}); remove it from this VM or fix the registry host`,
          subject: { kind: "service", id: name2 },
          at: [field, sub(svc.ref, "host")],
          kind: "vm-service-host-mismatch",
          expected: vm.hostname,
          observed: svc.host
        });
      }
      continue;
    }
    if (mayBeUnreadable(m, "services", name2) || !covered) continue;
    const owner = m.services.find((s) => s.container === name2 && (s.host === void 0 || s.host === vm.hostname || hosts.byName(s.host) === own));
    out.push({
      message: owner ? `${vmName(vm)} lists service "${name2}", which is the container of registry service "${owner.id}" (${where(m, sub(owner.ref, "container"))}), not a registry key; list "${owner.id}"` : `${vmName(vm)} lists service "${name2}", which ${fileName(m.paths.registry)} does not declare${didYouMean2(name2, m.services.filter((s) => s.meaning !== "inert" && !vm.services.includes(s.id) && (s.host === void 0 || hosts.byName(s.host) === own)).map((s) => s.id)) || "; declare it there or remove it from this VM"}`,
      subject: { kind: "service", id: owner ? owner.id : name2 },
      at: [field, owner ? sub(owner.ref, "container") : at(m.paths.registry, "services")],
      kind: owner ? "vm-service-is-container" : "unknown-vm-service",
      ...owner ? { expected: owner.id } : {},
      observed: name2,
      ...owner ? { fix: { file: field.file, pointer: field.pointer, value: owner.id } } : {}
    });
  }
}
function stacks(m, profile, vm, out) {
  if (vm.stacks.length === 0) return;
  const target = hostsOf(m, profile).ofVm(vm)?.composeTargets[0] ?? m.composeTargets.find((t) => t.id === vm.hostname);
  const list = sub(vm.ref, "stacks");
  const compose = fileName(m.paths.compose);
  if (!target && mayBeUnreadable(m, "composeTargets", vm.hostname)) return;
  for (const name2 of vm.stacks) {
    if (target?.stacks.some((s) => s.name === name2) || mayBeUnreadable(m, "stacks", `${vm.hostname}/${name2}`)) continue;
    const field = sub(list, Math.max(0, indexIn(m, list, name2)));
    out.push({
      message: target ? `${vmName(vm)} lists stack "${name2}", which compose target "${target.id}" in ${compose} does not declare${didYouMean2(name2, target.stacks.map((s) => s.name)) || "; declare the stack there or remove it from this VM"}` : `${vmName(vm)} lists stack "${name2}", but ${compose} has no compose target "${vm.hostname}"; add the target with its stacks`,
      subject: { kind: "stack", id: `${vm.hostname}/${name2}` },
      at: [field, target ? sub(target.ref, "stacks") : at(m.paths.compose, "targets")],
      kind: target ? "unknown-vm-stack" : "vm-host-without-compose-target",
      observed: name2
    });
  }
}
function vmReferences(m, profile, out) {
  const ssh = new Set(m.sshTargets.map((t) => t.id));
  let judged = 0;
  for (const vm of m.vms) {
    if (vm.meaning === "unknown") continue;
    judged++;
    if (vm.meaning === "inert" || vm.meaning === "template") continue;
    if (vm.sshTarget && !ssh.has(vm.sshTarget) && !mayBeUnreadable(m, "sshTargets", vm.sshTarget)) {
      out.push({
        message: `${vmName(vm)} is reached through ssh target "${vm.sshTarget}", which ${fileName(m.paths.ssh)} does not declare${didYouMean2(vm.sshTarget, ssh) || "; declare it there or fix the name"}`,
        subject: { kind: "vm", id: String(vm.vmid) },
        at: [sub(vm.ref, "ssh_target"), at(m.paths.ssh, "ssh", "targets")],
        kind: "unknown-ssh-target",
        observed: vm.sshTarget
      });
    }
    backupTarget(m, vm, out);
    services(m, profile, vm, out);
    stacks(m, profile, vm, out);
  }
  return judged;
}

// src/gates/references.ts
function inRegistry(m, profile, name2) {
  return hostInScope(m, profile, "registry", hostsOf(m, profile).byName(name2));
}
function hostRefs(m, profile, out) {
  const hosts = new Set(m.hosts.map((h) => h.id));
  const hostsRef = at(m.paths.registry, "hosts");
  const reg = fileName(m.paths.registry);
  for (const e of m.endpoints) {
    if (!e.enabled || e.host === void 0 || hosts.has(e.host) || mayBeUnreadable(m, "hosts", e.host) || !inRegistry(m, profile, e.host)) continue;
    out.push({
      message: `health endpoint "${e.id}" names host "${e.host}", which is not a host of ${reg}${didYouMean2(e.host, hosts) || "; declare it under hosts or fix the name"}`,
      subject: { kind: "endpoint", id: e.id },
      at: [sub(e.ref, "host"), hostsRef],
      kind: "unknown-host",
      expected: [...hosts].sort(),
      observed: e.host
    });
  }
  for (const s of m.services) {
    if (s.host === void 0 || hosts.has(s.host) || mayBeUnreadable(m, "hosts", s.host)) continue;
    out.push({
      message: `service "${s.id}" runs on host "${s.host}", which is not declared under hosts of ${reg}${didYouMean2(s.host, hosts) || "; declare it there or fix the name"}`,
      subject: { kind: "service", id: s.id },
      at: [sub(s.ref, "host"), hostsRef],
      kind: "unknown-host",
      observed: s.host
    });
  }
  for (const d of m.deployDependencies) {
    const svc = m.services.find((s) => s.id === d.service);
    const subject = { kind: "service", id: d.service };
    if (!svc && mayBeUnreadable(m, "services", d.service)) continue;
    if (!svc) {
      out.push({
        message: `deploy chain "${d.chain}" affects service "${d.service}", which ${reg} does not declare${didYouMean2(d.service, m.services.map((s) => s.id)) || "; fix the name or declare the service"}`,
        subject,
        at: [sub(d.ref, "service"), at(m.paths.registry, "services")],
        kind: "unknown-deploy-service",
        observed: d.service
      });
    } else if (d.host !== void 0 && svc.host !== void 0 && d.host !== svc.host) {
      out.push({
        message: `deploy chain "${d.chain}" expects service "${d.service}" on host "${d.host}", but ${reg} places it on "${svc.host}" (${where(m, sub(svc.ref, "host"))}); update the stale one of the two`,
        subject,
        at: [sub(d.ref, "host"), sub(svc.ref, "host")],
        kind: "deploy-host-mismatch",
        expected: svc.host,
        observed: d.host
      });
    }
  }
}
function takenHint(m, id) {
  const taken = m.endpoints.find((x) => x.id === id);
  return taken ? `; service "${id}" has its own probe "${id}" (${where(m, taken.ref)}, ${taken.enabled ? "enabled" : "disabled"}), so this one cannot take its id: declare the service this endpoint probes in ${fileName(m.paths.registry)}, or disable it` : "";
}
function endpointServices(m, profile, out) {
  const services2 = new Map(m.services.map((s) => [s.id, s]));
  const health = fileName(m.paths.health);
  const probed = new Set(m.endpoints.map((e) => e.id));
  for (const e of m.endpoints) {
    const svc = services2.get(e.id);
    if (!svc) {
      if (!e.enabled || mayBeUnreadable(m, "services", e.id) || !inRegistry(m, profile, e.host)) continue;
      const hosts = hostsOf(m, profile);
      const owner = m.services.find(
        (s) => s.meaning !== "inert" && hosts.same(s.host, e.host) && s.port != null && s.health !== void 0 && urlPortPath(e.url) === `${s.port}${s.health}`
      );
      if (owner && m.endpoints.some((x) => x.id === owner.id && !x.enabled)) continue;
      const near = closestName(e.id, m.services.filter((s) => s.meaning !== "inert").map((s) => s.id));
      const hint = owner ? takenHint(m, owner.id) || `; it probes the health URL of service "${owner.id}" (${where(m, owner.ref)}): rename the endpoint to "${owner.id}"` : near !== void 0 && probed.has(near) ? takenHint(m, near) : near !== void 0 ? `; did you mean "${near}"?` : "; rename it to its registry service or disable it";
      const rename = owner !== void 0 && !probed.has(owner.id);
      out.push({
        message: `enabled health endpoint "${e.id}" has no service of that id in ${fileName(m.paths.registry)}${hint}`,
        subject: { kind: "endpoint", id: e.id },
        at: [sub(e.ref, "id"), owner ? owner.ref : at(m.paths.registry, "services")],
        kind: "endpoint-without-service",
        ...rename ? { expected: owner.id } : {},
        observed: e.id,
        ...rename ? { fix: { file: e.ref.file, pointer: sub(e.ref, "id").pointer, value: owner.id } } : {}
      });
    } else if (e.host !== void 0 && svc.host !== void 0 && e.host !== svc.host && m.hosts.some((h) => h.id === e.host)) {
      out.push({
        message: `health endpoint "${e.id}" is on host "${e.host}" in ${health}, but service "${svc.id}" runs on "${svc.host}" (${where(m, sub(svc.ref, "host"))}); update the stale one of the two`,
        subject: { kind: "endpoint", id: e.id },
        at: [sub(e.ref, "host"), sub(svc.ref, "host")],
        kind: "endpoint-host-mismatch",
        expected: svc.host,
        observed: e.host
      });
    }
  }
}
function urlPortPath(url) {
  try {
    const u = new URL(url);
    const port = u.port || (u.protocol === "https:" ? "443" : "80");
    return `${port}${u.pathname || "/"}${u.search}`;
  } catch {
    return void 0;
  }
}
function sshRefs(m, out) {
  const ssh = new Set(m.sshTargets.map((t) => t.id));
  const sshRef = at(m.paths.ssh, "ssh", "targets");
  const sshFile = fileName(m.paths.ssh);
  const missing2 = (message, subject, ref, name2) => {
    if (mayBeUnreadable(m, "sshTargets", name2)) return;
    out.push({ message: `${message}, which ${sshFile} does not declare${didYouMean2(name2, ssh) || "; declare it there or fix the name"}`, subject, at: [ref, sshRef], kind: "unknown-ssh-target", observed: name2 });
  };
  for (const t of m.composeTargets) {
    if (t.enabled && t.sshTarget !== void 0 && !ssh.has(t.sshTarget)) missing2(`compose target "${t.id}" connects through ssh target "${t.sshTarget}"`, { kind: "host", id: t.id }, sub(t.ref, "ssh_target"), t.sshTarget);
  }
  for (const b of m.backups) {
    if (!ssh.has(b.host)) missing2(`backup target "${b.name}" lives on host "${b.host}"`, { kind: "backup", id: b.name }, sub(b.ref, "host"), b.host);
  }
  for (const t of m.sshTargets) {
    if (t.probeVia !== void 0 && !ssh.has(t.probeVia)) missing2(`ssh target "${t.id}" is probed via "${t.probeVia}"`, { kind: "host", id: t.id }, sub(t.ref, "probe_via"), t.probeVia);
  }
  for (const h of m.hosts) {
    if (h.ssh !== void 0 && h.ssh !== "localhost" && !ssh.has(h.ssh)) missing2(`registry host "${h.id}" is reached through ssh target "${h.ssh}"`, { kind: "host", id: h.id }, sub(h.ref, "ssh"), h.ssh);
  }
}
function secretsRefs(m, out) {
  if (m.secretsProjects.size === 0) return;
  for (const s of m.services) {
    if (s.secretsProject === void 0 || m.secretsProjects.has(s.secretsProject)) continue;
    out.push({
      message: `service "${s.id}" uses secrets project "${s.secretsProject}", which is not one of the infisical_projects (${[...m.secretsProjects.keys()].join(", ")}) at ${where(m, at(m.paths.registry, "infisical_projects"))}${didYouMean2(s.secretsProject, m.secretsProjects.keys()) || "; add it there with its project id, or fix the name"}`,
      subject: { kind: "service", id: s.id },
      at: [sub(s.ref, "secrets_project"), at(m.paths.registry, "infisical_projects")],
      kind: "unknown-secrets-project",
      expected: [...m.secretsProjects.keys()],
      observed: s.secretsProject
    });
  }
}
var references_default = defineGate({
  id: "references",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "Every cross-file reference resolves (health and registry hosts, endpoint ids, compose/backup/VM ssh targets, VM backup targets, services and stacks, probe_via, deploy dependencies, secrets projects, routed services and public URLs): a dangling name is drift nobody notices until it breaks.",
  reads: ["registry", "health", "compose", "vms", "ssh", "backups", "routing", "deploy"],
  judges: ["services", "hosts", "endpoints", "composeTargets", "vms", "sshTargets", "backups", "routes", "deployDependencies"],
  run(ctx) {
    const m = ctx.model;
    const out = [];
    const profile = resolveProfile(ctx.config);
    hostRefs(m, profile, out);
    endpointServices(m, profile, out);
    sshRefs(m, out);
    secretsRefs(m, out);
    const vms = vmReferences(m, profile, out);
    const routes = routeReferences(m, out);
    return {
      findings: out,
      checked: {
        services: m.services.length,
        hosts: m.hosts.length,
        endpoints: m.endpoints.length,
        composeTargets: m.composeTargets.length,
        vms,
        sshTargets: m.sshTargets.length,
        backups: m.backups.length,
        ...routes !== void 0 ? { routes } : {},
        deployDependencies: m.deployDependencies.length
      }
    };
  }
});

// src/gates/registries/common.ts
var obj3 = (v) => v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
var text2 = (v) => typeof v === "string" && v.trim() !== "" ? v : void 0;
var texts = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string" && x.trim() !== "") : [];
function unreadWhy(s, ref, raw) {
  if (!obj3(raw)) return "it is not a map";
  const p = s.problems.find((q) => q.severity === "error" && atOrBelow(q.location, ref));
  return p ? `the schema rejects it (${p.message.split("; ")[0]})` : void 0;
}
function readable(s, kind, entries) {
  return entries.flatMap(({ raw, ref, key }) => {
    const why = unreadWhy(s, ref, raw);
    if (why === void 0) return [{ data: obj3(raw), ref, ...key !== void 0 ? { key } : {} }];
    if (!s.unread.some((u) => u.ref.file === ref.file && u.ref.pointer === ref.pointer)) s.unread.push({ ref, why });
    s.incomplete.add(kind);
    return [];
  });
}
function listEntries(s, kind, ...path) {
  const list = rawAt(s.m, at(s.m.paths[kind], ...path));
  if (!Array.isArray(list)) return [];
  return readable(s, kind, list.map((raw, i) => ({ raw, ref: at(s.m.paths[kind], ...path, i) })));
}
function mapEntries(s, kind, ...path) {
  const map = obj3(rawAt(s.m, at(s.m.paths[kind], ...path)));
  if (!map) return [];
  return readable(s, kind, Object.entries(map).map(([key, raw]) => ({ raw: raw ?? {}, ref: at(s.m.paths[kind], ...path, key), key })));
}
function present(m, kind) {
  return m.inputs[kind]?.status === "ok";
}
function spineOf(m, profile, problems = []) {
  const live = m.vms.filter((v) => v.meaning !== "inert" && v.meaning !== "template" && v.meaning !== "unknown");
  return {
    m,
    profile,
    problems,
    unread: [],
    incomplete: /* @__PURE__ */ new Set(),
    hosts: hostsOf(m, profile),
    vm: (id) => live.find((v) => v.vmid === id),
    anyVm: (id) => m.vms.find((v) => v.vmid === id),
    stacksNamed: (name2) => m.stacks.filter((s) => s.name === name2)
  };
}
function unlistedVms(s, listed, binding) {
  return s.m.vms.filter((vm) => {
    if (vm.meaning !== "running") return false;
    const group = s.hosts.ofVm(vm);
    const names = [vm.hostname, ...group ? [group.id, ...group.sshTargets.map((t) => t.id), ...group.hosts.map((x) => x.id), ...group.composeTargets.map((t) => t.id)] : []];
    return !names.some((n) => listed.has(n)) && hostInScope(s.m, s.profile, binding, group);
  });
}
function mayBeUnreadHost(s, name2) {
  return ["hosts", "sshTargets", "composeTargets", "vms"].some((kind) => mayBeUnreadable(s.m, kind, name2));
}

// src/gates/registries/naming.ts
var naming = (s, out) => {
  if (!present(s.m, "naming")) return 0;
  const file = fileName(s.m.paths.naming);
  const vocab = s.profile.statuses.vocabularies.naming;
  const hosts = listEntries(s, "naming", "hosts");
  const placementHosts = present(s.m, "placement") ? new Set(mapEntries(s, "placement", "hosts").map((e) => e.key)) : void 0;
  const surfaces = [
    { key: "ssh_target", file: fileName(s.m.paths.ssh), has: (n) => s.m.sshTargets.some((t) => t.id === n) || mayBeUnreadable(s.m, "sshTargets", n) },
    placementHosts ? { key: "placement", file: fileName(s.m.paths.placement), has: (n) => placementHosts.has(n) || s.incomplete.has("placement") } : void 0,
    { key: "compose_target", file: fileName(s.m.paths.compose), has: (n) => s.m.composeTargets.some((t) => t.id === n) || mayBeUnreadable(s.m, "composeTargets", n) }
  ];
  let judged = 0;
  const canonical = /* @__PURE__ */ new Set();
  for (const h of hosts) {
    const name2 = text2(h.data.canonical_name);
    if (!name2) continue;
    canonical.add(name2);
    const status = text2(h.data.status);
    if (status && meaningOf(vocab, status) !== "running" && meaningOf(vocab, status) !== "expected-stopped") continue;
    judged++;
    const declared3 = obj3(h.data.surfaces) ?? {};
    for (const surface of surfaces) {
      if (!surface || declared3[surface.key] !== true || surface.has(name2)) continue;
      out.push({
        kind: `surface-${surface.key}`,
        subject: { kind: "host", id: name2 },
        at: [sub(h.ref, "surfaces", surface.key)],
        message: `${file} says host "${name2}" must appear in ${surface.file} (surfaces.${surface.key}: true), but it does not${surface.key === "ssh_target" ? didYouMean2(name2, s.m.sshTargets.map((t) => t.id)) : ""}`,
        expected: name2,
        observed: "absent"
      });
    }
  }
  listEntries(s, "naming", "allowed_exceptions").forEach((e) => {
    const host = text2(e.data.host);
    if (!host) return;
    judged++;
    if (canonical.has(host) || s.incomplete.has("naming")) return;
    out.push({ kind: "exception-host", subject: { kind: "host", id: host }, at: [sub(e.ref, "host")], message: `${file} has an exception for host "${host}", which is no canonical_name of its hosts${didYouMean2(host, canonical)}`, observed: host });
  });
  for (const vm of s.incomplete.has("naming") ? [] : unlistedVms(s, canonical, "naming")) {
    judged++;
    out.push({ kind: "unnamed-vm", subject: { kind: "vm", id: vm.hostname }, at: [sub(vm.ref, "hostname")], message: `VM ${vm.vmid} (${vm.hostname}) is ${vm.status} but ${file} has no host with canonical_name "${vm.hostname}"; add it with its surfaces`, observed: vm.hostname });
  }
  return judged;
};

// src/gates/registries/placement.ts
function vmOf(s, name2) {
  return s.hosts.byName(name2)?.vms[0];
}
function siteOfHypervisor(sites, host) {
  return host === void 0 ? void 0 : sites.find((e) => texts(e.data.proxmox_hosts).includes(host));
}
var placement = (s, out) => {
  if (!present(s.m, "placement")) return 0;
  const file = fileName(s.m.paths.placement);
  const sites = mapEntries(s, "placement", "sites");
  const hosts = mapEntries(s, "placement", "hosts");
  const push = (f) => {
    const { id, ...rest } = f;
    out.push({ ...rest, subject: { kind: "host", id } });
  };
  let judged = 0;
  for (const site of sites) {
    texts(site.data.proxmox_hosts).forEach((h, i) => {
      judged++;
      if (s.hosts.byName(h) || mayBeUnreadHost(s, h)) return;
      push({ id: h, kind: "unknown-hypervisor", at: [sub(site.ref, "proxmox_hosts", i)], message: `${file} site "${site.key}" names hypervisor "${h}", which no ssh target, registry host or VM declares`, observed: h });
    });
  }
  for (const h of hosts) {
    const kind = text2(h.data.kind);
    if (kind !== "vm" && kind !== "proxmox") continue;
    judged++;
    const name2 = h.key;
    const group = s.hosts.byName(name2);
    if (!group && mayBeUnreadHost(s, name2)) continue;
    if (!group) {
      const gone = s.m.vms.find((v) => v.meaning === "inert" && (v.hostname === name2 || v.sshTarget === name2));
      push({
        id: name2,
        kind: "unknown-host",
        at: [h.ref, ...gone ? [sub(gone.ref, "status")] : []],
        message: `${file} places ${kind} "${name2}", which no ssh target, registry host or VM in service declares${gone ? `; VM ${gone.vmid} (${gone.hostname}) is ${gone.status} (${where(s.m, sub(gone.ref, "status"))}): remove the host` : didYouMean2(name2, s.hosts.groups.map((g) => g.id))}`,
        observed: name2
      });
      continue;
    }
    const vm = kind === "vm" ? vmOf(s, name2) : void 0;
    if (!vm) continue;
    const site = sites.find((e) => e.key === text2(h.data.site));
    const onSite = siteOfHypervisor(sites, vm.proxmoxHost);
    if (site && onSite && site !== onSite) {
      push({ id: name2, kind: "site", at: [sub(h.ref, "site"), sub(vm.ref, "proxmox_host")], message: `${file} puts "${name2}" at site "${site.key}", but VM ${vm.vmid} runs on "${vm.proxmoxHost}" of site "${onSite.key}" (${where(s.m, sub(vm.ref, "proxmox_host"))})`, expected: site.key, observed: onSite.key });
    }
    const min = onSite?.data.vmid_min;
    const max = onSite?.data.vmid_max;
    if (typeof min === "number" && typeof max === "number" && (vm.vmid < min || vm.vmid > max)) {
      push({ id: name2, kind: "vmid-range", at: [sub(vm.ref, "vmid"), sub(onSite.ref, "vmid_min")], message: `VM ${vm.vmid} (${vm.hostname}) is outside the VMID range ${min}-${max} of its site "${onSite.key}" in ${file}`, expected: `${min}-${max}`, observed: vm.vmid });
    }
    const req = obj3(obj3(s.m.files.get(s.m.paths.placement)?.data)?.vm_target_requirements)?.[name2];
    const wanted = text2(obj3(req)?.required_proxmox_host);
    if (wanted && vm.proxmoxHost && wanted !== vm.proxmoxHost) {
      push({ id: name2, kind: "required-hypervisor", at: [at(s.m.paths.placement, "vm_target_requirements", name2, "required_proxmox_host"), sub(vm.ref, "proxmox_host")], message: `${file} requires "${name2}" on "${wanted}", but VM ${vm.vmid} runs on "${vm.proxmoxHost}" (${where(s.m, sub(vm.ref, "proxmox_host"))})`, expected: wanted, observed: vm.proxmoxHost });
    }
  }
  for (const e of mapEntries(s, "placement", "service_placement")) {
    judged++;
    const id = e.key;
    if (s.m.services.some((svc) => svc.id === id) || mayBeUnreadable(s.m, "services", id)) continue;
    out.push({ kind: "unknown-service", subject: { kind: "service", id }, at: [e.ref], message: `${file} places service "${id}", which ${fileName(s.m.paths.registry)} does not declare${didYouMean2(id, s.m.services.map((svc) => svc.id))}`, observed: id });
  }
  const placed = new Set(hosts.map((h) => h.key));
  for (const vm of s.incomplete.has("placement") ? [] : unlistedVms(s, placed, "placement")) {
    judged++;
    out.push({ kind: "unplaced-vm", subject: { kind: "vm", id: vm.hostname }, at: [sub(vm.ref, "hostname")], message: `VM ${vm.vmid} (${vm.hostname}) is ${vm.status} but ${file} does not place it (no hosts entry "${vm.hostname}"); add it with its site`, observed: vm.hostname });
  }
  return judged;
};

// src/gates/registries/stack-registry.ts
var VM_REF = /^proxmox:vm-(\d+)$/;
function meant(id, candidates) {
  const close = closestName(id, candidates);
  if (close) return close;
  const prefix = (a, b) => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  const best = candidates.map((c) => ({ c, n: prefix(id, c) })).sort((a, b) => b.n - a.n)[0];
  return best && best.n >= 6 && best.n * 2 >= Math.min(id.length, best.c.length) ? best.c : void 0;
}
var HOST_FILE = /^([^:/\s]+):(.+)$/;
function stackAt(s, target, dir) {
  const home = targetHome(s.m, target);
  const norm = (p) => home ? expandHome(p, home) : trimSlash(p);
  return target.stacks.find((st) => norm(st.path) === norm(dir));
}
function composeFiles(s, e, id, out) {
  const found = [];
  texts(e.data.compose_files).forEach((f, i) => {
    const m = HOST_FILE.exec(f);
    if (!m) return;
    const [, host, path] = m;
    const target = s.hosts.byName(host)?.composeTargets[0] ?? s.m.composeTargets.find((t) => t.id === host);
    const at2 = sub(e.ref, "compose_files", i);
    if (!target && mayBeUnreadHost(s, host)) return;
    if (!target) {
      out.push({ kind: "compose-file-host", subject: { kind: "stack", id }, at: [at2], message: `${fileName(s.m.paths.stacks)} stack "${id}": compose file "${f}" names host "${host}", which has no compose target in ${fileName(s.m.paths.compose)}`, observed: host });
      return;
    }
    const stack = stackAt(s, target, composeDir(path));
    if (stack) found.push(stack);
    else {
      out.push({
        kind: "compose-file-dir",
        subject: { kind: "stack", id },
        at: [at2, sub(target.ref, "stacks")],
        message: `${fileName(s.m.paths.stacks)} stack "${id}": compose file "${f}" is in ${composeDir(path)}, which is no stack directory of compose target "${target.id}" (${target.stacks.map((st) => st.path).join(", ") || "none"})`,
        observed: composeDir(path)
      });
    }
  });
  return found;
}
function vmPlacement(s, e, id, out) {
  const key = ["deploy_target", "path"].find((k) => VM_REF.test(text2(e.data[k]) ?? ""));
  if (!key) return;
  const vmid = Number(VM_REF.exec(text2(e.data[key]))?.[1]);
  const at2 = sub(e.ref, key);
  const vm = s.anyVm(vmid);
  const vms = fileName(s.m.paths.vms);
  if (!vm && mayBeUnreadable(s.m, "vms", vmid)) return;
  if (!vm || vm.meaning === "inert") {
    out.push({
      kind: "vm-gone",
      subject: { kind: "stack", id },
      at: vm ? [at2, sub(vm.ref, "status")] : [at2],
      message: vm ? `${fileName(s.m.paths.stacks)} stack "${id}" is active on VM ${vmid} (${vm.hostname}), which ${vms} declares ${vm.status} (${where(s.m, sub(vm.ref, "status"))})` : `${fileName(s.m.paths.stacks)} stack "${id}" is active on VM ${vmid}, which ${vms} does not declare`,
      observed: vmid
    });
    return;
  }
  const targets = s.hosts.ofVm(vm)?.composeTargets ?? [];
  const declared3 = s.stacksNamed(id);
  if (targets.length === 0 || declared3.length === 0 || declared3.some((st) => targets.some((t) => t.id === st.target))) return;
  out.push({
    kind: "vm-other-host",
    subject: { kind: "stack", id },
    at: [at2, ...declared3.map((st) => sub(st.ref, "name"))],
    message: `${fileName(s.m.paths.stacks)} places stack "${id}" on VM ${vmid} (${vm.hostname}), but ${fileName(s.m.paths.compose)} declares it on ${declared3.map((st) => `"${st.target}"`).join(", ")}`,
    expected: targets.map((t) => t.id),
    observed: declared3.map((st) => st.target)
  });
}
function unreadStack(s, name2) {
  return s.m.unreadable.some((u) => u.kind === "composeTargets" || u.kind === "stacks" && (u.id === void 0 || u.id.endsWith(`/${name2}`)));
}
var stackRegistry = (s, out) => {
  if (!present(s.m, "stacks")) return 0;
  const vocab = s.profile.statuses.vocabularies.stacks;
  const entries = listEntries(s, "stacks", "stacks").map((e) => ({ e, id: text2(e.data.stack_id), status: text2(e.data.status) }));
  const registered = new Set(entries.map((x) => x.id).filter((x) => x !== void 0));
  const unregistered = s.m.stacks.filter((st) => !registered.has(st.name) && s.m.composeTargets.find((t) => t.id === st.target)?.enabled);
  const explained = /* @__PURE__ */ new Set();
  let judged = 0;
  for (const { e, id, status } of entries) {
    if (!id || !status) continue;
    if (meaningOf(vocab, status) === "template") {
      judged++;
      const deployed = s.stacksNamed(id).filter((st) => s.m.composeTargets.find((t) => t.id === st.target)?.enabled);
      if (deployed.length === 0) continue;
      out.push({
        kind: "deployed-reference",
        subject: { kind: "stack", id },
        at: [sub(e.ref, "status"), ...deployed.map((st) => sub(st.ref, "name"))],
        message: `${fileName(s.m.paths.stacks)} declares stack "${id}" ${status} (${vocab[status]?.says ?? "not deployed"}), but ${fileName(s.m.paths.compose)} deploys it on ${deployed.map((st) => `"${st.target}"`).join(", ")}; one of the two is stale`,
        expected: status,
        observed: deployed.map((st) => st.target)
      });
      continue;
    }
    if (meaningOf(vocab, status) !== "running") continue;
    judged++;
    const files = composeFiles(s, e, id, out);
    vmPlacement(s, e, id, out);
    if (s.stacksNamed(id).length > 0 || unreadStack(s, id)) continue;
    const target = s.m.composeTargets.find((t) => t.id === id);
    const near = meant(id, unregistered.map((st) => st.name));
    const service = s.m.services.find((svc) => svc.id === id);
    const runs = service ? placeService(s.m, service) : void 0;
    const hint = files[0] ? `; its compose file is stack "${files[0].name}" of "${files[0].target}"` : target ? `; "${id}" is a compose target, whose stacks are ${target.stacks.map((st) => `"${st.name}"`).join(", ")}` : near ? `; the likeliest match is compose stack "${near}"` : runs ? `; registry service "${id}" runs in stack "${runs.stack.name}" of "${runs.target.id}"` : "";
    if (near && !files[0] && !target) explained.add(near);
    for (const st of [...files, ...target?.stacks ?? []]) explained.add(st.name);
    out.push({
      kind: "unknown-stack",
      subject: { kind: "stack", id },
      at: [sub(e.ref, "stack_id"), ...near && !files[0] && !target ? unregistered.filter((st) => st.name === near).map((st) => sub(st.ref, "name")) : []],
      message: `${fileName(s.m.paths.stacks)} declares stack "${id}" ${status}, but no compose target of ${fileName(s.m.paths.compose)} has a stack of that name${hint}`,
      observed: id,
      ...near && !files[0] && !target ? { expected: near } : {}
    });
  }
  for (const st of s.incomplete.has("stacks") ? [] : unregistered) {
    if (explained.has(st.name)) continue;
    out.push({
      kind: "unregistered-stack",
      subject: { kind: "stack", id: st.name },
      at: [sub(st.ref, "name")],
      message: `stack "${st.name}" of compose target "${st.target}" has no entry in ${fileName(s.m.paths.stacks)}; add one`,
      observed: st.name
    });
  }
  return judged + unregistered.length;
};

// src/gates/registries/startup.ts
var startup = (s, out) => {
  if (!present(s.m, "startup")) return 0;
  const file = fileName(s.m.paths.startup);
  const compose = fileName(s.m.paths.compose);
  const started = /* @__PURE__ */ new Set();
  let judged = 0;
  for (const phase of listEntries(s, "startup", "phases")) {
    const n = phase.data.phase;
    const hostList = phase.ref.pointer.split("/").slice(1);
    for (const h of listEntries(s, "startup", ...hostList, "hosts")) {
      const id = text2(h.data.target);
      if (!id) continue;
      const target = s.m.composeTargets.find((t) => t.id === id) ?? s.hosts.byName(id)?.composeTargets[0];
      const stacks2 = texts(h.data.stacks);
      stacks2.forEach((name2, i) => {
        judged++;
        started.add(name2);
        const at2 = sub(h.ref, "stacks", i);
        if (target?.stacks.some((st) => st.name === name2)) return;
        const elsewhere = s.stacksNamed(name2);
        if (elsewhere.length === 0 && (target ? mayBeUnreadable(s.m, "stacks", `${target.id}/${name2}`) : mayBeUnreadHost(s, id))) return;
        out.push({
          kind: elsewhere.length > 0 ? "stack-other-host" : "unknown-stack",
          subject: { kind: "stack", id: name2 },
          at: [at2, ...elsewhere.map((st) => sub(st.ref, "name"))],
          message: elsewhere.length > 0 ? `${file} phase ${String(n)} starts stack "${name2}" on "${id}", but ${compose} declares it on ${elsewhere.map((st) => `"${st.target}" (${where(s.m, sub(st.ref, "name"))})`).join(", ")}` : target ? `${file} phase ${String(n)} starts stack "${name2}" on "${id}", which ${compose} does not declare${didYouMean2(name2, target.stacks.map((st) => st.name)) || " on any host"}` : `${file} phase ${String(n)} starts stack "${name2}" on "${id}", which has no compose target in ${compose}`,
          ...elsewhere.length > 0 ? { expected: elsewhere.map((st) => st.target), observed: id } : { observed: name2 }
        });
      });
      const vmids = Array.isArray(h.data.vm_ids) ? h.data.vm_ids : [];
      vmids.forEach((v, i) => {
        if (typeof v !== "number") return;
        judged++;
        const vm = s.anyVm(v);
        const at2 = sub(h.ref, "vm_ids", i);
        if (!vm && mayBeUnreadable(s.m, "vms", v)) return;
        if (vm && vm.meaning !== "inert" && (!vm.proxmoxHost || s.hosts.same(vm.proxmoxHost, id))) return;
        out.push({
          kind: "unknown-guest",
          subject: { kind: "vm", id: String(v) },
          at: vm ? [at2, sub(vm.ref, vm.meaning === "inert" ? "status" : "proxmox_host")] : [at2],
          message: !vm ? `${file} phase ${String(n)} starts VM ${v} on "${id}", which ${fileName(s.m.paths.vms)} does not declare` : vm.meaning === "inert" ? `${file} phase ${String(n)} starts VM ${v} (${vm.hostname}), which is ${vm.status} (${where(s.m, sub(vm.ref, "status"))}); remove it from the phase` : `${file} phase ${String(n)} starts VM ${v} (${vm.hostname}) on "${id}", but it runs on "${vm.proxmoxHost}" (${where(s.m, sub(vm.ref, "proxmox_host"))})`,
          observed: v
        });
      });
    }
  }
  for (const t of s.incomplete.has("startup") ? [] : s.m.composeTargets) {
    if (!t.enabled) continue;
    judged += t.stacks.length;
    const missing2 = t.stacks.filter((st) => !started.has(st.name));
    if (missing2.length === 0) continue;
    const names = missing2.map((st) => `"${st.name}"`).join(", ");
    out.push({
      kind: "not-sequenced",
      subject: { kind: "host", id: t.id },
      at: missing2.map((st) => sub(st.ref, "name")),
      message: `${missing2.length === 1 ? "stack" : "stacks"} ${names} of compose target "${t.id}" ${missing2.length === 1 ? "is" : "are"} started by no phase of ${file}: after a power cycle the recovery does not bring ${missing2.length === 1 ? "it" : "them"} back; add ${missing2.length === 1 ? "it" : "them"} to a phase`,
      observed: missing2.map((st) => st.name)
    });
  }
  return judged;
};

// src/gates/registry-parity.ts
var registry_parity_default = defineGate({
  id: "registry-parity",
  aliases: [],
  kind: "static",
  severity: "warning",
  describe: "Checks that STACK_REGISTRY.yaml, infra.placement.policy.yaml, naming.policy.yaml and startup.sequencing.yaml name hosts, stacks, VMs and services the main files declare, and agree with them (placement, VMID ranges, surfaces, start order covering every stack).",
  reads: ["stacks", "placement", "naming", "startup", "compose", "vms", "ssh", "registry"],
  judges: ["vms", "composeTargets", "stacks"],
  run(ctx) {
    const s = spineOf(ctx.model, resolveProfile(ctx.config), ctx.problems);
    const findings2 = [];
    const entries = [stackRegistry, placement, naming, startup].reduce((n, check) => n + check(s, findings2), 0);
    for (const u of s.unread) findings2.push(unreadEntryDraft(ctx.model, u.ref, u.why));
    return { findings: findings2, checked: { entries } };
  }
});

// src/profile/statuses.ts
function resolveStatuses(config) {
  return resolveProfile(config).statuses;
}

// src/gates/registry-status.ts
function uptime(c) {
  const m = /^Up\s+(.+?)(?:\s+\((?:healthy|unhealthy|health: starting|Paused)\))?$/i.exec(c.status.trim());
  if (m?.[1]) return ` for ${m[1].charAt(0).toLowerCase()}${m[1].slice(1)}`;
  return c.status ? ` (${c.status})` : "";
}
function stale(ctx, p, c, observedAt) {
  const { service } = p;
  const vocabulary = resolveStatuses(ctx.config).vocabularies.services;
  const entry = entryOf(vocabulary, service.status);
  const meaning = entry?.says ?? "not running";
  const running = statusWithMeaning(vocabulary, "running") ?? "active";
  const unstable = notYetStable(c, observedAt, ctx.config.fix.minUptimeMinutes * 6e4);
  if (unstable) return recovering(p, c, meaning, unstable, statusRef(ctx.model, service));
  return {
    kind: `running-while-${service.status}`,
    severity: entry?.contradiction ?? "error",
    subject: { kind: "service", id: service.id },
    at: [statusRef(ctx.model, service)],
    message: `service "${service.id}" is declared "${service.status}" (${meaning}) but container "${c.name}" in stack "${p.stack.name}" has been running${uptime(c)}; the registry is stale: set status: ${running}`,
    expected: service.status,
    observed: "running",
    direction: "declared-stale",
    fix: { file: ctx.model.paths.registry, pointer: statusPointer(service.id), value: running },
    // without a start time the uptime was read from the status text (conservatively): said here
    details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state, uptimeFrom: c.startedAt ? "start-time" : "status-text" }
  };
}
function recovering(p, c, meaning, unstable, at2) {
  return {
    kind: `running-while-${p.service.status}`,
    severity: "warning",
    subject: { kind: "service", id: p.service.id },
    at: [at2],
    message: `service "${p.service.id}" is declared "${p.service.status}" (${meaning}) and container "${c.name}" in stack "${p.stack.name}" is ${unstable}: recovering, not proposing a fix`,
    expected: p.service.status,
    observed: "running",
    direction: "declared-stale",
    details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state, startedAt: c.startedAt, restartCount: c.restartCount }
  };
}
function statusEdit(service) {
  if (service.statusDeclared) return { pointer: statusPointer(service.id) };
  return { pointer: statusPointer(service.id), op: "add", after: ["host", "port", "health", "compose", "container"] };
}
function exitedStatus(ctx, c, observedAt) {
  const clean = c.state === "exited" && c.exitCode === 0 && !c.oomKilled;
  const status = clean ? ctx.config.fix.exitedStatus.clean : ctx.config.fix.exitedStatus.failed;
  const unsettled = notYetDown(c, observedAt, ctx.config.fix.minDownMinutes * 6e4);
  if (unsettled) return { why: "" };
  const vocabulary = resolveStatuses(ctx.config).vocabularies.services;
  if (entryOf(vocabulary, status)?.meaning !== "expected-stopped") return { why: `fix.exited_status names "${status}", which the registry's vocabulary does not know as stopped: no status proposed` };
  return { status, why: "" };
}
function broken(ctx, p, c, observedAt = ctx.now) {
  const { service } = p;
  const exited = c.state === "exited" || c.state === "dead";
  const exit = exited ? `exit code ${c.exitCode}, ` : "";
  const proposal = exited ? exitedStatus(ctx, c, observedAt) : void 0;
  if (proposal?.status) {
    return {
      kind: `not-running-${c.state}`,
      subject: { kind: "service", id: service.id },
      at: [statusRef(ctx.model, service)],
      message: `service "${service.id}" is declared ${service.status} but container "${c.name}" in stack "${p.stack.name}" has been ${c.state} (${exit}"${c.status}"); start it, or set status: ${proposal.status}`,
      expected: "running",
      observed: c.state,
      direction: "declared-stale",
      fix: { kind: "registry-exited", file: ctx.model.paths.registry, ...statusEdit(service), value: proposal.status },
      details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state, exitCode: c.exitCode, ...c.finishedAt ? { finishedAt: c.finishedAt } : {} }
    };
  }
  return {
    kind: `not-running-${c.state}`,
    subject: { kind: "service", id: service.id },
    at: [statusRef(ctx.model, service)],
    message: `service "${service.id}" is declared active but container "${c.name}" in stack "${p.stack.name}" is ${c.state} (${exit}"${c.status}"); start it, or declare it parked or stopped${proposal?.why ? ` (${proposal.why})` : ""}`,
    expected: "running",
    observed: c.state,
    direction: "live-broken",
    details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state, exitCode: c.exitCode }
  };
}
function unhealthy(ctx, p, c) {
  return {
    kind: "unhealthy",
    subject: { kind: "service", id: p.service.id },
    at: [statusRef(ctx.model, p.service)],
    message: `service "${p.service.id}" is declared active and container "${c.name}" runs, but its Docker healthcheck reports "unhealthy" ("${c.status}")`,
    expected: "healthy",
    observed: "unhealthy",
    direction: "live-broken",
    details: { container: c.name, stack: p.stack.name, status: c.status, health: c.health }
  };
}
function missing(ctx, p) {
  return {
    kind: "no-such-container",
    subject: { kind: "service", id: p.service.id },
    at: [statusRef(ctx.model, p.service), p.stack.ref],
    message: `service "${p.service.id}" is declared active but there is no container "${p.container}" in stack "${p.stack.name}" on "${p.target.id}" (docker compose ps -a lists none by that name)`,
    expected: p.container,
    observed: "absent",
    direction: "live-broken",
    details: { container: p.container, stack: p.stack.name }
  };
}
function judgeService(ctx, p, containers, observedAt = ctx.now) {
  const meaning = p.service.meaning;
  if (meaning !== "running" && meaning !== "expected-stopped" && meaning !== "inert") return [];
  const c = matchContainer(containers, p.container);
  if (!c) return meaning === "running" ? [missing(ctx, p)] : [];
  if (meaning !== "running") return isUp(c) ? [stale(ctx, p, c, observedAt)] : [];
  if (!isUp(c)) return [broken(ctx, p, c, observedAt)];
  return c.health === "unhealthy" ? [unhealthy(ctx, p, c)] : [];
}
var registry_status_default = defineGate({
  id: "registry-status",
  aliases: [],
  kind: "live",
  severity: "error",
  describe: `Compares each service's registry status with its container: running while "stopped"/"parked" is a stale registry entry (fixable), exited while active is broken (fixable to stopped/parked once it stays exited).`,
  reads: ["registry", "compose", "ssh"],
  judges: ["services"],
  run(ctx) {
    if (!ctx.observations) return { findings: [], checked: {} };
    const split = splitStacks(stackViews(ctx.model, ctx.observations), ctx.observations);
    const out = [];
    let judged = 0;
    for (const view of split.listed) {
      const at2 = new Date(view.obs.startedAt);
      const observedAt = Number.isFinite(at2.getTime()) ? at2 : ctx.now;
      for (const p of view.services) {
        if (p.service.meaning === "unknown") continue;
        judged++;
        out.push(...judgeService(ctx, p, view.obs.containers, observedAt));
      }
    }
    for (const gap of split.gaps) {
      const f = gapFinding(gap, (views) => {
        const n = views.reduce((sum, v) => sum + v.services.length, 0);
        return n === 0 ? void 0 : `the status of ${n} registry service${n === 1 ? "" : "s"}`;
      });
      if (f) out.push(f);
    }
    return { findings: out, checked: { services: judged } };
  }
});

// src/gates/ssh-trust.ts
var YAML_KEYS = {
  strict_host_key_checking: "StrictHostKeyChecking",
  user_known_hosts_file: "UserKnownHostsFile",
  global_known_hosts_file: "GlobalKnownHostsFile",
  host_key_algorithms: "HostKeyAlgorithms"
};
var ADVICE = {
  "host-key-checking-disabled": 'any host key is accepted, so a man in the middle goes unnoticed; pin the keys in a known_hosts file and check them ("yes")',
  "host-key-tofu": "a new host's key is trusted on first use without review; pin the keys in a known_hosts file instead",
  "known-hosts-discarded": "no host key is ever remembered or compared; point it at a maintained known_hosts file",
  "legacy-algorithm": "it is a deprecated algorithm; upgrade the device or record a config exception with a reason and an expiry"
};
function draftsFor(scope) {
  const out = [];
  const verb = (one, many) => scope.plural ? many : one;
  const legacy = /* @__PURE__ */ new Map();
  const push = (issue, ref, how, yamlKey) => {
    if (issue.kind === "legacy-algorithm") {
      const key = issue.algorithm ?? "";
      const entry = legacy.get(key) ?? { ref, yamlKey, options: [], values: [] };
      entry.options.push(`${issue.option}${how}`);
      entry.values.push(`${issue.option}=${issue.value}`);
      legacy.set(key, entry);
      return;
    }
    out.push({
      message: `${scope.label(yamlKey)} ${verb("sets", "set")} ${issue.option} "${issue.value}"${how}: ${ADVICE[issue.kind]}`,
      subject: scope.subject,
      at: [ref],
      kind: issue.kind,
      severity: issue.severity,
      observed: issue.value
    });
  };
  for (const [yamlKey, option] of Object.entries(YAML_KEYS)) {
    if (!(yamlKey in scope.raw)) continue;
    for (const issue of judgeOption(option, scope.raw[yamlKey])) push({ ...issue, option: yamlKey }, sub(scope.ref, yamlKey), "", yamlKey);
  }
  const extra = scope.raw.ssh_extra_opts;
  if (typeof extra === "string") {
    for (const opt of parseSshOptions(extra)) {
      for (const issue of judgeOption(opt.key, opt.value)) push(issue, sub(scope.ref, "ssh_extra_opts"), " in ssh_extra_opts", "ssh_extra_opts");
    }
  }
  for (const [algorithm, entry] of legacy) {
    const through = entry.options.join(" and ").replace(/ in ssh_extra_opts(?= and )/g, "");
    out.push({
      message: `${scope.label(entry.yamlKey)} ${verb("enables", "enable")} the legacy algorithm "${algorithm}" through ${through}: ${ADVICE["legacy-algorithm"]}`,
      subject: scope.subject,
      at: [entry.ref],
      kind: `legacy-algorithm:${algorithm}`,
      severity: "warning",
      observed: entry.values.join(" ")
    });
  }
  return out;
}
function run2(model) {
  const file = model.paths.ssh;
  const name2 = fileName(file);
  const out = [];
  const defaults = rawAt(model, at(file, "ssh", "defaults"));
  const rawTargets = rawAt(model, at(file, "ssh", "targets"));
  const targets = Array.isArray(rawTargets) ? rawTargets : [];
  if (defaults !== null && typeof defaults === "object" && !Array.isArray(defaults)) {
    const inheriting = (key) => targets.filter((t) => t !== null && typeof t === "object" && !Array.isArray(t) && !(key in t)).length;
    out.push(
      ...draftsFor({
        label: (key) => {
          const n = inheriting(key);
          return n === 0 ? `the defaults of ${name2}` : `the defaults of ${name2} (inherited by ${n} target${n === 1 ? "" : "s"})`;
        },
        plural: true,
        subject: { kind: "file", id: `${file}#defaults` },
        ref: at(file, "ssh", "defaults"),
        raw: defaults
      })
    );
  }
  targets.forEach((t, i) => {
    if (t === null || typeof t !== "object" || Array.isArray(t)) return;
    const raw = t;
    const id = typeof raw.id === "string" ? raw.id : `#${i}`;
    const label3 = () => `ssh target "${id}"`;
    out.push(...draftsFor({ label: label3, plural: false, subject: { kind: "host", id }, ref: at(file, "ssh", "targets", i), raw }));
  });
  return { findings: out, checked: { sshTargets: targets.length } };
}
var ssh_trust_default = defineGate({
  id: "ssh-trust",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "SSH settings in ssh.targets.yaml must keep host-key checking on, keep known hosts, and not enable legacy algorithms (ssh-rsa, ssh-dss, SHA-1 kex, CBC).",
  reads: ["ssh"],
  judges: [],
  run: (ctx) => run2(ctx.model)
});

// src/bindings/values-at.ts
function valuesAt(data, path, at2 = []) {
  if (path.length === 0) return [{ value: data, path: at2 }];
  const [seg, ...rest] = path;
  if (data === null || typeof data !== "object") return [];
  if (seg === "*") {
    if (Array.isArray(data)) return data.flatMap((v, i) => valuesAt(v, rest, [...at2, i]));
    return Object.entries(data).flatMap(([k, v]) => valuesAt(v, rest, [...at2, k]));
  }
  const next = Array.isArray(data) ? void 0 : data[seg];
  return next === void 0 ? [] : valuesAt(next, rest, [...at2, seg]);
}

// src/gates/unique-ids.ts
function dupes(m, items, what, kind, out, why = "later tools silently use one of them: rename or remove one") {
  const first = /* @__PURE__ */ new Map();
  for (const it of items) {
    const prev = first.get(it.key);
    if (!prev) {
      first.set(it.key, it);
      continue;
    }
    out.push({
      message: `${what.replace("%s", `"${it.key}"`)} is declared twice (first at ${where(m, prev.ref)}); ${why}`,
      subject: { kind, id: it.key },
      at: [it.ref, prev.ref],
      kind: `duplicate:${what.split(" %s")[0]}`,
      observed: it.key
    });
  }
}
var SUBJECT_OF = { stacks: "stack", vms: "vm", health: "endpoint", ssh: "host", backups: "backup", routing: "route", registry: "service" };
function entriesAt(data, segments) {
  return valuesAt(data, segments).flatMap(({ value, path }) => Array.isArray(value) ? value.map((v, i) => ({ value: v, path: [...path, i] })) : []);
}
function collections(m, profile, out) {
  let checked = 0;
  for (const c of profile.unique) {
    const file = m.paths[c.binding];
    if (m.inputs[c.binding]?.status !== "ok") continue;
    const entries = entriesAt(m.files.get(file)?.data, parsePointer(c.collection));
    const items = [];
    for (const e of entries) {
      const key = e.value?.[c.key];
      if (typeof key === "string" || typeof key === "number") items.push({ key: String(key), ref: at(file, ...e.path, c.key) });
    }
    checked += items.length;
    dupes(m, items, `${c.key} %s in ${c.collection} of ${fileName(file)}`, SUBJECT_OF[c.binding] ?? "file", out);
  }
  return checked;
}
var unique_ids_default = defineGate({
  id: "unique-ids",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "Ids are unique within each binding file (endpoint ids, ssh target ids, backup names, vmids, VM hostnames, stack names per host, routed hostnames, STACK_REGISTRY stack_ids, gap ids, and every keyed collection of profile.unique) and no host runs two services with one container name or one port: with duplicates every lookup silently picks one.",
  reads: ["health", "ssh", "backups", "vms", "compose", "routing", "registry", "stacks"],
  judges: ["endpoints", "sshTargets", "backups", "vms", "stacks", "routes", "services"],
  run(ctx) {
    const m = ctx.model;
    const out = [];
    dupes(m, m.endpoints.map((e) => ({ key: e.id, ref: sub(e.ref, "id") })), "health endpoint id %s", "endpoint", out);
    dupes(m, m.sshTargets.map((t) => ({ key: t.id, ref: sub(t.ref, "id") })), "ssh target id %s", "host", out);
    dupes(m, m.backups.map((b) => ({ key: b.name, ref: sub(b.ref, "name") })), "backup target name %s", "backup", out);
    dupes(m, m.vms.map((v) => ({ key: String(v.vmid), ref: sub(v.ref, "vmid") })), "vmid %s", "vm", out);
    const live = m.vms.filter((v) => v.meaning !== "inert" && v.meaning !== "unknown");
    dupes(m, live.map((v) => ({ key: v.hostname, ref: sub(v.ref, "hostname") })), "VM hostname %s", "host", out);
    for (const t of m.composeTargets) {
      dupes(m, t.stacks.map((s) => ({ key: s.name, ref: sub(s.ref, "name") })), `stack name %s of host "${t.id}"`, "stack", out);
    }
    dupes(m, m.routes.map((r) => ({ key: r.hostname, ref: sub(r.ref, "hostname") })), "routed hostname %s", "route", out);
    const byHost = /* @__PURE__ */ new Map();
    for (const s of m.services) {
      if (!s.container || !s.host) continue;
      const list = byHost.get(s.host) ?? [];
      list.push({ key: s.container, ref: sub(s.ref, "container") });
      byHost.set(s.host, list);
    }
    for (const [host, items] of byHost) dupes(m, items, `container name %s on host "${host}"`, "container", out, "docker refuses a second container of that name");
    const ports = /* @__PURE__ */ new Map();
    for (const s of m.services) {
      if (s.port == null || !s.host) continue;
      const list = ports.get(s.host) ?? [];
      list.push({ key: String(s.port), ref: sub(s.ref, "port") });
      ports.set(s.host, list);
    }
    for (const [host, items] of ports) dupes(m, items, `port %s on host "${host}"`, "host", out, "two services cannot both listen on one host port");
    const keyed = collections(m, resolveProfile(ctx.config), out);
    return {
      findings: out,
      checked: {
        endpoints: m.endpoints.length,
        sshTargets: m.sshTargets.length,
        backups: m.backups.length,
        vms: m.vms.length,
        stacks: m.stacks.length,
        routes: m.routes.length,
        services: m.services.length,
        entries: keyed
      }
    };
  }
});

// src/gates/live/registry-entry.ts
var ORDER = ["host", "port", "compose", "container", "status"];
function composeFile(view, c) {
  const sibling = view.services.find((p) => p.service.compose)?.service.compose;
  if (sibling) return sibling;
  const reported = c.composeFiles?.[0];
  if (!reported) return void 0;
  return `${view.stack.path.replace(/\/+$/, "")}/${reported.slice(reported.lastIndexOf("/") + 1)}`;
}
function freeKey(ctx, name2, host) {
  const taken = (k) => ctx.model.services.some((s) => s.id === k);
  return [name2, `${name2}-${host}`].find((k) => !taken(k));
}
function entrySkeleton(ctx, view, c, ports) {
  const at2 = view.obs ? new Date(view.obs.startedAt) : ctx.now;
  if (notYetStable(c, Number.isFinite(at2.getTime()) ? at2 : ctx.now, ctx.config.fix.minUptimeMinutes * 6e4)) return void 0;
  const host = view.target.id;
  const key = freeKey(ctx, c.name, host);
  const compose = composeFile(view, c);
  const status = statusWithMeaning(resolveStatuses(ctx.config).vocabularies.services, "running");
  if (!key || !compose || !status || ports.length === 0) return void 0;
  const services2 = ctx.model.services;
  const anchor = [...view.services].map((p) => p.service).pop() ?? services2.filter((s) => s.host === host).pop() ?? services2[services2.length - 1];
  const values = { host, port: ports[0], compose, container: c.name, status };
  const known = anchor ? Object.keys(rawAt(ctx.model, anchor.ref) ?? {}) : [];
  const rank = (k) => known.includes(k) ? known.indexOf(k) : known.length + ORDER.indexOf(k);
  const value = Object.fromEntries(Object.keys(values).sort((a, b) => rank(a) - rank(b)).map((k) => [k, values[k]]));
  const parent = anchor ? parsePointer(anchor.ref.pointer).slice(0, -1) : ["services"];
  const others = ports.length > 1 ? ` (it also publishes ${ports.slice(1).join(", ")})` : "";
  return {
    kind: "registry-entry",
    file: ctx.model.paths.registry,
    pointer: pointerOf([...parent, key]),
    value,
    op: "add",
    ...anchor ? { after: [anchor.id] } : {},
    comment: `added by driftgate: "${c.name}" runs in stack "${view.stack.name}" on "${host}"${others}; complete this entry`
  };
}

// src/gates/unmanaged-containers.ts
function publishedPorts(c) {
  const ports = (c.publishers ?? []).map((p) => p.publishedPort ?? 0).filter((p) => p > 0);
  return [...new Set(ports)].sort((a, b) => a - b);
}
function declared2(ctx, view, c) {
  if (servicesNaming(view.services, c).length > 0 || hostServicesNaming(ctx.model, view.target.id, c).length > 0) return true;
  return mayBeUnreadable(ctx.model, "services", c.name) || mayBeUnreadable(ctx.model, "services", c.service);
}
function judgeStack2(ctx, view, containers) {
  const unmanaged = containers.filter((c) => isUp(c) && !declared2(ctx, view, c));
  const out = [];
  const internal = unmanaged.filter((c) => publishedPorts(c).length === 0).map((c) => c.name).sort();
  for (const c of unmanaged) {
    const ports = publishedPorts(c);
    if (ports.length === 0) continue;
    const fix = entrySkeleton(ctx, view, c, ports);
    out.push({
      ...fix ? { fix } : {},
      kind: "unmanaged-published",
      severity: "warning",
      subject: { kind: "container", id: c.name },
      at: [view.stack.ref],
      message: `container "${c.name}" in stack "${view.stack.name}" on "${view.target.id}" runs and publishes port ${ports.join(", ")} but no registry service names it; add it to the service registry`,
      expected: "a registry entry",
      observed: `running, publishes ${ports.join(", ")}`,
      direction: "declared-stale",
      details: { stack: view.stack.name, service: c.service, ports }
    });
  }
  if (internal.length > 0) {
    out.push({
      kind: "unmanaged-internal",
      severity: "notice",
      subject: { kind: "stack", id: view.stack.name },
      at: [view.stack.ref],
      message: `stack "${view.stack.name}": ${internal.length} running container${internal.length === 1 ? "" : "s"} without a registry entry and without published ports (${listNames(internal, 20)}); covered by the parent stack under the registry's internal dependency policy`,
      observed: internal,
      direction: "inconsistent",
      details: { stack: view.stack.name, containers: internal }
    });
  }
  return out;
}
function stackMayBeUnreadable(ctx, host) {
  const m = ctx.model;
  const onHost = m.composeTargets.filter((t) => (t.sshTarget ?? t.id) === host).map((t) => t.id);
  return m.unreadable.some(
    (u) => u.kind === "composeTargets" || u.kind === "stacks" && (u.id === void 0 || onHost.some((id) => u.id?.startsWith(`${id}/`)))
  );
}
function otherProjects(ctx, h) {
  const running = (h.otherContainers ?? []).filter(isUp);
  if (running.length === 0 || stackMayBeUnreadable(ctx, h.target)) return { findings: [], judged: 0 };
  const m = ctx.model;
  const place3 = m.composeTargets.find((t) => (t.sshTarget ?? t.id) === h.target)?.ref ?? m.sshTargets.find((t) => t.id === h.target)?.ref ?? { file: m.paths.compose, pointer: "" };
  const byProject = /* @__PURE__ */ new Map();
  for (const c of running) byProject.set(c.project, [...byProject.get(c.project) ?? [], c]);
  const findings2 = [...byProject].map(([project, cs]) => {
    const names = cs.map((c) => c.name).sort();
    const dir = cs.find((c) => c.workingDir)?.workingDir;
    return project ? {
      kind: "undeclared-project",
      severity: "warning",
      subject: { kind: "stack", id: project },
      at: [place3],
      message: `compose project "${project}"${dir ? ` (${dir})` : ""} runs ${cs.length} container${cs.length === 1 ? "" : "s"} on "${h.target}" (${listNames(names, 10)}) but no stack in ${m.paths.compose} declares it; declare the stack or remove the project`,
      expected: "a declared stack",
      observed: `running: ${names.length}`,
      direction: "declared-stale",
      details: { host: h.target, project, containers: names, ...dir ? { workingDir: dir } : {} }
    } : {
      kind: "outside-compose",
      severity: "notice",
      subject: { kind: "host", id: h.target },
      at: [place3],
      message: `${cs.length} container${cs.length === 1 ? "" : "s"} on "${h.target}" run outside compose (${listNames(names, 10)}); no stack or registry entry can describe them`,
      observed: names,
      direction: "inconsistent",
      details: { host: h.target, containers: names }
    };
  });
  return { findings: findings2, judged: running.length };
}
var unmanaged_containers_default = defineGate({
  id: "unmanaged-containers",
  aliases: [],
  kind: "live",
  severity: "warning",
  describe: "Reports running containers that no registry service names: a warning when they publish ports (user traffic without an entry; a registry entry skeleton is proposed), a notice for internal-only ones; and running compose projects that no declared stack covers.",
  reads: ["registry", "compose", "ssh"],
  judges: [],
  run(ctx) {
    if (!ctx.observations) return { findings: [], checked: {} };
    const split = splitStacks(stackViews(ctx.model, ctx.observations), ctx.observations);
    const out = [];
    let containers = 0;
    for (const view of split.listed) {
      containers += view.obs.containers.filter(isUp).length;
      out.push(...judgeStack2(ctx, view, view.obs.containers));
    }
    for (const gap of split.gaps) {
      const f = gapFinding(gap, (views) => `the containers of ${views.length} stack${views.length === 1 ? "" : "s"}`);
      if (f) out.push(f);
    }
    for (const h of ctx.observations.hosts) {
      const others = otherProjects(ctx, h);
      containers += others.judged;
      out.push(...others.findings);
    }
    return { findings: out, checked: { containers } };
  }
});

// src/gates/vm-governance.ts
function vmName2(vm) {
  return `VM ${vm.vmid} (${vm.hostname})`;
}
function vmHost(m, profile, vm) {
  const group = hostsOf(m, profile).ofVm(vm);
  return { group, host: group?.hosts[0], inRegistry: hostInScope(m, profile, "registry", group), inHealth: hostInScope(m, profile, "health", group) };
}
function governed(m, vm, on, profile, out) {
  const subject = { kind: "vm", id: String(vm.vmid) };
  const vms = fileName(m.paths.vms);
  if (!vm.sshTarget) {
    out.push({ message: `active ${vmName2(vm)} has no ssh_target in ${vms}; nothing can inspect its containers: name its ssh target`, subject, at: [sub(vm.ref, "ssh_target")], kind: "no-ssh-target" });
  }
  const host = on.host;
  if (!host) {
    if (on.inRegistry && !mayBeUnreadable(m, "hosts", vm.hostname)) out.push({
      message: `active ${vmName2(vm)} has no host "${vm.hostname}" in ${fileName(m.paths.registry)}; add it under hosts`,
      subject,
      at: [sub(vm.ref, "hostname"), at(m.paths.registry, "hosts")],
      kind: "no-registry-host"
    });
  } else if (host.vmid !== void 0 && host.vmid !== vm.vmid) {
    out.push({
      message: `registry host "${host.id}" says vmid ${host.vmid}, but ${vms} gives it vmid ${vm.vmid} (${where(m, sub(vm.ref, "vmid"))}); one of the two files is stale`,
      subject,
      at: [sub(host.ref, "vmid"), sub(vm.ref, "vmid")],
      kind: "vmid-mismatch",
      expected: vm.vmid,
      observed: host.vmid
    });
  }
  if (!vm.backupTarget) {
    out.push({ message: `active ${vmName2(vm)} has no backup_target; every active VM needs a backup: name its target in ${fileName(m.paths.backups)}`, subject, at: [sub(vm.ref, "backup_target")], kind: "no-backup-target" });
  } else {
    const backup = m.backups.find((b) => b.name === vm.backupTarget);
    if (backup && !backup.enabled) {
      const declared3 = rawAt(m, sub(backup.ref, "enabled")) !== void 0;
      const state = declared3 ? "disabled" : "not enabled (no `enabled` key, and the file's header makes that false)";
      out.push({
        message: `${vmName2(vm)} is backed up by "${backup.name}", which is ${state} in ${fileName(m.paths.backups)} (${where(m, declared3 ? sub(backup.ref, "enabled") : backup.ref)}); nobody checks that backup: set enabled: true`,
        subject,
        at: [sub(vm.ref, "backup_target"), declared3 ? sub(backup.ref, "enabled") : backup.ref],
        kind: "backup-target-disabled",
        expected: true,
        observed: false
      });
    }
  }
  const unreadEndpoint = m.unreadable.some((u) => u.kind === "endpoints");
  const hosts = hostsOf(m, profile);
  const probed = m.endpoints.some((e) => e.enabled && (e.host === vm.hostname || on.group !== void 0 && hosts.byName(e.host) === on.group));
  if (vm.healthProbePolicy !== "none" && on.inHealth && !unreadEndpoint && !probed) {
    out.push({
      message: `active ${vmName2(vm)} has health_probe_policy "${vm.healthProbePolicy ?? "unset"}" but no enabled probe in ${fileName(m.paths.health)}; add probes or set health_probe_policy: none`,
      subject,
      at: [vm.healthProbePolicy ? sub(vm.ref, "health_probe_policy") : vm.ref, at(m.paths.health, "endpoints")],
      kind: "no-probes"
    });
  }
}
function agrees(m, vm, on, out) {
  const subject = { kind: "vm", id: String(vm.vmid) };
  const target = m.sshTargets.find((t) => t.id === vm.sshTarget);
  const host = on.host;
  if (target && vm.sshUser && !isPlaceholder(vm.sshUser) && vm.sshUser !== target.user) {
    out.push({
      message: `${vmName2(vm)} has ssh_user "${vm.sshUser}", but ssh target "${target.id}" connects as "${target.user}" (${where(m, sub(target.ref, "user"))}); one of the two files is stale`,
      subject,
      at: [sub(vm.ref, "ssh_user"), sub(target.ref, "user")],
      kind: "ssh-user-mismatch",
      expected: target.user,
      observed: vm.sshUser
    });
  }
  if (target && host?.sshUser && !isPlaceholder(host.sshUser) && host.sshUser !== target.user) {
    out.push({
      message: `registry host "${host.id}" has ssh_user "${host.sshUser}", but ssh target "${target.id}" connects as "${target.user}" (${where(m, sub(target.ref, "user"))}); one of the two files is stale`,
      subject,
      at: [sub(host.ref, "ssh_user"), sub(target.ref, "user")],
      kind: "registry-ssh-user-mismatch",
      expected: target.user,
      observed: host.sshUser
    });
  }
  if (host?.proxmoxHost && vm.proxmoxHost && !isPlaceholder(vm.proxmoxHost) && host.proxmoxHost !== vm.proxmoxHost) {
    out.push({
      message: `registry host "${host.id}" runs on hypervisor "${host.proxmoxHost}", but ${fileName(m.paths.vms)} puts ${vmName2(vm)} on "${vm.proxmoxHost}" (${where(m, sub(vm.ref, "proxmox_host"))}); one of the two files is stale`,
      subject,
      at: [sub(host.ref, "proxmox_host"), sub(vm.ref, "proxmox_host")],
      kind: "proxmox-host-mismatch",
      expected: vm.proxmoxHost,
      observed: host.proxmoxHost
    });
  }
  const backup = m.backups.find((b) => b.name === vm.backupTarget);
  const globVmid = backup ? /(?:qemu|lxc)-(\d+)-/.exec(backup.glob)?.[1] : void 0;
  if (backup && globVmid !== void 0 && Number(globVmid) !== vm.vmid) {
    out.push({
      message: `${vmName2(vm)} is backed up by "${backup.name}", but its glob "${backup.glob}" selects the archives of VM ${globVmid} (${where(m, sub(backup.ref, "glob"))}); name the target that backs up this VM`,
      subject,
      at: [sub(vm.ref, "backup_target"), sub(backup.ref, "glob")],
      kind: "backup-target-other-vm",
      expected: vm.vmid,
      observed: Number(globVmid)
    });
  }
}
function listsServices(m, vm, on, profile, out) {
  if (vm.services.length === 0 || !on.group) return;
  const listed = new Set(vm.services);
  const hosts = hostsOf(m, profile);
  for (const s of m.services) {
    if (s.meaning === "inert" || hosts.byName(s.host) !== on.group || listed.has(s.id) || s.container && listed.has(s.container)) continue;
    out.push({
      message: `service "${s.id}" runs on host "${vm.hostname}" but is missing from the services of ${vmName2(vm)} in ${fileName(m.paths.vms)} (${where(m, sub(vm.ref, "services"))}); add it to that list`,
      subject: { kind: "service", id: s.id },
      at: [sub(s.ref, "host"), sub(vm.ref, "services")],
      kind: "service-missing-from-vm",
      severity: "warning"
    });
  }
}
function placeholders(m, profile, out) {
  const entries = [
    ...m.vms.filter((v) => v.meaning === "running").map((v) => ({ ref: v.ref, what: `active ${vmName2(v)}`, subject: { kind: "vm", id: String(v.vmid) } })),
    ...m.services.filter((s) => s.meaning === "running").map((s) => ({ ref: s.ref, what: `active service "${s.id}"`, subject: { kind: "service", id: s.id } }))
  ];
  for (const e of entries) {
    for (const p of findPlaceholders(rawAt(m, e.ref))) {
      out.push({
        message: `${e.what} has placeholder "${p.value}" at ${p.path.join(".")}; an active entry must be complete`,
        subject: e.subject,
        at: [sub(e.ref, ...p.path)],
        kind: `placeholder:${p.path.join(".")}`,
        observed: p.value
      });
    }
  }
  for (const r of m.routes) {
    if (!r.routingLayer || meaningOf(profile.statuses.vocabularies.routes, r.routingLayer) !== "running") continue;
    for (const p of findPlaceholders({ service: r.service })) {
      out.push({
        message: `hostname "${r.hostname}" is routed (${r.routingLayer}) but its service is "${p.value}"; name the service it reaches`,
        subject: { kind: "route", id: r.hostname },
        at: [sub(r.ref, "service")],
        kind: "placeholder:service",
        observed: p.value
      });
    }
  }
}
var vm_governance_default = defineGate({
  id: "vm-governance",
  aliases: ["D69"],
  kind: "static",
  severity: "error",
  describe: "Each active VM has an ssh target, a registry host, an existing enabled backup target of its own and probes unless its policy says none, agrees with the other files on ssh user and hypervisor, lists the services of its host, and no active entry carries a PENDING_*/TBD placeholder: an ungoverned VM is invisible to every other gate.",
  reads: ["vms", "registry", "ssh", "backups", "health", "routing"],
  judges: ["vms", "services", "routes"],
  run(ctx) {
    const m = ctx.model;
    const profile = resolveProfile(ctx.config);
    const out = [];
    for (const vm of m.vms) {
      if (vm.meaning !== "running") continue;
      const at2 = vmHost(m, profile, vm);
      governed(m, vm, at2, profile, out);
      agrees(m, vm, at2, out);
      listsServices(m, vm, at2, profile, out);
    }
    placeholders(m, profile, out);
    const known = (list) => list.filter((e) => e.meaning !== "unknown").length;
    return { findings: out, checked: { vms: known(m.vms), services: known(m.services), routes: m.routes.length } };
  }
});

// src/gates/live/vm-status.ts
function vmLabel(vm) {
  return `${vm.vmType === "lxc" ? "LXC" : "VM"} ${vm.vmid} "${vm.hostname}"`;
}
function vmInService(ctx, vm, live, hypervisor) {
  if (vm.meaning !== "planned" && vm.meaning !== "provisioning" || live.status !== "running") return [];
  const running = statusWithMeaning(resolveStatuses(ctx.config).vocabularies.vms, "running");
  if (running === void 0) return [];
  const ref = sub(vm.ref, "status");
  return [{
    kind: `running-while-${vm.meaning}`,
    severity: "warning",
    subject: { kind: "vm", id: vm.hostname },
    at: [ref],
    message: `${vmLabel(vm)} is declared ${vm.status} but runs on hypervisor "${hypervisor}"; if it is in service, set status: ${running}`,
    expected: vm.status,
    observed: live.status,
    direction: "declared-stale",
    fix: { kind: "vm-status", file: ref.file, pointer: ref.pointer, value: running }
  }];
}

// src/gates/vm-inventory.ts
var RESOURCES = [
  { key: "cpuCores", yaml: "cpu_cores", unit: "cores" },
  { key: "memoryMb", yaml: "memory_mb", unit: "MB" },
  { key: "bootDiskGb", yaml: "boot_disk_gb", unit: "GB" }
];
var label2 = vmLabel;
function onHypervisor(h) {
  return h.node && h.node !== h.host ? `hypervisor "${h.host}" (node "${h.node}")` : `hypervisor "${h.host}"`;
}
function guestFindings(vm, live, where2) {
  const out = [];
  const subject = { kind: "vm", id: vm.hostname };
  const declaredType = vm.vmType ?? "qemu";
  if (live.type && live.type !== declaredType) {
    out.push({
      kind: "guest-type",
      severity: "warning",
      subject,
      at: [vm.vmType ? sub(vm.ref, "vm_type") : sub(vm.ref, "vmid")],
      message: `${label2(vm)} is declared vm_type ${declaredType} but ${where2} runs it as ${live.type === "lxc" ? "an LXC container" : "a qemu VM"}; set vm_type: ${live.type}`,
      expected: declaredType,
      observed: live.type,
      direction: "declared-stale"
    });
  }
  if (live.onboot === void 0) return out;
  if (vm.onboot !== void 0 && vm.onboot !== live.onboot) {
    const ref = sub(vm.ref, "onboot");
    out.push({
      kind: "onboot",
      severity: "warning",
      subject,
      at: [ref],
      message: `${label2(vm)} has onboot ${live.onboot ? 1 : 0} on ${where2} but vm.lifecycle declares onboot: ${vm.onboot}; one of the two is stale`,
      expected: vm.onboot,
      observed: live.onboot,
      direction: "inconsistent"
    });
  } else if (vm.onboot === void 0 && !live.onboot && vm.meaning === "running") {
    out.push({
      kind: "onboot-off",
      severity: "notice",
      subject,
      at: [sub(vm.ref, "status")],
      message: `${label2(vm)} is ${vm.status} but does not start with its node on ${where2} (onboot 0); declare onboot: false if that is intended`,
      expected: true,
      observed: false,
      direction: "inconsistent"
    });
  }
  return out;
}
function governedBy(ctx, h, all) {
  return ctx.model.vms.filter((vm) => vm.proxmoxHost ? vm.proxmoxHost === h.host : all.length === 1);
}
function resourceFindings(vm, live, hypervisor) {
  const out = [];
  const declared3 = vm.resources;
  if (!declared3) return out;
  for (const r of RESOURCES) {
    const want = declared3[r.key];
    const have = live[r.key];
    if (want === void 0 || have === void 0 || want === have) continue;
    const ref = sub(vm.ref, "resources", r.yaml);
    out.push({
      kind: `resources-${r.yaml}`,
      severity: "warning",
      subject: { kind: "vm", id: vm.hostname },
      at: [ref],
      message: `${label2(vm)} has ${have} ${r.unit} on "${hypervisor}" but vm.lifecycle declares ${r.yaml}: ${want}; update the binding`,
      expected: want,
      observed: have,
      direction: "declared-stale",
      fix: { kind: "vm-resources", file: ref.file, pointer: ref.pointer, value: have }
    });
  }
  return out;
}
function judgeDeclared(vm, live, hypervisor, elsewhere) {
  const subject = { kind: "vm", id: vm.hostname };
  const at2 = [sub(vm.ref, "status")];
  if (!live && elsewhere && vm.meaning !== "inert") {
    return [{
      kind: "moved",
      severity: "warning",
      subject,
      at: [sub(vm.ref, "proxmox_host")],
      message: `${label2(vm)} is declared on proxmox_host "${hypervisor}" but ${onHypervisor(elsewhere.h)} lists it (${elsewhere.live.status}); update proxmox_host or migrate it back`,
      expected: hypervisor,
      observed: elsewhere.h.host,
      direction: "declared-stale",
      details: { node: elsewhere.live.node ?? elsewhere.h.node }
    }];
  }
  if (vm.meaning === "running") {
    if (!live) {
      return [{
        kind: "missing",
        subject,
        at: at2,
        message: `${label2(vm)} is declared ${vm.status} but hypervisor "${hypervisor}" does not list it`,
        expected: "running",
        observed: "absent",
        direction: "live-broken"
      }];
    }
    const out = live.status === "running" ? [] : [{
      kind: "not-running",
      subject,
      at: at2,
      message: `${label2(vm)} is declared ${vm.status} but is ${live.status} on hypervisor "${hypervisor}"`,
      expected: "running",
      observed: live.status,
      direction: "live-broken"
    }];
    return [...out, ...resourceFindings(vm, live, hypervisor)];
  }
  const gone = live ? { live, on: hypervisor } : elsewhere ? { live: elsewhere.live, on: elsewhere.h.host } : void 0;
  if (vm.meaning === "inert" && gone) {
    return [{
      kind: "still-present",
      subject,
      at: at2,
      message: `${label2(vm)} is declared ${vm.status} but still exists on hypervisor "${gone.on}" (${gone.live.status}); destroy it or correct its status`,
      expected: "absent",
      observed: gone.live.status,
      direction: "live-broken"
    }];
  }
  return [];
}
function judgeHypervisor(ctx, h, all) {
  const file = ctx.model.paths.vms;
  if (!h.ok) {
    const reason = h.failure?.reason ?? "error";
    return {
      findings: [{
        kind: `probe-${reason}`,
        subject: { kind: "host", id: h.host },
        at: [{ file, pointer: "/vms" }],
        message: `hypervisor "${h.host}" could not be listed (${reasonLabel(reason)}${h.failure?.error ? `: ${h.failure.error}` : ""}); VM states not checked, so drift cannot be ruled out`,
        observed: reasonLabel(reason),
        direction: "unknown",
        severity: "warning",
        inconclusive: true,
        details: { reason, durationMs: h.durationMs }
      }],
      guests: 0
    };
  }
  const declared3 = governedBy(ctx, h, all);
  const out = [];
  const where2 = onHypervisor(h);
  let guests = 0;
  for (const vm of declared3) {
    if (vm.meaning === "unknown") continue;
    guests += 1;
    const live = h.vms.find((v) => v.vmid === vm.vmid);
    const same = (v) => v.vmid === vm.vmid && v.name === vm.hostname;
    const other = live ? void 0 : all.find((o) => o !== h && o.ok && o.vms.some(same));
    const elsewhere = other ? { h: other, live: other.vms.find(same) } : void 0;
    out.push(...judgeDeclared(vm, live, h.host, elsewhere));
    if (live) out.push(...vmInService(ctx, vm, live, h.host));
    if (live && vm.meaning !== "inert") out.push(...guestFindings(vm, live, where2));
  }
  for (const live of h.vms) {
    if (live.template || declared3.some((vm) => vm.vmid === live.vmid)) continue;
    if (ctx.model.vms.some((vm) => vm.vmid === live.vmid && vm.hostname === live.name && vm.proxmoxHost && vm.proxmoxHost !== h.host)) continue;
    if (mayBeUnreadable(ctx.model, "vms", live.name) || mayBeUnreadable(ctx.model, "vms", String(live.vmid))) continue;
    out.push({
      kind: "undeclared",
      severity: "warning",
      subject: { kind: "vm", id: String(live.vmid) },
      at: [{ file, pointer: "/vms" }],
      message: `undeclared ${live.type === "lxc" ? "LXC" : "VM"} ${live.vmid} "${live.name}" (${live.status}) on ${where2}: add it to vm.lifecycle or destroy it`,
      expected: "declared",
      observed: live.status,
      direction: "declared-stale",
      details: { vmid: live.vmid, name: live.name, ...live.type ? { type: live.type } : {} }
    });
  }
  return { findings: out, guests };
}
function notProbed2(ctx, all) {
  const seen = new Set(all.map((h) => h.host));
  const byHost = /* @__PURE__ */ new Map();
  for (const vm of ctx.model.vms) {
    if (vm.meaning !== "running" || !vm.proxmoxHost || seen.has(vm.proxmoxHost)) continue;
    byHost.set(vm.proxmoxHost, [...byHost.get(vm.proxmoxHost) ?? [], vm]);
  }
  return [...byHost].map(([host, vms]) => ({
    kind: "not-probed",
    subject: { kind: "host", id: host },
    at: vms.map((vm) => sub(vm.ref, "proxmox_host")),
    message: `hypervisor "${host}" was not probed (the observation snapshot has no entry for it); the state of ${vms.length} active VM${vms.length === 1 ? "" : "s"} (${vms.map((v) => v.vmid).join(", ")}) not checked, so drift cannot be ruled out`,
    observed: "not probed",
    direction: "unknown",
    severity: "warning",
    inconclusive: true,
    details: { reason: "not-probed", vmids: vms.map((v) => v.vmid) }
  }));
}
var vm_inventory_default = defineGate({
  id: "vm-inventory",
  aliases: [],
  kind: "live",
  severity: "error",
  describe: "Compares the hypervisor's guests (qm and pct: VMs and LXC containers) with vm.lifecycle: active ones must run on their declared proxmox_host, decommissioned ones be gone, no undeclared guests, resources (fixable), vm_type and onboot as declared; a VM declared provisioned that runs is proposed active.",
  reads: ["vms"],
  judges: ["vms"],
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return { findings: [], checked: {} };
    const judged = obs.hypervisors.map((h) => judgeHypervisor(ctx, h, obs.hypervisors));
    return {
      findings: [...judged.flatMap((j) => j.findings), ...notProbed2(ctx, obs.hypervisors)],
      checked: { vms: judged.reduce((n, j) => n + j.guests, 0), hypervisors: obs.hypervisors.filter((h) => h.ok).length }
    };
  }
});

// src/gates/workflow-checks.ts
function branchMatches(patterns, branch) {
  let matched = false;
  for (const raw of patterns) {
    const negated = raw.startsWith("!");
    const pattern = negated ? raw.slice(1) : raw;
    const re = new RegExp(
      `^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*\*/g, "\0").replace(/\*/g, "[^/]*").replace(/\?/g, ".").replace(/\u0000/g, ".*")}$`
    );
    if (re.test(branch)) matched = !negated;
  }
  return matched;
}
var asStrings = (v) => typeof v === "string" ? [v] : Array.isArray(v) ? v.filter((x) => typeof x === "string") : void 0;
function triggersOn(on, event, branch) {
  if (typeof on === "string") return on === event;
  if (Array.isArray(on)) return on.includes(event);
  if (on === null || typeof on !== "object") return false;
  const map = on;
  if (!(event in map)) return false;
  const filter = map[event];
  if (filter === null || typeof filter !== "object") return true;
  const f = filter;
  const include = asStrings(f.branches);
  const exclude = asStrings(f["branches-ignore"]);
  if (include) return branchMatches(include, branch);
  if (exclude) return !branchMatches(exclude, branch);
  return true;
}
var MOVING_REFS = /* @__PURE__ */ new Set(["main", "master", "head", "latest", "develop", "dev", "trunk", "nightly", "stable"]);
function unpinnedUses(uses) {
  const ref = uses.trim();
  if (ref.startsWith("./") || ref.startsWith("../")) return void 0;
  if (ref.startsWith("docker://")) {
    const image = ref.slice("docker://".length);
    if (image.includes("@sha256:")) return void 0;
    const tag = /:([^/:]+)$/.exec(image)?.[1];
    if (tag === void 0) return "has no tag or digest";
    return tag === "latest" ? 'uses the moving tag "latest"' : void 0;
  }
  const at2 = ref.lastIndexOf("@");
  if (at2 < 0) return "names no version";
  const version = ref.slice(at2 + 1);
  if (/^[0-9a-f]{40}$/i.test(version)) return void 0;
  if (MOVING_REFS.has(version.toLowerCase())) return `follows the moving ref "${version}"`;
  return void 0;
}
function unpinnedDownloads(script) {
  const out = [];
  for (const m of script.matchAll(/https?:\/\/[^\s"'`)]+/g)) {
    const url = m[0];
    if (/\/releases\/latest(\/|$)|\/latest\/download\//.test(url)) {
      out.push({ match: url, why: `downloads "${url}", whatever release is latest that day` });
    }
  }
  for (const m of script.matchAll(/\b(curl|wget)\b[^\n|]*\|\s*(sudo\s+)?(ba|z|)sh\b/g)) {
    out.push({ match: m[0], why: "pipes a download straight into a shell" });
  }
  return out;
}

// src/gates/workflow-lock.ts
var RUNS_GATES = /drift[-_]?gate/i;
function obj4(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
function stepsOf(data) {
  const out = [];
  for (const [jobId, rawJob] of Object.entries(obj4(data.jobs) ?? {})) {
    const job = obj4(rawJob);
    if (!job) continue;
    if (typeof job.uses === "string") out.push({ path: ["jobs", jobId], uses: job.uses });
    const steps = Array.isArray(job.steps) ? job.steps : [];
    steps.forEach((rawStep, i) => {
      const step = obj4(rawStep);
      if (!step) return;
      const s = { path: ["jobs", jobId, "steps", i] };
      if (typeof step.uses === "string") s.uses = step.uses;
      if (typeof step.run === "string") s.run = step.run;
      out.push(s);
    });
  }
  return out;
}
function place2(file, path, needle) {
  const loc = locateIn(file, pointerOf(path));
  if (!needle) return loc;
  const start = (file.lineCounter.lineStarts[loc.line - 1] ?? 0) + loc.column - 1;
  const found = file.text.indexOf(needle, start);
  if (found < 0) return loc;
  const pos = file.lineCounter.linePos(found);
  return { ...loc, line: pos.line, column: pos.col };
}
function findings(model, problems, branch) {
  const dir = model.paths.workflows;
  const files = [...model.files.values()].filter((f) => f.kind === "workflow").sort((a, b) => a.path.localeCompare(b.path));
  const dirLoc = { file: dir, line: 1, column: 1, pointer: "" };
  const out = [];
  const gateFiles = [];
  let unparseable = 0;
  for (const f of files) {
    const data = obj4(f.data);
    const name2 = fileName(f.path);
    if (!data || !obj4(data.jobs)) {
      const syntax = problems.find((p) => p.location.file === f.path && p.severity === "error");
      const why = syntax ? `does not parse (${syntax.message.replace(/\s+/g, " ").trim()})` : 'is not a workflow (it has no "jobs" mapping)';
      out.push({
        message: `workflow "${name2}" ${why}, so CI cannot run it (D50)`,
        subject: { kind: "file", id: f.path },
        at: [syntax ? syntax.location : { file: f.path, line: 1, column: 1, pointer: "" }],
        kind: "workflow-unparseable"
      });
      unparseable++;
      continue;
    }
    const steps = stepsOf(data);
    if (steps.some((s) => RUNS_GATES.test(s.run ?? "") || RUNS_GATES.test(s.uses ?? ""))) gateFiles.push(f);
    for (const s of steps) {
      const why = s.uses === void 0 ? void 0 : unpinnedUses(s.uses);
      if (s.uses !== void 0 && why) {
        out.push({
          message: `workflow "${name2}" uses "${s.uses}", which ${why}; pin it to ${s.uses.startsWith("docker://") ? "an image tag or digest" : "a release tag or a commit SHA"}`,
          subject: { kind: "file", id: `${f.path}#${s.uses}` },
          at: [place2(f, [...s.path, "uses"])],
          kind: "unpinned-action",
          severity: "warning",
          observed: s.uses
        });
      }
      for (const d of unpinnedDownloads(s.run ?? "")) {
        out.push({
          message: `workflow "${name2}" ${d.why}; pin a version and verify its checksum`,
          subject: { kind: "file", id: `${f.path}#${d.match}` },
          at: [place2(f, [...s.path, "run"], d.match)],
          kind: "unpinned-download",
          severity: "warning",
          observed: d.match
        });
      }
    }
  }
  if (files.length === 0) {
    out.push({
      message: `there is no CI workflow under "${dir}/", so no drift gate runs on pull requests (D50); add one that runs "driftgate check --offline" on push and pull_request`,
      subject: { kind: "file", id: dir },
      at: [dirLoc],
      kind: "no-workflow"
    });
    return out;
  }
  if (gateFiles.length === 0 && unparseable > 0) return out;
  if (gateFiles.length === 0) {
    out.push({
      message: `${files.length === 1 ? "the only workflow" : `none of the ${files.length} workflows`} under "${dir}/" ${files.length === 1 ? "does not run" : "runs"} the drift gates (D50); add a step that runs driftgate or drift-gate.sh`,
      subject: { kind: "file", id: dir },
      at: files.map((f) => ({ file: f.path, line: 1, column: 1, pointer: "" })),
      kind: "no-gate-workflow"
    });
    return out;
  }
  const first = gateFiles[0];
  const onLoc = place2(first, ["on"]);
  for (const [event, label3] of [
    ["pull_request", `pull requests to "${branch}"`],
    ["push", `pushes to "${branch}"`]
  ]) {
    if (gateFiles.some((f) => triggersOn(obj4(f.data)?.on, event, branch))) continue;
    out.push({
      message: `the drift-gate workflow "${fileName(first.path)}" does not run on ${label3} (D50); add "${event}" with branches [${branch}] to its "on:"`,
      subject: { kind: "file", id: first.path },
      at: [onLoc],
      kind: `missing-trigger:${event}`,
      expected: `${event} on ${branch}`
    });
  }
  return out;
}
var workflow_lock_default = defineGate({
  id: "workflow-lock",
  aliases: ["D50"],
  kind: "static",
  severity: "error",
  describe: "A CI workflow under .gitea/workflows runs the drift gates on pull requests and pushes to the default branch, and pins the actions and tools it downloads.",
  // a workflow that does not parse is this gate's own finding (CI cannot run it), not a blocker
  reads: ["workflows"],
  judges: [],
  run: (ctx) => ({
    findings: findings(ctx.model, ctx.problems, ctx.config.fix.base),
    checked: { workflows: [...ctx.model.files.values()].filter((f) => f.kind === "workflow").length }
  })
});

// src/gates/index.ts
var GATES = [
  // static gates
  schema_default,
  references_default,
  ip_parity_default,
  health_coverage_default,
  compose_parity_default,
  vm_governance_default,
  caddy_proto_default,
  ssh_trust_default,
  unique_ids_default,
  workflow_lock_default,
  decommission_sweep_default,
  registry_parity_default,
  // live gates
  compose_state_default,
  registry_status_default,
  unmanaged_containers_default,
  health_default,
  backup_freshness_default,
  vm_inventory_default,
  host_identity_default,
  deployed_compose_default,
  backup_depth_default,
  disk_usage_default
];

export {
  SHELL_SAFE_PATTERN,
  obj,
  str,
  name,
  num,
  bool,
  safe,
  strings,
  nstr,
  expectCodes,
  firstUnreadable,
  refIn,
  fieldsOf,
  planeValue,
  entryRef,
  unreadable,
  listAt,
  mapAt,
  notAMap,
  ENTITY_PLACES,
  schemaAt,
  deriveSchema,
  spellingClash,
  valuesAt,
  CORE_KINDS,
  BINDING_KINDS,
  bindingState,
  textState,
  workflowsState,
  isBroken,
  sub,
  homeOf,
  expandHome,
  KIND_LABELS,
  SUBJECT,
  COVERAGE_DETAIL,
  coverageText,
  brokenInputs,
  notEvaluatedDraft,
  affectedKinds,
  unreadableDrafts,
  unknownStatusDrafts,
  placeService,
  servicesNaming,
  hostServicesNaming,
  fingerprint,
  schema_default,
  triggersOn,
  unpinnedUses,
  GATES
};
