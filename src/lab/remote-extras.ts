// What a lab host prints for the host batch's extra sections (src/probes/host-batch-extras.ts), as
// the real tools print them: the stack directory's compose file behind `|`, the backup listing with
// sizes, `pvesh get /cluster/backup --output-format json`, `df -P -k` and the docker data root.
import { expandHome } from '../bindings/remote-path.js';
import { EXIT_COMPOSE_MISSING, EXIT_DIR_MISSING } from '../probes/commands.js';
import type { HostBatch } from '../probes/host-batch.js';
import { backups, frame, type Section } from './remote-output.js';
import type { LabFilesystem, LabHost } from './types.js';

const DEFAULT_ROOT: LabFilesystem = { filesystem: '/dev/sda1', mount: '/', sizeKb: 50 * 1024 * 1024, usedPercent: 40 };

function composeFile(host: LabHost, path: string): Section {
  const abs = expandHome(path, host.home);
  if (!host.stacks.has(abs)) return { stdout: '', stderr: '', code: EXIT_DIR_MISSING };
  const text = host.composeFiles?.get(abs);
  if (text === undefined) return { stdout: `${abs}\n`, stderr: '', code: EXIT_COMPOSE_MISSING };
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  return { stdout: `${abs}\n@@file docker-compose.yml\n${lines.map((l) => `|${l}`).join('\n')}\n`, stderr: '', code: 0 };
}

function backupJobs(host: LabHost): Section {
  if (!host.vms) return { stdout: `@@node ${host.nodeName}\n`, stderr: 'bash: line 1: pvesh: command not found\n', code: 127 };
  const jobs = (host.backupJobs ?? []).map((j) => ({
    id: j.id,
    type: 'vzdump',
    enabled: j.enabled ? 1 : 0,
    schedule: '02:00',
    storage: 'local',
    mode: 'snapshot',
    ...(j.all ? { all: 1 } : { vmid: j.vmids.join(',') }),
    ...(j.exclude.length > 0 ? { exclude: j.exclude.join(',') } : {}),
    ...(j.node ? { node: j.node } : {}),
    ...(j.pool ? { pool: j.pool } : {}),
  }));
  return { stdout: `@@node ${host.nodeName}\n${JSON.stringify(jobs)}\n`, stderr: '', code: 0 };
}

function df(host: LabHost, docker: boolean): Section {
  const rows = (host.filesystems ?? [DEFAULT_ROOT]).map((f) => {
    const used = Math.round((f.sizeKb * f.usedPercent) / 100);
    return `${f.filesystem.padEnd(16)} ${String(f.sizeKb).padStart(12)} ${String(used).padStart(12)} ${String(f.sizeKb - used).padStart(12)} ${String(f.usedPercent).padStart(8)}% ${f.mount}`;
  });
  const pseudo = 'tmpfs                 1634028         1596      1632432        1% /run';
  const head = 'Filesystem     1024-blocks      Used Available Capacity Mounted on';
  const root = docker ? `\n@@dockerroot ${host.dockerUnreachable ? '' : (host.dockerRoot ?? '/var/lib/docker')}\n` : '';
  return { stdout: `${[head, ...rows, pseudo].join('\n')}\n${root}`, stderr: '', code: 0 };
}

/** The frames of the batch's extra sections, and how many heavy tools (find, pvesh) they stand for. */
export function extraSections(host: LabHost, batch: HostBatch): { parts: Section[]; tools: number } {
  const parts: Section[] = [];
  let tools = 0;
  (batch.composeFiles ?? []).forEach((path, i) => parts.push(frame(`compose:${i + (batch.firstCompose ?? 0)}`, composeFile(host, path))));
  if (batch.backupSizes) {
    parts.push(frame('backupsizes', backups(host, batch.backupSizes.dirs, batch.backupSizes.globs, true)));
    tools += 1;
  }
  if (batch.backupJobs) {
    parts.push(frame('backupjobs', backupJobs(host)));
    tools += 1;
  }
  // df and sed answer in milliseconds; the lab charges its delay for the heavy tools only
  if (batch.disk) parts.push(frame('disk', df(host, batch.disk === 'docker')));
  return { parts, tools };
}
