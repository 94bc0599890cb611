import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  hostServicesNaming,
  isUp,
  matchContainer,
  problemToFinding,
  servicesNaming,
  stackViews
} from "./chunk-5YKCWURR.js";
import {
  expandHome,
  targetHome,
  trimSlash
} from "./chunk-LIMRRP4O.js";
import {
  locate,
  locateIn,
  parsePointer,
  pointerOf
} from "./chunk-2LFZN6BM.js";

// src/gates/types.ts
function defineGate(def) {
  return def;
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

// src/gates/gate-helpers.ts
import { posix } from "node:path";
function sub(ref, ...path) {
  return { file: ref.file, pointer: ref.pointer + pointerOf(path) };
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
function closestName(name, candidates) {
  let best;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = c.startsWith(name) || name.startsWith(c) || c.endsWith(name) ? 1 : distance(name, c);
    if (d < bestScore) [best, bestScore] = [c, d];
  }
  return bestScore <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
}
function didYouMean(name, candidates) {
  const best = closestName(name, candidates);
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
var backup_freshness_default = defineGate({
  id: "backup-freshness",
  aliases: ["D19"],
  kind: "live",
  severity: "error",
  describe: "Checks that the newest file matching each enabled backup target's glob is younger than its stale_after_hours; a missing directory or no match fails.",
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return [];
    const out = [];
    for (const b of ctx.model.backups) {
      if (!b.enabled) continue;
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
      const f = judge(b, o, ctx.now);
      if (f) out.push(f);
    }
    return out;
  }
});

// src/caddy/placeholders.ts
var ENV_PLACEHOLDER = /\{\$([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?\}/g;
function expandEnv(text, env = {}) {
  return text.replace(ENV_PLACEHOLDER, (whole, name, fallback) => {
    const value = env[name];
    if (value !== void 0) return value;
    return fallback ?? whole;
  });
}
function hasPlaceholder(text) {
  return /\{[^{}\s]+\}/.test(text);
}

// src/caddy/upstream-dial.ts
var DEFAULT_PORTS = { http: "80", https: "443", h2c: "80", "": "80" };
function upstreamDial(text, env = {}) {
  const value = expandEnv(text, env).trim();
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
function tokenize(text) {
  const tokens = [];
  const problems = [];
  let line = 1;
  let column = 0;
  let logical = 1;
  let val = "";
  let start = { line: 1, column: 1, logical: 1 };
  let quoted = false;
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
    quoted = false;
    btQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
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
    if (!quoted && !btQuoted && !escaped && val.startsWith("<<")) {
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
    if (quoted || btQuoted) {
      if (quoted && escaped) {
        if (ch !== '"') val += "\\";
        escaped = false;
      } else if (quoted && ch === '"') {
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
        quoted = true;
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
  } else if (quoted || btQuoted) {
    syntax(`unterminated ${quoted ? "double-quoted" : "backtick-quoted"} token opened here`, start);
    emit(quoted ? '"' : "`");
  } else if (val.length > 0) {
    emit();
  }
  return { tokens, problems };
}

// src/caddy/parse-caddyfile.ts
var MAX_IMPORTS = 1e3;
var isBare = (t, text) => t !== void 0 && t.quote === void 0 && t.text === text;
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
function replaceArgs(text, args) {
  if (!text.includes("{args")) return text;
  return text.replace(/\{args(?:\.(\d+)|\[(\d+)\])\}/g, (_m, a, b) => {
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
    const text = t.text.replace(/,+$/, "");
    if (text !== "") keys.push({ ...t, text });
  }
  return keys;
}
function parseCaddyfile(text, file) {
  const lexed = tokenize(text);
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
  const text = model.files.get(file)?.text;
  const rule = ruleRef(model);
  const ruleAt = rule ? [rule] : [];
  const wanted = new Set(authUpstreams.map((u) => upstreamDial(u)).filter((d) => d !== void 0));
  const wantedList = [...wanted].join(", ");
  const hosts = [...wanted].map((d) => d.replace(/:[^:]*$/, ""));
  const loc = (line, column) => ({ file, line, column, pointer: "" });
  if (text === void 0) {
    const svc = authService(model, hosts);
    if (!svc && !rule) return [];
    return [
      {
        message: `there is no Caddyfile at "${file}" although the spine declares an auth server, so D51 cannot be checked; add the Caddyfile or point paths.caddyfile at it`,
        subject: { kind: "file", id: file },
        at: [...svc ? [svc] : [], ...ruleAt],
        kind: "caddyfile-missing",
        expected: file,
        observed: "missing"
      }
    ];
  }
  const parsed = parseCaddyfile(text, file);
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
  return out;
}
var caddy_proto_default = defineGate({
  id: "caddy-proto",
  aliases: ["D51"],
  kind: "static",
  severity: "error",
  describe: 'Every Caddy reverse_proxy to the auth server sets "header_up X-Forwarded-Proto https" (parsed, not grepped); a Caddyfile without such a block fails.',
  run: (ctx) => run(ctx.model, ctx.config.caddy.authUpstreams)
});

// src/gates/compose-parity.ts
import { posix as posix2 } from "node:path";
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
  const dir = trimSlash(posix2.dirname(s.compose));
  const field = sub(s.ref, "compose");
  const target = m.composeTargets.find((t) => t.id === s.host);
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
      expected: `${trimSlash(sameAfterExpansion.path)}/${posix2.basename(s.compose)}`,
      observed: s.compose
    });
    return;
  }
  const elsewhere = m.stacks.find((st) => st.target !== target.id && trimSlash(st.path) === dir);
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
function vmListsStacks(m, out) {
  for (const target of m.composeTargets) {
    if (!target.enabled) continue;
    const vm = m.vms.find((v) => v.hostname === target.id && v.status === "active");
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
  run(ctx) {
    const out = [];
    for (const s of ctx.model.services) serviceInStack(ctx.model, s, out);
    sharedPaths(ctx.model, out);
    vmListsStacks(ctx.model, out);
    return out;
  }
});

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
  const label2 = gap.subject.kind === "host" ? `host "${gap.subject.id}"` : `stack "${gap.subject.id}"`;
  const stacks2 = gap.subject.kind === "host" ? ` (stacks: ${names})` : "";
  return {
    kind: `inconclusive-${gap.key}`,
    subject: gap.subject,
    at: gap.at,
    message: `${label2} ${gapCause(gap)}; ${what} not checked${stacks2}, so drift cannot be ruled out`,
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

// src/gates/compose-state.ts
function judgeExited(ctx, view, c) {
  const placed = servicesNaming(view.services, c).map((p) => p.service);
  const services2 = placed.length > 0 ? placed : hostServicesNaming(ctx.model, view.target.id, c);
  const declared2 = services2[0]?.status;
  const expected = services2.length > 0 && services2.every((s) => s.status !== "active");
  return {
    name: c.name,
    state: c.state,
    status: c.status,
    exitCode: c.exitCode,
    services: services2.map((s) => s.id),
    ...declared2 !== void 0 ? { declared: declared2 } : {},
    expected,
    judgedByRegistryStatus: placed.length > 0
  };
}
function describeOne(j) {
  const state = j.state === "exited" ? "" : `${j.state}, `;
  if (j.declared === void 0) return `${j.name} (${state}not in the registry)`;
  if (j.expected) return `${j.name} (${state}declared ${j.declared})`;
  return `${j.name} (${state}declared ${j.declared}: unexpected)`;
}
function summary(ctx, view) {
  const containers = view.obs.containers;
  const name = view.stack.name;
  if (containers.length === 0) {
    return {
      kind: "empty-stack",
      subject: { kind: "stack", id: name },
      at: [view.stack.ref],
      message: `stack "${name}" on "${view.target.id}" has no containers at all (docker compose ps -a lists none in ${view.stack.path}); deploy it or remove it from the compose targets`,
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
  const allExpected = judged.every((j) => j.expected);
  const unexpected = judged.filter((j) => !j.expected);
  const unreported = unexpected.filter((j) => !j.judgedByRegistryStatus);
  const verdict = allExpected ? "all expected" : unreported.length > 0 ? `${unexpected.length} unexpected` : "unexpected ones are reported by registry-status";
  return {
    kind: allExpected ? "exited-expected" : unreported.length > 0 ? "exited-unreported" : "exited-unexpected",
    severity: unreported.length > 0 ? "error" : "notice",
    subject: { kind: "stack", id: name },
    at: [view.stack.ref],
    message: `${name}: ${running}/${containers.length} running; exited: ${judged.map(describeOne).join(", ")} \u2014 ${verdict}`,
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
  describe: "Lists every stack with `docker compose ps -a` and reports running/total with each exited container judged against its declared status; exited containers are never hidden.",
  run(ctx) {
    if (!ctx.observations) return [];
    const split = splitStacks(stackViews(ctx.model, ctx.observations), ctx.observations);
    const out = [];
    for (const view of split.listed) {
      const f = summary(ctx, view);
      if (f) out.push(f);
    }
    for (const view of split.drift) out.push(driftFinding(view));
    for (const gap of split.gaps) {
      const f = gapFinding(gap, (views) => `container states of ${views.length} stack${views.length === 1 ? "" : "s"}`);
      if (f) out.push(f);
    }
    return out;
  }
});

// src/gates/health.ts
var SLOW_RATIO = 0.8;
var BROKEN = /* @__PURE__ */ new Set(["timeout", "refused", "reset", "dns", "tls", "unreachable"]);
function expectText(e) {
  return e.expect.join(" or ");
}
function timing(o) {
  return { durationMs: o.durationMs, timeoutMs: o.timeoutMs, attempts: o.attempts };
}
function judge2(e, o) {
  const at2 = [sub(e.ref, "url")];
  const subject = { kind: "endpoint", id: e.id };
  const url = redactUrl(e.url);
  const took = `${seconds(o.durationMs)} s (max_time ${deadline(o.timeoutMs)} s)`;
  if (!o.ok || o.status === void 0) {
    const reason = o.failure?.reason ?? "error";
    const label2 = reasonLabel(reason);
    const tries = o.attempts > 1 ? ` (${o.attempts} attempts)` : "";
    if (!BROKEN.has(reason)) {
      return {
        kind: `probe-${reason}`,
        subject,
        at: at2,
        message: `${e.id}: the probe of ${url} failed (${label2}${o.failure?.error ? `: ${o.failure.error}` : ""}); health not checked, so drift cannot be ruled out`,
        expected: e.expect,
        observed: label2,
        direction: "unknown",
        severity: "warning",
        inconclusive: true,
        details: { ...timing(o), reason, url }
      };
    }
    return {
      kind: `failure-${reason}`,
      subject,
      at: at2,
      message: `${e.id}: ${label2} after ${took} probing ${url}; expected HTTP ${expectText(e)}${tries}`,
      expected: e.expect,
      observed: label2,
      direction: "live-broken",
      details: { ...timing(o), reason, url, ...o.failure?.error ? { error: o.failure.error } : {} }
    };
  }
  if (!e.expect.includes(o.status)) {
    const isRedirect = o.status >= 300 && o.status < 400;
    const redirect = isRedirect && o.location ? ` redirecting to ${redactUrl(o.location)}` : "";
    const note = isRedirect ? " (redirects are not followed)" : "";
    return {
      kind: "unexpected-status",
      subject,
      at: at2,
      message: `${e.id}: HTTP ${o.status}${redirect} from ${url}, expected ${expectText(e)}${note}`,
      expected: e.expect,
      observed: o.status,
      direction: "live-broken",
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
  describe: "Compares each enabled health probe's HTTP status with its expect (no redirects followed), classifies TIMEOUT/REFUSED/DNS/TLS failures and warns when latency nears the deadline.",
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return [];
    const out = [];
    for (const e of ctx.model.endpoints) {
      if (!e.enabled) continue;
      const o = obs.endpoints.find((x) => x.id === e.id);
      const f = o ? judge2(e, o) : notProbed(e);
      if (f) out.push(f);
    }
    return out;
  }
});

// src/gates/health-coverage.ts
function parse(url) {
  try {
    const u = new URL(url);
    return { port: u.port || (u.protocol === "https:" ? "443" : "80"), path: `${u.pathname || "/"}${u.search}` };
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
function probeOf(m, s) {
  const byId = m.endpoints.find((e) => e.id === s.id);
  if (byId) return byId;
  if (s.port == null || s.health === void 0) return void 0;
  return m.endpoints.find((e) => {
    const p = parse(e.url);
    return e.enabled && e.host === s.host && p?.port === String(s.port) && p.path === s.health;
  });
}
function compareUrl(m, s, e, out) {
  const p = parse(e.url);
  if (!p) return;
  const subject = { kind: "endpoint", id: e.id };
  const both = [sub(e.ref, "url"), sub(s.ref, s.health !== void 0 ? "health" : "port")];
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
  run(ctx) {
    const m = ctx.model;
    const out = [];
    const health = fileName(m.paths.health);
    for (const s of m.services) {
      const probe = probeOf(m, s);
      if (s.status === "parked" || s.status === "stopped") {
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
      if (s.status !== "active") continue;
      if (s.health === void 0) {
        if (probe?.enabled) compareUrl(m, s, probe, out);
        continue;
      }
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
    return out;
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
var host_identity_default = defineGate({
  id: "host-identity",
  aliases: [],
  kind: "live",
  severity: "error",
  describe: "Checks the SSH host key each host presented against the pinned known_hosts key: a changed key fails closed, an unknown key is inconclusive, trust-on-first-use is warned.",
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return [];
    return obs.hosts.map((h) => judge3(ctx, h)).filter((f) => f !== void 0);
  }
});

// src/gates/ip-parity.ts
function urlHost(url) {
  try {
    return new URL(url).hostname.replace(/^\[|\]$/g, "");
  } catch {
    return void 0;
  }
}
function parity(m, out) {
  const reg = fileName(m.paths.registry);
  for (const h of m.hosts) {
    const sshId = h.ssh && h.ssh !== "localhost" ? h.ssh : h.id;
    const target = m.sshTargets.find((t) => t.id === sshId);
    const canon = h.tailscaleIp ? { value: h.tailscaleIp, ref: sub(h.ref, "tailscale_ip"), what: `${reg} host "${h.id}" tailscale_ip` } : target ? { value: target.host, ref: sub(target.ref, "host"), what: `ssh target "${target.id}" host` } : void 0;
    if (!canon) continue;
    const claims = [];
    if (target && h.tailscaleIp) claims.push({ value: target.host, ref: sub(target.ref, "host"), what: `ssh target "${target.id}" host`, sshTarget: true });
    for (const vm2 of m.vms) {
      if (vm2.hostname === h.id && vm2.tailscaleIp) {
        claims.push({ value: vm2.tailscaleIp, ref: sub(vm2.ref, "tailscale_ip"), what: `VM ${vm2.vmid} tailscale_ip` });
      }
    }
    for (const e of m.endpoints) {
      const host = e.host === h.id ? urlHost(e.url) : void 0;
      if (host) claims.push({ value: host, ref: sub(e.ref, "url"), what: `health endpoint "${e.id}" URL host` });
    }
    const vm = m.vms.find((v) => v.hostname === h.id && v.lanIp);
    for (const c of claims) {
      if (c.value === canon.value) continue;
      if (c.sshTarget && vm?.lanIp && c.value === vm.lanIp) {
        const lan = sub(vm.ref, "lan_ip");
        out.push({
          message: `${c.what} is "${c.value}", the LAN address of VM ${vm.vmid} (${where(m, lan)}), while ${canon.what} is "${canon.value}" (${where(m, canon.ref)}); once the VM is on the tailnet, point the target at "${canon.value}"`,
          subject: { kind: "host", id: h.id },
          at: [c.ref, canon.ref, lan],
          kind: "address-lan-bootstrap",
          severity: "warning",
          expected: canon.value,
          observed: c.value
        });
        continue;
      }
      const other = m.hosts.find((x) => x.id !== h.id && x.tailscaleIp === c.value);
      const whose = other ? `, the address of host "${other.id}" (${where(m, sub(other.ref, "tailscale_ip"))})` : "";
      out.push({
        message: `${c.what} is "${c.value}"${whose}, but ${canon.what} is "${canon.value}" (${where(m, canon.ref)}); host "${h.id}" must have one address`,
        subject: { kind: "host", id: h.id },
        at: [c.ref, canon.ref],
        kind: `address-mismatch:${c.ref.file}`,
        expected: canon.value,
        observed: c.value
      });
    }
  }
}
function lanCollisions(m, out) {
  const vms = m.vms.filter((v) => v.lanIp && v.status !== "decommissioned" && v.status !== "template");
  for (const t of m.sshTargets) {
    const vm = vms.find((v) => v.lanIp === t.host);
    if (!vm || vm.sshTarget === t.id || vm.sshTarget == null && vm.hostname === t.id) continue;
    const lan = sub(vm.ref, "lan_ip");
    out.push({
      message: `ssh target "${t.id}" host "${t.host}" is the LAN address of VM ${vm.vmid} (${vm.hostname}) (${where(m, lan)}), whose ssh target is "${vm.sshTarget ?? "none"}"; one of the two addresses is stale`,
      subject: { kind: "host", id: t.id },
      at: [sub(t.ref, "host"), lan],
      kind: "lan-address-of-other-vm",
      expected: `not ${t.host}`,
      observed: t.host
    });
  }
}
function duplicates(claims, kind, out, m) {
  const first = /* @__PURE__ */ new Map();
  for (const c of claims) {
    const prev = first.get(c.value);
    if (!prev) {
      first.set(c.value, c);
      continue;
    }
    out.push({
      message: `${c.what} "${c.value}" equals ${prev.what} (${where(m, prev.ref)}); two ids with one address is a copy-paste error or needs an exception`,
      subject: { kind: "host", id: c.value },
      at: [c.ref, prev.ref],
      kind: `duplicate-address:${kind}`,
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
  describe: "A host's address agrees across SERVICE_REGISTRY hosts, ssh.targets, vm.lifecycle and its health URLs, and no two ids share one address: a stale IP in one file sends probes, SSH and backups to the wrong machine.",
  run(ctx) {
    const m = ctx.model;
    const out = [];
    parity(m, out);
    lanCollisions(m, out);
    duplicates(m.sshTargets.map((t) => ({ value: t.host, ref: sub(t.ref, "host"), what: `ssh target "${t.id}" host` })), "ssh", out, m);
    duplicates(
      m.hosts.filter((h) => h.tailscaleIp).map((h) => ({ value: h.tailscaleIp, ref: sub(h.ref, "tailscale_ip"), what: `registry host "${h.id}" tailscale_ip` })),
      "registry",
      out,
      m
    );
    const vms = m.vms.filter((v) => v.status !== "decommissioned" && v.status !== "template");
    duplicates(
      [
        ...vms.filter((v) => v.tailscaleIp).map((v) => ({ value: v.tailscaleIp, ref: sub(v.ref, "tailscale_ip"), what: `VM ${v.vmid} tailscale_ip` })),
        ...vms.filter((v) => v.lanIp).map((v) => ({ value: v.lanIp, ref: sub(v.ref, "lan_ip"), what: `VM ${v.vmid} lan_ip` }))
      ],
      "vms",
      out,
      m
    );
    return out;
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
function containerOwner(m, name) {
  const owners = m.services.filter((s) => s.container === name);
  return owners.length === 1 ? owners[0] : void 0;
}
function routeServices(m, out) {
  const keys = new Set(m.services.map((s) => s.id));
  for (const r of m.routes) {
    if (r.service === void 0 || keys.has(r.service)) continue;
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
  if (!m.files.get(m.paths.routing)?.data) return;
  routeServices(m, out);
  publicUrls(m, out);
}

// src/gates/references-vm.ts
var INERT = /* @__PURE__ */ new Set(["decommissioned", "abandoned", "template"]);
function vmName(vm) {
  return `VM ${vm.vmid} (${vm.hostname})`;
}
function backupTarget(m, vm, out) {
  const name = vm.backupTarget;
  if (!name || m.backups.some((b) => b.name === name)) return;
  const covering = m.backups.filter((b) => new RegExp(`(qemu|lxc)-${vm.vmid}-`).test(b.glob));
  const only = covering.length === 1 ? covering[0] : void 0;
  const hint = only ? `; "${only.name}" (${where(m, sub(only.ref, "name"))}) backs up this VM (glob "${only.glob}"): set backup_target to it` : covering.length > 1 ? `; targets backing up this VM: ${covering.map((b) => `"${b.name}"`).join(", ")}` : didYouMean(name, m.backups.map((b) => b.name));
  const field = sub(vm.ref, "backup_target");
  out.push({
    message: `${vmName(vm)} names backup target "${name}", which ${fileName(m.paths.backups)} does not declare${hint}`,
    subject: { kind: "vm", id: String(vm.vmid) },
    at: [field, only ? sub(only.ref, "name") : at(m.paths.backups, "targets")],
    kind: "unknown-backup-target",
    ...only ? { expected: only.name } : {},
    observed: name,
    ...only ? { fix: { file: field.file, pointer: field.pointer, value: only.name } } : {}
  });
}
function services(m, vm, out) {
  const list = sub(vm.ref, "services");
  for (const name of vm.services) {
    const field = sub(list, Math.max(0, indexIn(m, list, name)));
    const svc = m.services.find((s) => s.id === name);
    if (svc) {
      if (svc.host !== void 0 && svc.host !== vm.hostname) {
        out.push({
          message: `${vmName(vm)} lists service "${name}", but ${fileName(m.paths.registry)} runs it on host "${svc.host}" (${where(m, sub(svc.ref, "host"))}); remove it from this VM or fix the registry host`,
          subject: { kind: "service", id: name },
          at: [field, sub(svc.ref, "host")],
          kind: "vm-service-host-mismatch",
          expected: vm.hostname,
          observed: svc.host
        });
      }
      continue;
    }
    const owner = m.services.find((s) => s.container === name && (s.host === void 0 || s.host === vm.hostname));
    out.push({
      message: owner ? `${vmName(vm)} lists service "${name}", which is the container of registry service "${owner.id}" (${where(m, sub(owner.ref, "container"))}), not a registry key; list "${owner.id}"` : `${vmName(vm)} lists service "${name}", which ${fileName(m.paths.registry)} does not declare${didYouMean(name, m.services.map((s) => s.id)) || "; declare it there or remove it from this VM"}`,
      subject: { kind: "service", id: owner ? owner.id : name },
      at: [field, owner ? sub(owner.ref, "container") : at(m.paths.registry, "services")],
      kind: owner ? "vm-service-is-container" : "unknown-vm-service",
      ...owner ? { expected: owner.id } : {},
      observed: name,
      ...owner ? { fix: { file: field.file, pointer: field.pointer, value: owner.id } } : {}
    });
  }
}
function stacks(m, vm, out) {
  if (vm.stacks.length === 0) return;
  const target = m.composeTargets.find((t) => t.id === vm.hostname);
  const list = sub(vm.ref, "stacks");
  const compose = fileName(m.paths.compose);
  for (const name of vm.stacks) {
    if (target?.stacks.some((s) => s.name === name)) continue;
    const field = sub(list, Math.max(0, indexIn(m, list, name)));
    out.push({
      message: target ? `${vmName(vm)} lists stack "${name}", which compose target "${target.id}" in ${compose} does not declare${didYouMean(name, target.stacks.map((s) => s.name)) || "; declare the stack there or remove it from this VM"}` : `${vmName(vm)} lists stack "${name}", but ${compose} has no compose target "${vm.hostname}"; add the target with its stacks`,
      subject: { kind: "stack", id: `${vm.hostname}/${name}` },
      at: [field, target ? sub(target.ref, "stacks") : at(m.paths.compose, "targets")],
      kind: target ? "unknown-vm-stack" : "vm-host-without-compose-target",
      observed: name
    });
  }
}
function vmReferences(m, out) {
  const ssh = new Set(m.sshTargets.map((t) => t.id));
  for (const vm of m.vms) {
    if (INERT.has(vm.status)) continue;
    if (vm.sshTarget && !ssh.has(vm.sshTarget)) {
      out.push({
        message: `${vmName(vm)} is reached through ssh target "${vm.sshTarget}", which ${fileName(m.paths.ssh)} does not declare${didYouMean(vm.sshTarget, ssh) || "; declare it there or fix the name"}`,
        subject: { kind: "vm", id: String(vm.vmid) },
        at: [sub(vm.ref, "ssh_target"), at(m.paths.ssh, "ssh", "targets")],
        kind: "unknown-ssh-target",
        observed: vm.sshTarget
      });
    }
    backupTarget(m, vm, out);
    services(m, vm, out);
    stacks(m, vm, out);
  }
}

// src/gates/references.ts
function hostRefs(m, out) {
  const hosts = new Set(m.hosts.map((h) => h.id));
  const hostsRef = at(m.paths.registry, "hosts");
  const reg = fileName(m.paths.registry);
  for (const e of m.endpoints) {
    if (e.host === void 0 || hosts.has(e.host)) continue;
    out.push({
      message: `health endpoint "${e.id}" names host "${e.host}", which is not a host of ${reg}${didYouMean(e.host, hosts) || "; declare it under hosts or fix the name"}`,
      subject: { kind: "endpoint", id: e.id },
      at: [sub(e.ref, "host"), hostsRef],
      kind: "unknown-host",
      expected: [...hosts].sort(),
      observed: e.host
    });
  }
  for (const s of m.services) {
    if (s.host === void 0 || hosts.has(s.host)) continue;
    out.push({
      message: `service "${s.id}" runs on host "${s.host}", which is not declared under hosts of ${reg}${didYouMean(s.host, hosts) || "; declare it there or fix the name"}`,
      subject: { kind: "service", id: s.id },
      at: [sub(s.ref, "host"), hostsRef],
      kind: "unknown-host",
      observed: s.host
    });
  }
  for (const d of m.deployDependencies) {
    const svc = m.services.find((s) => s.id === d.service);
    const subject = { kind: "service", id: d.service };
    if (!svc) {
      out.push({
        message: `deploy chain "${d.chain}" affects service "${d.service}", which ${reg} does not declare${didYouMean(d.service, m.services.map((s) => s.id)) || "; fix the name or declare the service"}`,
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
function endpointServices(m, out) {
  const services2 = new Map(m.services.map((s) => [s.id, s]));
  const health = fileName(m.paths.health);
  for (const e of m.endpoints) {
    const svc = services2.get(e.id);
    if (!svc) {
      if (!e.enabled) continue;
      const owner = m.services.find(
        (s) => s.host === e.host && s.port != null && s.health !== void 0 && urlPortPath(e.url) === `${s.port}${s.health}`
      );
      const hint = owner ? `; it probes the health URL of service "${owner.id}" (${where(m, owner.ref)}): rename the endpoint to "${owner.id}"` : didYouMean(e.id, services2.keys()) || "; rename it to its registry service or disable it";
      out.push({
        message: `enabled health endpoint "${e.id}" has no service of that id in ${fileName(m.paths.registry)}${hint}`,
        subject: { kind: "endpoint", id: e.id },
        at: [sub(e.ref, "id"), owner ? owner.ref : at(m.paths.registry, "services")],
        kind: "endpoint-without-service",
        ...owner ? { expected: owner.id } : {},
        observed: e.id,
        ...owner ? { fix: { file: e.ref.file, pointer: sub(e.ref, "id").pointer, value: owner.id } } : {}
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
  const missing2 = (message, subject, ref, name) => {
    out.push({ message: `${message}, which ${sshFile} does not declare${didYouMean(name, ssh) || "; declare it there or fix the name"}`, subject, at: [ref, sshRef], kind: "unknown-ssh-target", observed: name });
  };
  for (const t of m.composeTargets) {
    if (t.sshTarget !== void 0 && !ssh.has(t.sshTarget)) missing2(`compose target "${t.id}" connects through ssh target "${t.sshTarget}"`, { kind: "host", id: t.id }, sub(t.ref, "ssh_target"), t.sshTarget);
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
      message: `service "${s.id}" uses secrets project "${s.secretsProject}", which is not one of the infisical_projects (${[...m.secretsProjects.keys()].join(", ")}) at ${where(m, at(m.paths.registry, "infisical_projects"))}${didYouMean(s.secretsProject, m.secretsProjects.keys()) || "; add it there with its project id, or fix the name"}`,
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
  run(ctx) {
    const out = [];
    hostRefs(ctx.model, out);
    endpointServices(ctx.model, out);
    sshRefs(ctx.model, out);
    secretsRefs(ctx.model, out);
    vmReferences(ctx.model, out);
    routeReferences(ctx.model, out);
    return out;
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

// src/gates/registry-status.ts
function uptime(c) {
  const m = /^Up\s+(.+?)(?:\s+\((?:healthy|unhealthy|health: starting|Paused)\))?$/i.exec(c.status.trim());
  if (m?.[1]) return ` for ${m[1].charAt(0).toLowerCase()}${m[1].slice(1)}`;
  return c.status ? ` (${c.status})` : "";
}
function stale(ctx, p, c) {
  const { service } = p;
  const parked = service.status === "parked";
  const meaning = parked ? "intentionally stopped" : "crashed or exited";
  return {
    kind: `running-while-${service.status}`,
    severity: parked ? "warning" : "error",
    subject: { kind: "service", id: service.id },
    at: [statusRef(ctx.model, service)],
    message: `service "${service.id}" is declared "${service.status}" (${meaning}) but container "${c.name}" in stack "${p.stack.name}" has been running${uptime(c)}; the registry is stale: set status: active`,
    expected: service.status,
    observed: "running",
    direction: "declared-stale",
    fix: { file: ctx.model.paths.registry, pointer: statusPointer(service.id), value: "active" },
    details: { container: c.name, stack: p.stack.name, status: c.status, state: c.state }
  };
}
function broken(ctx, p, c) {
  const { service } = p;
  const exit = c.state === "exited" || c.state === "dead" ? `exit code ${c.exitCode}, ` : "";
  return {
    kind: `not-running-${c.state}`,
    subject: { kind: "service", id: service.id },
    at: [statusRef(ctx.model, service)],
    message: `service "${service.id}" is declared active but container "${c.name}" in stack "${p.stack.name}" is ${c.state} (${exit}"${c.status}"); start it, or declare it parked or stopped`,
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
function judgeService(ctx, p, containers) {
  const status = p.service.status;
  if (status === "deprecated") return [];
  const c = matchContainer(containers, p.container);
  if (!c) return status === "active" ? [missing(ctx, p)] : [];
  if (status === "stopped" || status === "parked") return isUp(c) ? [stale(ctx, p, c)] : [];
  if (!isUp(c)) return [broken(ctx, p, c)];
  return c.health === "unhealthy" ? [unhealthy(ctx, p, c)] : [];
}
var registry_status_default = defineGate({
  id: "registry-status",
  aliases: [],
  kind: "live",
  severity: "error",
  describe: `Compares each service's registry status with its container: running while "stopped"/"parked" is a stale registry entry (fixable), exited while active is broken.`,
  run(ctx) {
    if (!ctx.observations) return [];
    const split = splitStacks(stackViews(ctx.model, ctx.observations), ctx.observations);
    const out = [];
    for (const view of split.listed) {
      for (const p of view.services) out.push(...judgeService(ctx, p, view.obs.containers));
    }
    for (const gap of split.gaps) {
      const f = gapFinding(gap, (views) => {
        const n = views.reduce((sum, v) => sum + v.services.length, 0);
        return n === 0 ? void 0 : `the status of ${n} registry service${n === 1 ? "" : "s"}`;
      });
      if (f) out.push(f);
    }
    return out;
  }
});

// src/gates/schema.ts
function problemDraft(p) {
  const f = problemToFinding(p);
  return {
    message: f.message,
    subject: f.subject,
    at: f.locations,
    kind: p.code,
    severity: p.code === "DUPLICATE_KEY" || p.code === "ALIAS_LIMIT" ? "error" : f.severity,
    ...f.details ? { details: f.details } : {}
  };
}
var schema_default = defineGate({
  id: "schema",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "Every binding file parses and matches its JSON Schema (duplicate keys and alias bombs are errors, unknown keys warnings with a did-you-mean): the other gates can only trust what was validated.",
  run(ctx) {
    return ctx.problems.map(problemDraft);
  }
});

// src/gates/ssh-trust-options.ts
function words(text) {
  const out = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (const m of text.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}
function parseSshOptions(extraOpts) {
  const w = words(extraOpts);
  const out = [];
  for (let i = 0; i < w.length; i++) {
    const word = w[i];
    let spec;
    if (word === "-o") spec = w[++i];
    else if (word.startsWith("-o")) spec = word.slice(2);
    if (spec === void 0) continue;
    const m = /^\s*([A-Za-z]+)\s*(?:=|\s)\s*(.*)$/.exec(spec);
    if (m) out.push({ key: m[1], value: m[2].trim() });
  }
  return out;
}
var ALGORITHM_KEYS = /* @__PURE__ */ new Set([
  "hostkeyalgorithms",
  "pubkeyacceptedalgorithms",
  "pubkeyacceptedkeytypes",
  "casignaturealgorithms",
  "hostbasedacceptedalgorithms",
  "hostbasedkeytypes",
  "kexalgorithms",
  "ciphers",
  "macs"
]);
var LEGACY = [
  /^ssh-rsa(-cert-v01@openssh\.com)?$/,
  /^ssh-dss(-cert-v01@openssh\.com)?$/,
  /^diffie-hellman-group(1|14)-sha1$/,
  /^diffie-hellman-group-exchange-sha1$/,
  /^(3des|aes128|aes192|aes256|blowfish|cast128)-cbc$/,
  /^rijndael-cbc@lysator\.liu\.se$/,
  /^arcfour(128|256)?$/,
  /^hmac-md5(-96)?(-etm@openssh\.com)?$/,
  /^hmac-sha1-96(-etm@openssh\.com)?$/
];
function judgeOption(key, rawValue) {
  const k = key.toLowerCase().replace(/_/g, "");
  const value = rawValue === false ? "no" : rawValue === true ? "yes" : String(rawValue ?? "").trim();
  const v = value.toLowerCase();
  if (k === "stricthostkeychecking") {
    if (v === "no" || v === "off" || v === "false") return [{ kind: "host-key-checking-disabled", severity: "error", option: key, value }];
    if (v === "accept-new") return [{ kind: "host-key-tofu", severity: "warning", option: key, value }];
    return [];
  }
  if (k === "userknownhostsfile" || k === "globalknownhostsfile") {
    const files = v.split(/\s+/).filter(Boolean);
    if (files.length > 0 && files.every((f) => f === "/dev/null" || f === "none")) {
      return [{ kind: "known-hosts-discarded", severity: "error", option: key, value }];
    }
    return [];
  }
  if (ALGORITHM_KEYS.has(k) && !v.startsWith("-")) {
    return v.replace(/^[+^]/, "").split(",").map((a) => a.trim()).filter((a) => LEGACY.some((re) => re.test(a))).map((algorithm) => ({ kind: "legacy-algorithm", severity: "warning", option: key, value, algorithm }));
  }
  return [];
}

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
  const name = fileName(file);
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
          return `the defaults of ${name} (inherited by ${n} target${n === 1 ? "" : "s"})`;
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
    const label2 = () => `ssh target "${id}"`;
    out.push(...draftsFor({ label: label2, plural: false, subject: { kind: "host", id }, ref: at(file, "ssh", "targets", i), raw }));
  });
  return out;
}
var ssh_trust_default = defineGate({
  id: "ssh-trust",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "SSH settings in ssh.targets.yaml must keep host-key checking on, keep known hosts, and not enable legacy algorithms (ssh-rsa, ssh-dss, SHA-1 kex, CBC).",
  run: (ctx) => run2(ctx.model)
});

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
var unique_ids_default = defineGate({
  id: "unique-ids",
  aliases: [],
  kind: "static",
  severity: "error",
  describe: "Ids are unique within each binding file (endpoint ids, ssh target ids, backup names, vmids, VM hostnames, stack names per host, routed hostnames) and no host runs two services with one container name or one port: with duplicates every lookup silently picks one.",
  run(ctx) {
    const m = ctx.model;
    const out = [];
    dupes(m, m.endpoints.map((e) => ({ key: e.id, ref: sub(e.ref, "id") })), "health endpoint id %s", "endpoint", out);
    dupes(m, m.sshTargets.map((t) => ({ key: t.id, ref: sub(t.ref, "id") })), "ssh target id %s", "host", out);
    dupes(m, m.backups.map((b) => ({ key: b.name, ref: sub(b.ref, "name") })), "backup target name %s", "backup", out);
    dupes(m, m.vms.map((v) => ({ key: String(v.vmid), ref: sub(v.ref, "vmid") })), "vmid %s", "vm", out);
    const live = m.vms.filter((v) => v.status !== "decommissioned" && v.status !== "abandoned");
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
    return out;
  }
});

// src/gates/unmanaged-containers.ts
function publishedPorts(c) {
  const ports = (c.publishers ?? []).map((p) => p.publishedPort ?? 0).filter((p) => p > 0);
  return [...new Set(ports)].sort((a, b) => a - b);
}
function declared(ctx, view, c) {
  return servicesNaming(view.services, c).length > 0 || hostServicesNaming(ctx.model, view.target.id, c).length > 0;
}
function judgeStack(ctx, view, containers) {
  const unmanaged = containers.filter((c) => isUp(c) && !declared(ctx, view, c));
  const out = [];
  const internal = unmanaged.filter((c) => publishedPorts(c).length === 0).map((c) => c.name).sort();
  for (const c of unmanaged) {
    const ports = publishedPorts(c);
    if (ports.length === 0) continue;
    out.push({
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
var unmanaged_containers_default = defineGate({
  id: "unmanaged-containers",
  aliases: [],
  kind: "live",
  severity: "warning",
  describe: "Reports running containers that no registry service names: a warning when they publish ports (user traffic without an entry), a notice for internal-only ones.",
  run(ctx) {
    if (!ctx.observations) return [];
    const split = splitStacks(stackViews(ctx.model, ctx.observations), ctx.observations);
    const out = [];
    for (const view of split.listed) out.push(...judgeStack(ctx, view, view.obs.containers));
    for (const gap of split.gaps) {
      const f = gapFinding(gap, (views) => `the containers of ${views.length} stack${views.length === 1 ? "" : "s"}`);
      if (f) out.push(f);
    }
    return out;
  }
});

// src/gates/vm-governance.ts
function vmName2(vm) {
  return `VM ${vm.vmid} (${vm.hostname})`;
}
function governed(m, vm, out) {
  const subject = { kind: "vm", id: String(vm.vmid) };
  const vms = fileName(m.paths.vms);
  if (!vm.sshTarget) {
    out.push({ message: `active ${vmName2(vm)} has no ssh_target in ${vms}; nothing can inspect its containers: name its ssh target`, subject, at: [sub(vm.ref, "ssh_target")], kind: "no-ssh-target" });
  }
  const host = m.hosts.find((h) => h.id === vm.hostname);
  if (!host) {
    out.push({
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
      const declared2 = rawAt(m, sub(backup.ref, "enabled")) !== void 0;
      const state = declared2 ? "disabled" : "not enabled (no `enabled` key, and the file's header makes that false)";
      out.push({
        message: `${vmName2(vm)} is backed up by "${backup.name}", which is ${state} in ${fileName(m.paths.backups)} (${where(m, declared2 ? sub(backup.ref, "enabled") : backup.ref)}); nobody checks that backup: set enabled: true`,
        subject,
        at: [sub(vm.ref, "backup_target"), declared2 ? sub(backup.ref, "enabled") : backup.ref],
        kind: "backup-target-disabled",
        expected: true,
        observed: false
      });
    }
  }
  if (vm.healthProbePolicy !== "none" && !m.endpoints.some((e) => e.host === vm.hostname && e.enabled)) {
    out.push({
      message: `active ${vmName2(vm)} has health_probe_policy "${vm.healthProbePolicy ?? "unset"}" but no enabled probe in ${fileName(m.paths.health)}; add probes or set health_probe_policy: none`,
      subject,
      at: [vm.healthProbePolicy ? sub(vm.ref, "health_probe_policy") : vm.ref, at(m.paths.health, "endpoints")],
      kind: "no-probes"
    });
  }
}
function agrees(m, vm, out) {
  const subject = { kind: "vm", id: String(vm.vmid) };
  const target = m.sshTargets.find((t) => t.id === vm.sshTarget);
  const host = m.hosts.find((h) => h.id === vm.hostname);
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
function listsServices(m, vm, out) {
  if (vm.services.length === 0) return;
  const listed = new Set(vm.services);
  for (const s of m.services) {
    if (s.host !== vm.hostname || listed.has(s.id) || s.container && listed.has(s.container)) continue;
    out.push({
      message: `service "${s.id}" runs on host "${vm.hostname}" but is missing from the services of ${vmName2(vm)} in ${fileName(m.paths.vms)} (${where(m, sub(vm.ref, "services"))}); add it to that list`,
      subject: { kind: "service", id: s.id },
      at: [sub(s.ref, "host"), sub(vm.ref, "services")],
      kind: "service-missing-from-vm",
      severity: "warning"
    });
  }
}
function placeholders(m, out) {
  const entries = [
    ...m.vms.filter((v) => v.status === "active").map((v) => ({ ref: v.ref, what: `active ${vmName2(v)}`, subject: { kind: "vm", id: String(v.vmid) } })),
    ...m.services.filter((s) => s.status === "active").map((s) => ({ ref: s.ref, what: `active service "${s.id}"`, subject: { kind: "service", id: s.id } }))
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
    if (!r.routingLayer || r.routingLayer === "unknown") continue;
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
  run(ctx) {
    const m = ctx.model;
    const out = [];
    for (const vm of m.vms) {
      if (vm.status !== "active") continue;
      governed(m, vm, out);
      agrees(m, vm, out);
      listsServices(m, vm, out);
    }
    placeholders(m, out);
    return out;
  }
});

// src/gates/vm-inventory.ts
var MUST_RUN = /* @__PURE__ */ new Set(["active"]);
var MUST_BE_GONE = /* @__PURE__ */ new Set(["decommissioned", "abandoned"]);
var RESOURCES = [
  { key: "cpuCores", yaml: "cpu_cores", unit: "cores" },
  { key: "memoryMb", yaml: "memory_mb", unit: "MB" },
  { key: "bootDiskGb", yaml: "boot_disk_gb", unit: "GB" }
];
function label(vm) {
  return `VM ${vm.vmid} "${vm.hostname}"`;
}
function governedBy(ctx, h, all) {
  return ctx.model.vms.filter((vm) => vm.proxmoxHost ? vm.proxmoxHost === h.host : all.length === 1);
}
function resourceFindings(vm, live, hypervisor) {
  const out = [];
  const declared2 = vm.resources;
  if (!declared2) return out;
  for (const r of RESOURCES) {
    const want = declared2[r.key];
    const have = live[r.key];
    if (want === void 0 || have === void 0 || want === have) continue;
    const ref = sub(vm.ref, "resources", r.yaml);
    out.push({
      kind: `resources-${r.yaml}`,
      severity: "warning",
      subject: { kind: "vm", id: vm.hostname },
      at: [ref],
      message: `${label(vm)} has ${have} ${r.unit} on "${hypervisor}" but vm.lifecycle declares ${r.yaml}: ${want}; update the binding`,
      expected: want,
      observed: have,
      direction: "declared-stale",
      fix: { file: ref.file, pointer: ref.pointer, value: have }
    });
  }
  return out;
}
function judgeDeclared(vm, live, hypervisor) {
  const subject = { kind: "vm", id: vm.hostname };
  const at2 = [sub(vm.ref, "status")];
  if (MUST_RUN.has(vm.status)) {
    if (!live) {
      return [{
        kind: "missing",
        subject,
        at: at2,
        message: `${label(vm)} is declared ${vm.status} but hypervisor "${hypervisor}" does not list it`,
        expected: "running",
        observed: "absent",
        direction: "live-broken"
      }];
    }
    const out = live.status === "running" ? [] : [{
      kind: "not-running",
      subject,
      at: at2,
      message: `${label(vm)} is declared ${vm.status} but is ${live.status} on hypervisor "${hypervisor}"`,
      expected: "running",
      observed: live.status,
      direction: "live-broken"
    }];
    return [...out, ...resourceFindings(vm, live, hypervisor)];
  }
  if (MUST_BE_GONE.has(vm.status) && live) {
    return [{
      kind: "still-present",
      subject,
      at: at2,
      message: `${label(vm)} is declared ${vm.status} but still exists on hypervisor "${hypervisor}" (${live.status}); destroy it or correct its status`,
      expected: "absent",
      observed: live.status,
      direction: "live-broken"
    }];
  }
  return [];
}
function judgeHypervisor(ctx, h, all) {
  const file = ctx.model.paths.vms;
  if (!h.ok) {
    const reason = h.failure?.reason ?? "error";
    return [{
      kind: `probe-${reason}`,
      subject: { kind: "host", id: h.host },
      at: [{ file, pointer: "/vms" }],
      message: `hypervisor "${h.host}" could not be listed (${reasonLabel(reason)}${h.failure?.error ? `: ${h.failure.error}` : ""}); VM states not checked, so drift cannot be ruled out`,
      observed: reasonLabel(reason),
      direction: "unknown",
      severity: "warning",
      inconclusive: true,
      details: { reason, durationMs: h.durationMs }
    }];
  }
  const declared2 = governedBy(ctx, h, all);
  const out = [];
  for (const vm of declared2) out.push(...judgeDeclared(vm, h.vms.find((v) => v.vmid === vm.vmid), h.host));
  for (const live of h.vms) {
    if (live.template || declared2.some((vm) => vm.vmid === live.vmid)) continue;
    out.push({
      kind: "undeclared",
      severity: "warning",
      subject: { kind: "vm", id: String(live.vmid) },
      at: [{ file, pointer: "/vms" }],
      message: `undeclared VM ${live.vmid} "${live.name}" (${live.status}) on hypervisor "${h.host}": add it to vm.lifecycle or destroy it`,
      expected: "declared",
      observed: live.status,
      direction: "declared-stale",
      details: { vmid: live.vmid, name: live.name }
    });
  }
  return out;
}
function notProbed2(ctx, all) {
  const seen = new Set(all.map((h) => h.host));
  const byHost = /* @__PURE__ */ new Map();
  for (const vm of ctx.model.vms) {
    if (!MUST_RUN.has(vm.status) || !vm.proxmoxHost || seen.has(vm.proxmoxHost)) continue;
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
  describe: "Compares the hypervisor's VM list with vm.lifecycle: active VMs must run, decommissioned ones be gone, no undeclared VMs, resources as declared (fixable).",
  run(ctx) {
    const obs = ctx.observations;
    if (!obs) return [];
    return [...obs.hypervisors.flatMap((h) => judgeHypervisor(ctx, h, obs.hypervisors)), ...notProbed2(ctx, obs.hypervisors)];
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
function obj(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : void 0;
}
function stepsOf(data) {
  const out = [];
  for (const [jobId, rawJob] of Object.entries(obj(data.jobs) ?? {})) {
    const job = obj(rawJob);
    if (!job) continue;
    if (typeof job.uses === "string") out.push({ path: ["jobs", jobId], uses: job.uses });
    const steps = Array.isArray(job.steps) ? job.steps : [];
    steps.forEach((rawStep, i) => {
      const step = obj(rawStep);
      if (!step) return;
      const s = { path: ["jobs", jobId, "steps", i] };
      if (typeof step.uses === "string") s.uses = step.uses;
      if (typeof step.run === "string") s.run = step.run;
      out.push(s);
    });
  }
  return out;
}
function place(file, path, needle) {
  const loc = locateIn(file, pointerOf(path));
  if (!needle) return loc;
  const start = (file.lineCounter.lineStarts[loc.line - 1] ?? 0) + loc.column - 1;
  const found = file.text.indexOf(needle, start);
  if (found < 0) return loc;
  const pos = file.lineCounter.linePos(found);
  return { ...loc, line: pos.line, column: pos.col };
}
function run3(model, problems, branch) {
  const dir = model.paths.workflows;
  const files = [...model.files.values()].filter((f) => f.kind === "workflow").sort((a, b) => a.path.localeCompare(b.path));
  const dirLoc = { file: dir, line: 1, column: 1, pointer: "" };
  const out = [];
  const gateFiles = [];
  let unparseable = 0;
  for (const f of files) {
    const data = obj(f.data);
    const name = fileName(f.path);
    if (!data || !obj(data.jobs)) {
      const syntax = problems.find((p) => p.location.file === f.path && p.severity === "error");
      const why = syntax ? `does not parse (${syntax.message.replace(/\s+/g, " ").trim()})` : 'is not a workflow (it has no "jobs" mapping)';
      out.push({
        message: `workflow "${name}" ${why}, so CI cannot run it (D50)`,
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
          message: `workflow "${name}" uses "${s.uses}", which ${why}; pin it to ${s.uses.startsWith("docker://") ? "an image tag or digest" : "a release tag or a commit SHA"}`,
          subject: { kind: "file", id: `${f.path}#${s.uses}` },
          at: [place(f, [...s.path, "uses"])],
          kind: "unpinned-action",
          severity: "warning",
          observed: s.uses
        });
      }
      for (const d of unpinnedDownloads(s.run ?? "")) {
        out.push({
          message: `workflow "${name}" ${d.why}; pin a version and verify its checksum`,
          subject: { kind: "file", id: `${f.path}#${d.match}` },
          at: [place(f, [...s.path, "run"], d.match)],
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
  const onLoc = place(first, ["on"]);
  for (const [event, label2] of [
    ["pull_request", `pull requests to "${branch}"`],
    ["push", `pushes to "${branch}"`]
  ]) {
    if (gateFiles.some((f) => triggersOn(obj(f.data)?.on, event, branch))) continue;
    out.push({
      message: `the drift-gate workflow "${fileName(first.path)}" does not run on ${label2} (D50); add "${event}" with branches [${branch}] to its "on:"`,
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
  run: (ctx) => run3(ctx.model, ctx.problems, ctx.config.fix.base)
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
  // live gates
  compose_state_default,
  registry_status_default,
  unmanaged_containers_default,
  health_default,
  backup_freshness_default,
  vm_inventory_default,
  host_identity_default
];

export {
  GATES
};
