import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  UserError
} from "./chunk-G7ZH7VVN.js";
import {
  EXIT_ERROR
} from "./chunk-3AJIMYI2.js";

// src/gates/select-gates.ts
function describeCatalog(all) {
  return all.map((g) => g.aliases.length ? `${g.id} (${g.aliases.join(", ")})` : g.id).join(", ");
}
function findGate(all, idOrAlias) {
  const wanted = idOrAlias.trim().toLowerCase();
  return all.find((g) => g.id.toLowerCase() === wanted || g.aliases.some((a) => a.toLowerCase() === wanted));
}
function selectGates(all, ids, opts) {
  if (ids === void 0 || ids.length === 0) return [...all];
  const picked = /* @__PURE__ */ new Set();
  const unknown = [];
  for (const id of ids) {
    const gate = findGate(all, id);
    if (gate) picked.add(gate);
    else unknown.push(id);
  }
  if (unknown.length > 0) {
    const names = unknown.map((u) => `"${u}"`).join(", ");
    throw new UserError(`unknown gate ${names}; valid gates: ${describeCatalog(all)}`, EXIT_ERROR);
  }
  const selected = all.filter((g) => picked.has(g));
  if (opts.offline && selected.every((g) => g.kind === "live")) {
    throw new UserError(
      `--gates selects only live gates (${selected.map((g) => g.id).join(", ")}), but --offline runs static gates only`,
      EXIT_ERROR
    );
  }
  return selected;
}
function selectedLiveGates(all, ids) {
  if (ids === void 0 || ids.length === 0) return void 0;
  return selectGates(all, ids, { offline: false }).filter((g) => g.kind === "live").map((g) => g.id);
}

export {
  selectGates,
  selectedLiveGates
};
