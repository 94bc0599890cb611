// STACK_REGISTRY.yaml against docker.compose.targets.yaml and vm.lifecycle.yaml: every stack it
// declares active is a declared compose stack (by its stack_id), its `host:path` compose files lie in
// a declared stack directory of that host, the VM it names (`proxmox:vm-NNN`) exists, is in service
// and runs the stack; and every declared compose stack has its entry.
import { composeDir, expandHome, targetHome, trimSlash } from '../../bindings/remote-path.js';
import type { ComposeTarget, Stack } from '../../bindings/types.js';
import { meaningOf } from '../../profile/status-vocabulary.js';
import { mayBeUnreadable } from '../coverage.js';
import { closestName, fileName, sub, where } from '../gate-helpers.js';
import { placeService } from '../live/container-index.js';
import type { FindingDraft } from '../types.js';
import { type Entry, listEntries, mayBeUnreadHost, present, type RegistryCheck, type Spine, text, texts } from './common.js';

const VM_REF = /^proxmox:vm-(\d+)$/;

/** The unregistered compose stack an entry most likely means: a close spelling, or a long common prefix (cloudflare-tunnel, cloudflared). */
function meant(id: string, candidates: readonly string[]): string | undefined {
  const close = closestName(id, candidates);
  if (close) return close;
  const prefix = (a: string, b: string): number => {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    return i;
  };
  const best = candidates.map((c) => ({ c, n: prefix(id, c) })).sort((a, b) => b.n - a.n)[0];
  return best && best.n >= 6 && best.n * 2 >= Math.min(id.length, best.c.length) ? best.c : undefined;
}
const HOST_FILE = /^([^:/\s]+):(.+)$/;

function stackAt(s: Spine, target: ComposeTarget, dir: string): Stack | undefined {
  const home = targetHome(s.m, target);
  const norm = (p: string): string => (home ? expandHome(p, home) : trimSlash(p));
  return target.stacks.find((st) => norm(st.path) === norm(dir));
}

/** The `host:path` compose files of an entry that lead nowhere. */
function composeFiles(s: Spine, e: Entry, id: string, out: FindingDraft[]): Stack[] {
  const found: Stack[] = [];
  texts(e.data.compose_files).forEach((f, i) => {
    const m = HOST_FILE.exec(f);
    if (!m) return; // a path in the source repository, not on a host
    const [, host, path] = m as unknown as [string, string, string];
    const target = s.hosts.byName(host)?.composeTargets[0] ?? s.m.composeTargets.find((t) => t.id === host);
    const at = sub(e.ref, 'compose_files', i);
    if (!target && mayBeUnreadHost(s, host)) return;
    if (!target) {
      out.push({ kind: 'compose-file-host', subject: { kind: 'stack', id }, at: [at], message: `${fileName(s.m.paths.stacks)} stack "${id}": compose file "${f}" names host "${host}", which has no compose target in ${fileName(s.m.paths.compose)}`, observed: host });
      return;
    }
    const stack = stackAt(s, target, composeDir(path));
    if (stack) found.push(stack);
    else {
      out.push({
        kind: 'compose-file-dir',
        subject: { kind: 'stack', id },
        at: [at, sub(target.ref, 'stacks')],
        message: `${fileName(s.m.paths.stacks)} stack "${id}": compose file "${f}" is in ${composeDir(path)}, which is no stack directory of compose target "${target.id}" (${target.stacks.map((st) => st.path).join(', ') || 'none'})`,
        observed: composeDir(path),
      });
    }
  });
  return found;
}

/** The VM an entry places the stack on (`path` or `deploy_target` of the form proxmox:vm-NNN). */
function vmPlacement(s: Spine, e: Entry, id: string, out: FindingDraft[]): void {
  const key = ['deploy_target', 'path'].find((k) => VM_REF.test(text(e.data[k]) ?? ''));
  if (!key) return;
  const vmid = Number(VM_REF.exec(text(e.data[key]) as string)?.[1]);
  const at = sub(e.ref, key);
  const vm = s.anyVm(vmid);
  const vms = fileName(s.m.paths.vms);
  if (!vm && mayBeUnreadable(s.m, 'vms', vmid)) return; // it may be the VM that could not be read
  if (!vm || vm.meaning === 'inert') {
    out.push({
      kind: 'vm-gone',
      subject: { kind: 'stack', id },
      at: vm ? [at, sub(vm.ref, 'status')] : [at],
      message: vm
        ? `${fileName(s.m.paths.stacks)} stack "${id}" is active on VM ${vmid} (${vm.hostname}), which ${vms} declares ${vm.status} (${where(s.m, sub(vm.ref, 'status'))})`
        : `${fileName(s.m.paths.stacks)} stack "${id}" is active on VM ${vmid}, which ${vms} does not declare`,
      observed: vmid,
    });
    return;
  }
  const targets = s.hosts.ofVm(vm)?.composeTargets ?? [];
  const declared = s.stacksNamed(id);
  if (targets.length === 0 || declared.length === 0 || declared.some((st) => targets.some((t) => t.id === st.target))) return;
  out.push({
    kind: 'vm-other-host',
    subject: { kind: 'stack', id },
    at: [at, ...declared.map((st) => sub(st.ref, 'name'))],
    message: `${fileName(s.m.paths.stacks)} places stack "${id}" on VM ${vmid} (${vm.hostname}), but ${fileName(s.m.paths.compose)} declares it on ${declared.map((st) => `"${st.target}"`).join(', ')}`,
    expected: targets.map((t) => t.id),
    observed: declared.map((st) => st.target),
  });
}

/** A stack of that name may be one that could not be read (or sit in a compose target that could not). */
function unreadStack(s: Spine, name: string): boolean {
  return s.m.unreadable.some((u) => u.kind === 'composeTargets' || (u.kind === 'stacks' && (u.id === undefined || u.id.endsWith(`/${name}`))));
}

export const stackRegistry: RegistryCheck = (s, out) => {
  if (!present(s.m, 'stacks')) return 0;
  const vocab = s.profile.statuses.vocabularies.stacks;
  const entries = listEntries(s, 'stacks', 'stacks').map((e) => ({ e, id: text(e.data.stack_id), status: text(e.data.status) }));
  const registered = new Set(entries.map((x) => x.id).filter((x): x is string => x !== undefined));
  const unregistered = s.m.stacks.filter((st) => !registered.has(st.name) && s.m.composeTargets.find((t) => t.id === st.target)?.enabled);
  const explained = new Set<string>();
  let judged = 0;
  for (const { e, id, status } of entries) {
    if (!id || !status) continue;
    if (meaningOf(vocab, status) === 'template') {
      judged++;
      const deployed = s.stacksNamed(id).filter((st) => s.m.composeTargets.find((t) => t.id === st.target)?.enabled);
      if (deployed.length === 0) continue;
      out.push({
        kind: 'deployed-reference',
        subject: { kind: 'stack', id },
        at: [sub(e.ref, 'status'), ...deployed.map((st) => sub(st.ref, 'name'))],
        message: `${fileName(s.m.paths.stacks)} declares stack "${id}" ${status} (${vocab[status]?.says ?? 'not deployed'}), but ${fileName(s.m.paths.compose)} deploys it on ${deployed.map((st) => `"${st.target}"`).join(', ')}; one of the two is stale`,
        expected: status,
        observed: deployed.map((st) => st.target),
      });
      continue;
    }
    if (meaningOf(vocab, status) !== 'running') continue;
    judged++;
    const files = composeFiles(s, e, id, out);
    vmPlacement(s, e, id, out);
    if (s.stacksNamed(id).length > 0 || unreadStack(s, id)) continue;
    const target = s.m.composeTargets.find((t) => t.id === id);
    const near = meant(id, unregistered.map((st) => st.name));
    const service = s.m.services.find((svc) => svc.id === id);
    const runs = service ? placeService(s.m, service) : undefined;
    const hint = files[0]
      ? `; its compose file is stack "${files[0].name}" of "${files[0].target}"`
      : target
        ? `; "${id}" is a compose target, whose stacks are ${target.stacks.map((st) => `"${st.name}"`).join(', ')}`
        : near
          ? `; the likeliest match is compose stack "${near}"`
          : runs
            ? `; registry service "${id}" runs in stack "${runs.stack.name}" of "${runs.target.id}"`
            : '';
    if (near && !files[0] && !target) explained.add(near);
    for (const st of [...files, ...(target?.stacks ?? [])]) explained.add(st.name);
    out.push({
      kind: 'unknown-stack',
      subject: { kind: 'stack', id },
      at: [sub(e.ref, 'stack_id'), ...(near && !files[0] && !target ? unregistered.filter((st) => st.name === near).map((st) => sub(st.ref, 'name')) : [])],
      message: `${fileName(s.m.paths.stacks)} declares stack "${id}" ${status}, but no compose target of ${fileName(s.m.paths.compose)} has a stack of that name${hint}`,
      observed: id,
      ...(near && !files[0] && !target ? { expected: near } : {}),
    });
  }
  // an entry that could not be read may be the one of any stack
  for (const st of s.incomplete.has('stacks') ? [] : unregistered) {
    if (explained.has(st.name)) continue;
    out.push({
      kind: 'unregistered-stack',
      subject: { kind: 'stack', id: st.name },
      at: [sub(st.ref, 'name')],
      message: `stack "${st.name}" of compose target "${st.target}" has no entry in ${fileName(s.m.paths.stacks)}; add one`,
      observed: st.name,
    });
  }
  return judged + unregistered.length;
};
