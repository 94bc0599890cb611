// `driftgate lab --scenario FILE [--root DIR] [--out DIR]`: runs the simulated infrastructure of a
// scenario until SIGINT/SIGTERM, after printing where its connect map, known_hosts and identity are.
import { relative, resolve } from 'node:path';
import { loadConfig } from '../../config/load-config.js';
import { EXIT_OK } from '../../core/exit-codes.js';
import type { Io } from '../../core/io.js';
import { startLab } from '../../lab/start-lab.js';
import type { Lab } from '../../lab/start-lab.js';
import type { LabOptions } from '../options.js';

export interface LabRunHooks {
  /** resolves when the lab should stop; default: the first SIGINT or SIGTERM */
  until?: (lab: Lab) => Promise<void>;
}

function waitForSignal(): Promise<void> {
  return new Promise((res) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      res();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function shellWord(value: string): string {
  return /^[\w./:@%+=-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export function describeLab(lab: Lab, root: string, io: Io, description?: string): string {
  const files = lab.files;
  const show = (p: string): string => {
    const rel = relative(io.cwd, p);
    return rel && !rel.startsWith('..') ? rel : p;
  };
  const hosts = lab.world.hosts.filter((h) => !h.unreachable).length;
  const lines = [
    `driftgate lab: ${hosts} SSH host${hosts === 1 ? '' : 's'} and ${lab.world.origins.length} HTTP origin${lab.world.origins.length === 1 ? '' : 's'} on 127.0.0.1`,
  ];
  if (description) lines.push(`scenario: ${description.trim().replace(/\s+/g, ' ')}`);
  if (files) {
    lines.push(`connect map:  ${show(files.connectMap)}`, `known_hosts:  ${show(files.knownHosts)}`, `identity:     ${show(files.identity)}`, '', 'run in another terminal:');
    lines.push(
      `  driftgate check --root ${shellWord(root)} --connect-map ${shellWord(show(files.connectMap))} --known-hosts ${shellWord(show(files.knownHosts))} --identity ${shellWord(show(files.identity))}`,
    );
  }
  lines.push('', 'press Ctrl-C to stop the lab');
  return `${lines.join('\n')}\n`;
}

export async function labCommand(opts: LabOptions, io: Io, hooks: LabRunHooks = {}): Promise<number> {
  const config = await loadConfig(resolve(io.cwd, opts.root), opts.config === undefined ? undefined : resolve(io.cwd, opts.config));
  const lab = await startLab({
    root: opts.root,
    config,
    scenario: opts.scenario,
    outDir: opts.out ?? '.driftgate-lab',
    cwd: io.cwd,
    now: io.now(),
  });
  try {
    const scenario = lab.scenario;
    io.stdout(describeLab(lab, opts.root, io, scenario.description));
    await (hooks.until ? hooks.until(lab) : waitForSignal());
  } finally {
    await lab.close();
  }
  io.stderr('driftgate lab: stopped\n');
  return EXIT_OK;
}
