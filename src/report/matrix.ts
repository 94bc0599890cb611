// The VM-container matrix of the seed report: per active VM with observed compose stacks, how many
// containers exist, run and have exited, and which exited ones the registry declares as what.
import type { Model, Vm } from '../bindings/types.js';
import { hostServicesNaming, placeService, servicesNaming, type ServicePlacement } from '../gates/live/container-index.js';
import type { ContainerObservation, Observations, StackObservation } from '../probes/types.js';
import type { Matrix, MatrixRow } from './types.js';

function stacksOf(vm: Vm, obs: Observations): StackObservation[] {
  return obs.stacks.filter((s) => !s.shadow && (s.target === vm.hostname || (vm.sshTarget ? s.sshTarget === vm.sshTarget : false)));
}

/**
 * The registry status of an observed container, scoped to where it runs: the services placed in
 * that stack (registry `host` = the compose target, `compose` dir = the stack's path), else the
 * services of that host. Never another host's service of the same name (`watchtower`,
 * `node-exporter` run on many hosts with different statuses).
 */
function declaredStatus(model: Model, placements: ServicePlacement[], s: StackObservation, c: ContainerObservation): string {
  const inStack = placements.filter((p) => p.target.id === s.target && p.stack.name === s.stack);
  const svc = servicesNaming(inStack, c)[0]?.service ?? hostServicesNaming(model, s.target, c)[0];
  return svc ? svc.status : 'undeclared';
}

export function buildMatrix(model: Model, obs: Observations): Matrix {
  const rows: MatrixRow[] = [];
  const placements = model.services.map((s) => placeService(model, s)).filter((p): p is ServicePlacement => p !== undefined);
  for (const vm of [...model.vms].sort((a, b) => a.vmid - b.vmid)) {
    if (vm.meaning !== 'running') continue;
    const stacks = stacksOf(vm, obs);
    if (stacks.length === 0) continue;
    const containers = stacks.flatMap((s) => s.containers);
    const running = containers.filter((c) => c.state === 'running').length;
    const notRunning = stacks.flatMap((s) => s.containers.filter((c) => c.state !== 'running').map((c) => ({ s, c })));
    const failed = stacks.filter((s) => !s.ok).map((s) => `${s.stack}: probe failed (${s.failure?.reason ?? 'error'})`);
    const exitedNotes = notRunning.map(({ s, c }) => {
      const state = c.state === 'exited' ? '' : `, ${c.state}`;
      return `${c.name} (${declaredStatus(model, placements, s, c)}${state})`;
    });
    const makeUp = stacks.filter((s) => s.ok).map((s) => `${s.stack}(${s.containers.length})`).join('+');
    const notes = [...failed, ...(exitedNotes.length > 0 ? exitedNotes : makeUp ? [makeUp] : [])].join(', ');
    const row: MatrixRow = {
      vmid: vm.vmid,
      hostname: vm.hostname,
      stacks: stacks.length,
      containers: containers.length,
      running,
      exited: notRunning.length,
      notes,
    };
    const path = obs.hosts.find((h) => h.target === (stacks[0]?.sshTarget ?? vm.sshTarget))?.pathUsed;
    if (path) row.path = path;
    rows.push(row);
  }
  const sum = (k: 'stacks' | 'containers' | 'running' | 'exited'): number => rows.reduce((n, r) => n + r[k], 0);
  return {
    rows,
    totals: { vms: rows.length, stacks: sum('stacks'), containers: sum('containers'), running: sum('running'), exited: sum('exited') },
  };
}

const HEADERS = ['VM', 'Hostname', 'Stacks', 'Containers', 'Running', 'Exited', 'Notes'];

/** The headers of a matrix: a Path column (lan, tailscale, via <jump>) once any row knows its path. */
function headers(m: Matrix): string[] {
  return m.rows.some((r) => r.path) ? [...HEADERS.slice(0, 2), 'Path', ...HEADERS.slice(2)] : HEADERS;
}

function cells(r: MatrixRow, withPath = false): string[] {
  const path = withPath ? [r.path ?? '-'] : [];
  return [String(r.vmid), r.hostname, ...path, String(r.stacks), String(r.containers), String(r.running), String(r.exited), r.notes];
}

export function matrixTotalsLine(m: Matrix): string {
  const t = m.totals;
  return `Totals: ${t.vms} VMs, ${t.stacks} stacks, ${t.containers} containers, ${t.running} running, ${t.exited} exited`;
}

/** A plain-text table, columns padded, then the totals line. */
export function renderMatrixText(m: Matrix): string {
  const head = headers(m);
  const rows = m.rows.map((r) => cells(r, head.length > HEADERS.length));
  const table = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]): string => row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(head), ...rows.map(line), matrixTotalsLine(m)].map((l) => `${l}\n`).join('');
}

/** Markdown-safe cell text: HTML and table pipes escaped. */
export function escapeCell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderMatrixMarkdown(m: Matrix): string {
  const head = headers(m);
  const row = (c: string[]): string => `| ${c.map(escapeCell).join(' | ')} |\n`;
  return `${row(head)}|${head.map(() => '---').join('|')}|\n${m.rows.map((r) => row(cells(r, head.length > HEADERS.length))).join('')}\n**${matrixTotalsLine(m)}**\n`;
}
