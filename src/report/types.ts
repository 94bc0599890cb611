// The JSON report, version 1 (PRODUCT.md section 4). Built once by buildReport(); every renderer reads it.
import type { Finding, GateRun } from '../gates/types.js';
import type { ReportHistory } from '../history/types.js';
import type { Observations } from '../probes/types.js';

/** One row of the VM-container matrix (seed report "VM-Container Matrix"): an active VM with stacks observed. */
export interface MatrixRow {
  vmid: number;
  hostname: string;
  stacks: number;
  containers: number;
  running: number;
  exited: number;
  /** exited containers with their declared status ("huntarr (stopped), tdarr (parked)"), else the stack make-up */
  notes: string;
  /** the network path of the VM's SSH connection: lan, tailscale, direct or "via <jump host>" */
  path?: string;
}

export interface Matrix {
  rows: MatrixRow[];
  totals: { vms: number; stacks: number; containers: number; running: number; exited: number };
}

export type RunResult = 'pass' | 'drift' | 'inconclusive' | 'error';

/** A finding a config exception suppressed, with the exception that did it. */
export type SuppressedFinding = Finding & { exception: { reason: string; expires: string } };

export interface Report {
  version: 1;
  tool: { name: 'driftgate'; version: string };
  root: string;
  result: RunResult;
  durationMs: number;
  summary: {
    files: number;
    gates: number;
    errors: number;
    warnings: number;
    notices: number;
    /** findings suppressed by config exceptions */
    suppressed?: number;
    /** gates of the catalog a `--gates` selection left out (absent when every gate was selected) */
    notSelected?: number;
  };
  gates: GateRun[];
  findings: Finding[];
  /** findings suppressed by config exceptions (listed by --show-suppressed and in JSON and Markdown) */
  suppressed?: SuppressedFinding[];
  /** the live observations the report was judged on (renderers draw the VM-container matrix from it) */
  observations?: Observations;
  /** the VM-container matrix, computed from model + observations by the caller (renderers have no model) */
  matrix?: Matrix;
  /** where the tool stopped, for result `error` */
  error?: string;
  /** run history (a state was given): resolved findings, the last live run */
  history?: ReportHistory;
}
