import { createRequire as __dgCreateRequire } from 'node:module'; import { fileURLToPath as __dgFileURLToPath } from 'node:url'; import { dirname as __dgDirname } from 'node:path'; const require = __dgCreateRequire(import.meta.url); const __filename = __dgFileURLToPath(import.meta.url); const __dirname = __dgDirname(__filename);
import {
  GATES
} from "./chunk-XF64XNWJ.js";
import "./chunk-OPM43HJ3.js";
import "./chunk-5XIPNB5E.js";
import {
  EXIT_OK
} from "./chunk-UQVOT4AX.js";
import "./chunk-OSVKQ36P.js";
import "./chunk-23E6JAZU.js";

// src/cli/commands/gates.ts
function renderCatalogText(gates) {
  const rows = gates.map((g) => [g.id, g.aliases.join(",") || "-", g.kind, g.severity]);
  const head = ["ID", "ALIASES", "KIND", "SEVERITY"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const out = [line(head)];
  gates.forEach((g, i) => {
    out.push(line(rows[i]));
    out.push(`    ${g.describe}`);
  });
  return `${out.join("\n")}
`;
}
function renderCatalogJson(gates) {
  const data = {
    version: 1,
    // reads: the inputs whose failure (or an entry of which that could not be read) makes the gate
    // inconclusive; judges: the entity kinds it evaluates (an unknown status among them too)
    gates: gates.map((g) => ({ id: g.id, aliases: g.aliases, kind: g.kind, severity: g.severity, description: g.describe, reads: g.reads, judges: g.judges }))
  };
  return `${JSON.stringify(data, null, 2)}
`;
}
async function gatesCommand(opts, io) {
  io.stdout(opts.format === "json" ? renderCatalogJson(GATES) : renderCatalogText(GATES));
  return EXIT_OK;
}
export {
  gatesCommand,
  renderCatalogJson,
  renderCatalogText
};
