// `probe --shard K/N`: a deterministic partition of a probe plan. A jump host travels with every
// target reached through it, endpoints probed over SSH with their host; units are dealt, heaviest
// first (ties by id), to the least loaded shard. The same model and N always give the same shards,
// and the N shards together probe exactly what one unsharded run probes.
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import { type HostPlan, type ProbePlan, progressSteps } from './plan.js';

export interface Shard {
  /** 1-based */
  index: number;
  count: number;
}

/** Parses `K/N` (1 ≤ K ≤ N ≤ 1000); anything else is a UserError (exit 2). */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || index < 1 || count < 1 || index > count || count > 1000) {
    throw new UserError(`--shard must be K/N with 1 <= K <= N (e.g. 2/3), got "${text}"`, EXIT_ERROR);
  }
  return { index, count };
}

/** The jump host at the root of a host's probe_via chain, as its endpoint resolves it (itself when direct). */
function rootOf(h: HostPlan): string {
  let e = h.endpoint;
  while (e?.via) e = e.via;
  return e?.id ?? h.id;
}

interface Unit {
  key: string;
  weight: number;
  hosts: HostPlan[];
  endpoints: ProbePlan['endpoints'];
}

/** The part of `plan` that shard `shard` probes. */
export function shardPlan(plan: ProbePlan, shard: Shard): ProbePlan {
  const units = new Map<string, Unit>();
  for (const h of plan.hosts) {
    const key = `host:${rootOf(h)}`;
    const unit = units.get(key) ?? { key, weight: 0, hosts: [], endpoints: [] };
    unit.hosts.push(h);
    unit.weight += progressSteps(h);
    units.set(key, unit);
  }
  for (const e of plan.endpoints) units.set(`endpoint:${e.id}`, { key: `endpoint:${e.id}`, weight: 1, hosts: [], endpoints: [e] });
  const load = Array.from({ length: shard.count }, () => 0);
  const mine: Unit[] = [];
  const ordered = [...units.values()].sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const unit of ordered) {
    const least = load.indexOf(Math.min(...load));
    load[least] = (load[least] ?? 0) + unit.weight;
    if (least === shard.index - 1) mine.push(unit);
  }
  const hosts = plan.hosts.filter((h) => mine.some((u) => u.hosts.includes(h)));
  const endpoints = plan.endpoints.filter((e) => mine.some((u) => u.endpoints.includes(e)));
  const total = hosts.reduce((n, h) => n + progressSteps(h), 0) + endpoints.length;
  return { hosts, endpoints, total };
}
