// startup.sequencing.yaml against the main files: each host a phase starts is a compose target (or
// the hypervisor of its vm_ids), each stack it starts is declared on that target, each guest is a VM
// in service on it, and every stack of an enabled compose target is started by some phase.
import { didYouMean, fileName, sub, where } from '../gate-helpers.js';
import { mayBeUnreadable } from '../coverage.js';
import { listEntries, mayBeUnreadHost, present, type RegistryCheck, text, texts } from './common.js';

export const startup: RegistryCheck = (s, out) => {
  if (!present(s.m, 'startup')) return 0;
  const file = fileName(s.m.paths.startup);
  const compose = fileName(s.m.paths.compose);
  const started = new Set<string>();
  let judged = 0;
  for (const phase of listEntries(s, 'startup', 'phases')) {
    const n = phase.data.phase;
    const hostList = phase.ref.pointer.split('/').slice(1) as string[];
    for (const h of listEntries(s, 'startup', ...hostList, 'hosts')) {
      const id = text(h.data.target);
      if (!id) continue;
      const target = s.m.composeTargets.find((t) => t.id === id) ?? s.hosts.byName(id)?.composeTargets[0];
      const stacks = texts(h.data.stacks);
      stacks.forEach((name, i) => {
        judged++;
        started.add(name);
        const at = sub(h.ref, 'stacks', i);
        if (target?.stacks.some((st) => st.name === name)) return;
        const elsewhere = s.stacksNamed(name);
        // the target or the stack may be an entry that could not be read
        if (elsewhere.length === 0 && (target ? mayBeUnreadable(s.m, 'stacks', `${target.id}/${name}`) : mayBeUnreadHost(s, id))) return;
        out.push({
          kind: elsewhere.length > 0 ? 'stack-other-host' : 'unknown-stack',
          subject: { kind: 'stack', id: name },
          at: [at, ...elsewhere.map((st) => sub(st.ref, 'name'))],
          message:
            elsewhere.length > 0
              ? `${file} phase ${String(n)} starts stack "${name}" on "${id}", but ${compose} declares it on ${elsewhere.map((st) => `"${st.target}" (${where(s.m, sub(st.ref, 'name'))})`).join(', ')}`
              : target
                ? `${file} phase ${String(n)} starts stack "${name}" on "${id}", which ${compose} does not declare${didYouMean(name, target.stacks.map((st) => st.name)) || ' on any host'}`
                : `${file} phase ${String(n)} starts stack "${name}" on "${id}", which has no compose target in ${compose}`,
          ...(elsewhere.length > 0 ? { expected: elsewhere.map((st) => st.target), observed: id } : { observed: name }),
        });
      });
      const vmids = Array.isArray(h.data.vm_ids) ? h.data.vm_ids : [];
      vmids.forEach((v, i) => {
        if (typeof v !== 'number') return;
        judged++;
        const vm = s.anyVm(v);
        const at = sub(h.ref, 'vm_ids', i);
        if (!vm && mayBeUnreadable(s.m, 'vms', v)) return;
        if (vm && vm.meaning !== 'inert' && (!vm.proxmoxHost || s.hosts.same(vm.proxmoxHost, id))) return;
        out.push({
          kind: 'unknown-guest',
          subject: { kind: 'vm', id: String(v) },
          at: vm ? [at, sub(vm.ref, vm.meaning === 'inert' ? 'status' : 'proxmox_host')] : [at],
          message: !vm
            ? `${file} phase ${String(n)} starts VM ${v} on "${id}", which ${fileName(s.m.paths.vms)} does not declare`
            : vm.meaning === 'inert'
              ? `${file} phase ${String(n)} starts VM ${v} (${vm.hostname}), which is ${vm.status} (${where(s.m, sub(vm.ref, 'status'))}); remove it from the phase`
              : `${file} phase ${String(n)} starts VM ${v} (${vm.hostname}) on "${id}", but it runs on "${vm.proxmoxHost}" (${where(s.m, sub(vm.ref, 'proxmox_host'))})`,
          observed: v,
        });
      });
    }
  }
  // a phase that could not be read may start any stack
  for (const t of s.incomplete.has('startup') ? [] : s.m.composeTargets) {
    if (!t.enabled) continue;
    judged += t.stacks.length;
    const missing = t.stacks.filter((st) => !started.has(st.name));
    if (missing.length === 0) continue;
    const names = missing.map((st) => `"${st.name}"`).join(', ');
    out.push({
      kind: 'not-sequenced',
      subject: { kind: 'host', id: t.id },
      at: missing.map((st) => sub(st.ref, 'name')),
      message: `${missing.length === 1 ? 'stack' : 'stacks'} ${names} of compose target "${t.id}" ${missing.length === 1 ? 'is' : 'are'} started by no phase of ${file}: after a power cycle the recovery does not bring ${missing.length === 1 ? 'it' : 'them'} back; add ${missing.length === 1 ? 'it' : 'them'} to a phase`,
      observed: missing.map((st) => st.name),
    });
  }
  return judged;
};
