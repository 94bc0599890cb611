// The VM-container matrix of the seed report: per active VM with observed compose stacks, how many
// containers exist, run and have exited, and which exited ones the registry declares as what.
import type { Model, Vm } from '../bindings/types.js';
import type { Observations, StackObservation } from '../probes/types.js';
import type { Matrix, MatrixRow } from './types.js';

function stacksOf(vm: Vm, obs: Observations): StackObservation[] {
  return obs.stacks.filter((s) => s.target === vm.hostname || (vm.sshTarget ? s.sshTarget === vm.sshTarget : false));
}

function declaredStatus(model: Model, container: string, service: string): string {
  const svc =
    model.services.find((s) => s.container === container) ??
    model.services.find((s) => s.id === container) ??
    model.services.find((s) => s.id === service);
  return svc ? svc.status : 'undeclared';
}

export function buildMatrix(model: Model, obs: Observations): Matrix {
  const rows: MatrixRow[] = [];
  for (const vm of [...model.vms].sort((a, b) => a.vmid - b.vmid)) {
    if (vm.status !== 'active') continue;
    const stacks = stacksOf(vm, obs);
    if (stacks.length === 0) continue;
    const containers = stacks.flatMap((s) => s.containers);
    const running = containers.filter((c) => c.state === 'running').length;
    const notRunning = containers.filter((c) => c.state !== 'running');
    const failed = stacks.filter((s) => !s.ok).map((s) => `${s.stack}: probe failed (${s.failure?.reason ?? 'error'})`);
    const exitedNotes = notRunning.map((c) => {
      const state = c.state === 'exited' ? '' : `, ${c.state}`;
      return `${c.name} (${declaredStatus(model, c.name, c.service)}${state})`;
    });
    const makeUp = stacks.filter((s) => s.ok).map((s) => `${s.stack}(${s.containers.length})`).join('+');
    const notes = [...failed, ...(exitedNotes.length > 0 ? exitedNotes : makeUp ? [makeUp] : [])].join(', ');
    rows.push({
      vmid: vm.vmid,
      hostname: vm.hostname,
      stacks: stacks.length,
      containers: containers.length,
      running,
      exited: notRunning.length,
      notes,
    });
  }
  const sum = (k: 'stacks' | 'containers' | 'running' | 'exited'): number => rows.reduce((n, r) => n + r[k], 0);
  return {
    rows,
    totals: { vms: rows.length, stacks: sum('stacks'), containers: sum('containers'), running: sum('running'), exited: sum('exited') },
  };
}

const HEADERS = ['VM', 'Hostname', 'Stacks', 'Containers', 'Running', 'Exited', 'Notes'];

function cells(r: MatrixRow): string[] {
  return [String(r.vmid), r.hostname, String(r.stacks), String(r.containers), String(r.running), String(r.exited), r.notes];
}

export function matrixTotalsLine(m: Matrix): string {
  const t = m.totals;
  return `Totals: ${t.vms} VMs, ${t.stacks} stacks, ${t.containers} containers, ${t.running} running, ${t.exited} exited`;
}

/** A plain-text table, columns padded, then the totals line. */
export function renderMatrixText(m: Matrix): string {
  const table = [HEADERS, ...m.rows.map(cells)];
  const widths = HEADERS.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]): string => row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(HEADERS), ...m.rows.map((r) => line(cells(r))), matrixTotalsLine(m)].map((l) => `${l}\n`).join('');
}

/** Markdown-safe cell text: HTML and table pipes escaped. */
export function escapeCell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderMatrixMarkdown(m: Matrix): string {
  const row = (c: string[]): string => `| ${c.map(escapeCell).join(' | ')} |\n`;
  return `${row(HEADERS)}|${HEADERS.map(() => '---').join('|')}|\n${m.rows.map((r) => row(cells(r))).join('')}\n**${matrixTotalsLine(m)}**\n`;
}
