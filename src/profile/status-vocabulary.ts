// What a declared status means, as data: per binding kind, status value → meaning. Gates read the
// meaning (running, expected-stopped, …), never the literal word, so a team whose files say
// `retired` or `live` changes a vocabulary, not the gates. A status no vocabulary knows is kept in
// the model with the meaning `unknown`: the schema gate reports it once and no other gate judges
// the entity as running or stopped.

/** What a declared status says about the entity. */
export type StatusMeaning =
  /** must run and serve (registry `active`, VM `active`) */
  | 'running'
  /** may run or not (registry `deprecated`) */
  | 'may-run'
  /** must not run (registry `parked`, `stopped`) */
  | 'expected-stopped'
  /** exists but is not in service yet (VM `provisioned`, `registered`) */
  | 'provisioning'
  /** does not exist yet (VM `planning`) */
  | 'planned'
  /** a template to clone from, never run (VM `template`) */
  | 'template'
  /** gone for good: declares nothing, must not exist (VM `decommissioned`, `abandoned`; registry `retired`) */
  | 'inert'
  /** a status this vocabulary does not know */
  | 'unknown';

export interface StatusEntry {
  meaning: Exclude<StatusMeaning, 'unknown'>;
  /** the status in words, for messages: "intentionally stopped" */
  says: string;
  /** how much it weighs when the live state contradicts it (a parked service that runs is a warning) */
  contradiction?: 'error' | 'warning';
}

/** Status value → entry. */
export type StatusVocabulary = Readonly<Record<string, StatusEntry>>;

/** The binding kinds whose entries declare a status. */
export interface StatusVocabularies {
  /** registry services (`status:`; absent = `default`) */
  services: StatusVocabulary;
  /** vm.lifecycle VMs */
  vms: StatusVocabulary;
  /** routing registry hostnames (`routing_layer:`): running = routed, may-run = not recorded */
  routes: StatusVocabulary;
  /** naming.policy hosts (`status:`) */
  naming: StatusVocabulary;
  /** STACK_REGISTRY stacks (`status:`) */
  stacks: StatusVocabulary;
}

export type VocabularyKind = keyof StatusVocabularies;

/** Where each vocabulary's words stand: the binding file and the path of the field (`*` = every entry). */
export const VOCABULARY_PLACES: Record<VocabularyKind, { binding: 'registry' | 'vms' | 'routing' | 'naming' | 'stacks'; path: readonly string[] }> = {
  services: { binding: 'registry', path: ['services', '*', 'status'] },
  vms: { binding: 'vms', path: ['vms', '*', 'status'] },
  routes: { binding: 'routing', path: ['zones', '*', 'hostnames', '*', 'routing_layer'] },
  naming: { binding: 'naming', path: ['hosts', '*', 'status'] },
  stacks: { binding: 'stacks', path: ['stacks', '*', 'status'] },
};

/**
 * The built-in vocabularies of the `spine` profile (the registry's own header, vm.lifecycle's enum,
 * and the words the team's files took up later: `retired`, `planned`, `stopped`, `cloudflare_dns`).
 */
/** The vocabularies of a run, and what an absent registry `status` means. */
export interface Statuses {
  vocabularies: StatusVocabularies;
  /** the registry status an entry without `status` has */
  serviceDefault: string;
}

export const SPINE_STATUSES: Statuses = {
  vocabularies: {
    services: {
      active: { meaning: 'running', says: 'running and serving' },
      deprecated: { meaning: 'may-run', says: 'marked for decommission, may still run' },
      parked: { meaning: 'expected-stopped', says: 'intentionally stopped', contradiction: 'warning' },
      stopped: { meaning: 'expected-stopped', says: 'crashed or exited', contradiction: 'error' },
      retired: { meaning: 'inert', says: 'retired' },
    },
    vms: {
      planning: { meaning: 'planned', says: 'planned, not created yet' },
      provisioned: { meaning: 'provisioning', says: 'created, not in service yet' },
      registered: { meaning: 'provisioning', says: 'registered, not in service yet' },
      active: { meaning: 'running', says: 'in service' },
      decommissioned: { meaning: 'inert', says: 'decommissioned' },
      abandoned: { meaning: 'inert', says: 'abandoned' },
      template: { meaning: 'template', says: 'a template' },
      planned: { meaning: 'planned', says: 'planned, not created yet' },
      stopped: { meaning: 'expected-stopped', says: 'stopped' },
    },
    routes: {
      cloudflare_tunnel: { meaning: 'running', says: 'routed through a Cloudflare tunnel' },
      cloudflare_pages: { meaning: 'running', says: 'served by Cloudflare Pages' },
      cloudflare_dns: { meaning: 'running', says: 'a Cloudflare DNS record' },
      direct: { meaning: 'running', says: 'routed directly' },
      unknown: { meaning: 'may-run', says: 'routing not recorded' },
    },
    naming: {
      active: { meaning: 'running', says: 'in service' },
      stopped: { meaning: 'expected-stopped', says: 'stopped' },
      decommissioned: { meaning: 'inert', says: 'decommissioned' },
    },
    // the stack registry's enum, in its order
    stacks: {
      active: { meaning: 'running', says: 'deployed' },
      decommissioned: { meaning: 'inert', says: 'decommissioned' },
      'reference-only': { meaning: 'template', says: 'a reference, not deployed' },
      template: { meaning: 'template', says: 'a template, not deployed' },
    },
  },
  /** an absent registry `status` means this one (the registry's header: "active (or absent)") */
  serviceDefault: 'active',
};

/** The meaning of a raw status (`unknown` when the vocabulary does not list it). */
export function meaningOf(vocabulary: StatusVocabulary, status: string): StatusMeaning {
  return Object.hasOwn(vocabulary, status) ? vocabulary[status]!.meaning : 'unknown';
}

/** The entry of a raw status, if the vocabulary knows it. */
export function entryOf(vocabulary: StatusVocabulary, status: string): StatusEntry | undefined {
  return Object.hasOwn(vocabulary, status) ? vocabulary[status] : undefined;
}

/** The first status with a meaning (the value a fix writes, e.g. `active` for running). */
export function statusWithMeaning(vocabulary: StatusVocabulary, meaning: StatusMeaning): string | undefined {
  return Object.entries(vocabulary).find(([, e]) => e.meaning === meaning)?.[0];
}
