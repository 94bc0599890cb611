// Gate `ssh-trust`: the declared SSH settings must not switch host-key checking off, throw the
// known hosts away, or enable legacy algorithms. The spine's probes pin host keys; these settings
// are what the team's own scripts use, and a man in the middle goes unnoticed with them.
import type { Model, Ref } from '../bindings/types.js';
import { at, fileName, rawAt, sub } from './gate-helpers.js';
import { judgeOption, parseSshOptions } from './ssh-trust-options.js';
import type { TrustIssue } from './ssh-trust-options.js';
import { defineGate } from './types.js';
import type { FindingDraft, GateOutput } from './types.js';

/** Keys of ssh.targets.yaml (defaults or a target) that map to ssh options. */
const YAML_KEYS: Record<string, string> = {
  strict_host_key_checking: 'StrictHostKeyChecking',
  user_known_hosts_file: 'UserKnownHostsFile',
  global_known_hosts_file: 'GlobalKnownHostsFile',
  host_key_algorithms: 'HostKeyAlgorithms',
};

const ADVICE: Record<TrustIssue['kind'], string> = {
  'host-key-checking-disabled': 'any host key is accepted, so a man in the middle goes unnoticed; pin the keys in a known_hosts file and check them ("yes")',
  'host-key-tofu': 'a new host\'s key is trusted on first use without review; pin the keys in a known_hosts file instead',
  'known-hosts-discarded': 'no host key is ever remembered or compared; point it at a maintained known_hosts file',
  'legacy-algorithm': 'it is a deprecated algorithm; upgrade the device or record a config exception with a reason and an expiry',
};

interface Scope {
  /** 'the defaults of ssh.targets.yaml (inherited by …)' or 'ssh target "x"', for the yaml key concerned */
  label: (yamlKey: string) => string;
  plural: boolean;
  subject: FindingDraft['subject'];
  ref: Ref;
  raw: Record<string, unknown>;
}

function draftsFor(scope: Scope): FindingDraft[] {
  const out: FindingDraft[] = [];
  const verb = (one: string, many: string): string => (scope.plural ? many : one);
  const legacy = new Map<string, { ref: Ref; yamlKey: string; options: string[]; values: string[] }>();
  const push = (issue: TrustIssue, ref: Ref, how: string, yamlKey: string): void => {
    if (issue.kind === 'legacy-algorithm') {
      const key = issue.algorithm ?? '';
      const entry = legacy.get(key) ?? { ref, yamlKey, options: [], values: [] };
      entry.options.push(`${issue.option}${how}`);
      entry.values.push(`${issue.option}=${issue.value}`);
      legacy.set(key, entry);
      return;
    }
    out.push({
      message: `${scope.label(yamlKey)} ${verb('sets', 'set')} ${issue.option} "${issue.value}"${how}: ${ADVICE[issue.kind]}`,
      subject: scope.subject,
      at: [ref],
      kind: issue.kind,
      severity: issue.severity,
      observed: issue.value,
    });
  };
  for (const [yamlKey, option] of Object.entries(YAML_KEYS)) {
    if (!(yamlKey in scope.raw)) continue;
    for (const issue of judgeOption(option, scope.raw[yamlKey])) push({ ...issue, option: yamlKey }, sub(scope.ref, yamlKey), '', yamlKey);
  }
  const extra = scope.raw.ssh_extra_opts;
  if (typeof extra === 'string') {
    for (const opt of parseSshOptions(extra)) {
      for (const issue of judgeOption(opt.key, opt.value)) push(issue, sub(scope.ref, 'ssh_extra_opts'), ' in ssh_extra_opts', 'ssh_extra_opts');
    }
  }
  for (const [algorithm, entry] of legacy) {
    const through = entry.options.join(' and ').replace(/ in ssh_extra_opts(?= and )/g, '');
    out.push({
      message: `${scope.label(entry.yamlKey)} ${verb('enables', 'enable')} the legacy algorithm "${algorithm}" through ${through}: ${ADVICE['legacy-algorithm']}`,
      subject: scope.subject,
      at: [entry.ref],
      kind: `legacy-algorithm:${algorithm}`,
      severity: 'warning',
      observed: entry.values.join(' '),
    });
  }
  return out;
}

function run(model: Model): GateOutput {
  const file = model.paths.ssh;
  const name = fileName(file);
  const out: FindingDraft[] = [];
  const defaults = rawAt(model, at(file, 'ssh', 'defaults'));
  const rawTargets = rawAt(model, at(file, 'ssh', 'targets'));
  const targets = Array.isArray(rawTargets) ? rawTargets : [];
  if (defaults !== null && typeof defaults === 'object' && !Array.isArray(defaults)) {
    /** targets that do not set the key themselves */
    const inheriting = (key: string): number =>
      targets.filter((t) => t !== null && typeof t === 'object' && !Array.isArray(t) && !(key in t)).length;
    out.push(
      ...draftsFor({
        label: (key) => {
          const n = inheriting(key);
          // no target read (the list could not be): how many inherit it is unknown, not 0
          return n === 0 ? `the defaults of ${name}` : `the defaults of ${name} (inherited by ${n} target${n === 1 ? '' : 's'})`;
        },
        plural: true,
        subject: { kind: 'file', id: `${file}#defaults` },
        ref: at(file, 'ssh', 'defaults'),
        raw: defaults as Record<string, unknown>,
      }),
    );
  }
  targets.forEach((t, i) => {
    if (t === null || typeof t !== 'object' || Array.isArray(t)) return;
    const raw = t as Record<string, unknown>;
    const id = typeof raw.id === 'string' ? raw.id : `#${i}`;
    const label = (): string => `ssh target "${id}"`;
    out.push(...draftsFor({ label, plural: false, subject: { kind: 'host', id }, ref: at(file, 'ssh', 'targets', i), raw }));
  });
  // the raw entries are judged, so an ssh target the model could not read is still checked here
  return { findings: out, checked: { sshTargets: targets.length } };
}

export default defineGate({
  id: 'ssh-trust',
  aliases: [],
  kind: 'static',
  severity: 'error',
  describe:
    'SSH settings in ssh.targets.yaml must keep host-key checking on, keep known hosts, and not enable legacy algorithms (ssh-rsa, ssh-dss, SHA-1 kex, CBC).',
  reads: ['ssh'],
  judges: [],
  run: (ctx) => run(ctx.model),
});
