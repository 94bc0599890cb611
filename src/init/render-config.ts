// The driftgate.config.yaml `driftgate init` writes: commented, holding only what differs from the
// built-in defaults (paths found elsewhere, the workflow directory, the default branch), then
// commented-out examples of the keys teams set most. Its text depends on the repository alone (no
// date, no tool version), so a second init writes the same bytes.
import { SPINE_PATHS } from '../config/defaults.js';
import type { RawConfig } from '../config/merge-config.js';
import type { Detection } from './detect-profile.js';
import { yamlScalar } from '../config/yaml-scalar.js';

export const DEFAULT_BRANCH = 'main';

export interface RenderedConfig {
  text: string;
  /** the same settings as data, to resolve the config without reading the file back */
  raw: RawConfig;
}

/** A YAML scalar: plain when that is unambiguous, else double-quoted (JSON is valid YAML). */
const HEADER = [
  '# driftgate.config.yaml: driftgate\'s settings for this repository, written by `driftgate init`.',
  '# Only what differs from the built-in `spine` profile is set; every key left out keeps its default.',
  '# Every key: driftgate\'s docs/schemas.md; the schema: schemas/driftgate.config.schema.json.',
  'version: 1',
];

const FIX_EXAMPLES = [
  'gates: [registry-status, vm-inventory, health]   # whose declared-stale findings become fix PRs',
  'labels: [driftgate]',
  'max_open_prs: 5',
];

/** The examples block: every line commented out, valid YAML once the leading "# " is removed. */
function examples(withFix: boolean): string[] {
  const lines = [
    'gates:                       # per gate id or alias: error blocks, warning reports without blocking, off skips it',
    '  ssh-trust: warning',
    '  D51: off',
    'exceptions:                  # accepted findings, each with its reason, until the expiry date (then reported again)',
    '  - gate: vm-governance',
    '    subject: docker-host',
    '    reason: legacy VM, migration planned',
    '    expires: 2026-12-31',
    'probe:',
    '  known_hosts: ops/ssh/known_hosts   # pinned host keys: driftgate hosts pin --known-hosts ops/ssh/known_hosts',
    '  users:                     # login user per ssh target id (docs/least-privilege.md); the declared user stays the default',
    '    pve: driftgate',
    '  hypervisor_targets: [pve]  # ssh targets whose `qm list` is the hypervisor truth',
    '  ssh_connect_timeout_ms: 5000',
    '  run_timeout_ms: 120000',
    '  retries: 1',
    ...(withFix ? ['fix:', ...FIX_EXAMPLES.map((l) => `  ${l}`)] : []),
  ];
  return ['', '# Examples of the keys teams set most (uncomment and adapt):', '#', ...lines.map((l) => `# ${l}`)];
}

function pathLines(detection: Detection, raw: RawConfig): string[] {
  const active: string[] = [];
  const commented: string[] = [];
  for (const f of detection.files) {
    if (f.status === 'moved') {
      const found = f.candidates[0] as string;
      active.push(`  ${f.kind}: ${yamlScalar(found)}   # not at the profile's ${f.profilePath}; the only file of that name: check it`);
      raw.paths = { ...raw.paths, [f.kind]: found };
    } else if (f.status === 'ambiguous') {
      commented.push(`  # ${f.kind} (the profile's ${f.profilePath}) is one of these ${f.candidates.length} files of that name; uncomment it:`);
      for (const c of f.candidates) commented.push(`  # ${f.kind}: ${yamlScalar(c)}`);
    }
  }
  if (detection.workflowsDir !== SPINE_PATHS.workflows) {
    active.push(`  workflows: ${yamlScalar(detection.workflowsDir)}   # where this repository keeps its workflows`);
    raw.paths = { ...raw.paths, workflows: detection.workflowsDir };
  }
  if (active.length === 0 && commented.length === 0) return [];
  const intro = ['', '# Profile files that are not at the profile\'s path, found by file name (init\'s heuristic: a file of', '# the same name, .yml or .yaml, outside hidden directories). `driftgate check --offline` validates them.'];
  if (active.length > 0) return [...intro, 'paths:', ...active, ...commented];
  return [...intro, '# paths:', ...commented];
}

export function renderConfig(detection: Detection, branch: string): RenderedConfig {
  const raw: RawConfig = {};
  const lines = [...HEADER, ...pathLines(detection, raw)];
  const fixActive = branch !== DEFAULT_BRANCH;
  if (fixActive) {
    raw.fix = { base: branch };
    lines.push('', '# The default branch: the PR check runs on pushes to it, and fix PRs target it.', 'fix:', `  base: ${yamlScalar(branch)}`, ...FIX_EXAMPLES.map((l) => `  # ${l}`));
  }
  lines.push(...examples(!fixActive));
  return { text: `${lines.join('\n')}\n`, raw };
}
