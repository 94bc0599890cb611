// Every subcommand and its flags. Actions only translate flags into typed options and call
// the command function of src/cli/commands/<name>.ts, which returns the exit code. Each command
// module is imported inside its action, so a run evaluates only the code of its own command
// (`validate` and `check --offline` never load the SSH/HTTP/Gitea/lab code; the bundle splits).
import { type Command, Option } from 'commander';
import { didYouMean } from '../bindings/did-you-mean.js';
import { UserError } from '../core/errors.js';
import { EXIT_ERROR } from '../core/exit-codes.js';
import { FIX_KINDS } from '../gates/fix-kinds.js';
import type { Io } from '../core/io.js';
import type { CheckOptions, CommonOptions, FixOptions, Format, LabOptions, ProbeOptions } from './options.js';
import { registerHosts } from './register-hosts.js';
import { registerInit } from './register-init.js';
import { registerSchemasCommands } from './register-schemas.js';

type SetExit = (code: number) => void;

const CHECK_HELP = `
Every gate reports what it checked (per entity kind: VMs, services, endpoints, stacks, ...). A gate
is "pass" only when it evaluated its inputs: a binding file that did not load makes each gate that
reads it "inconclusive" (one line naming the parse error, nothing computed from it); an entry that
could not be read (or that the schema rejects) is one "inconclusive" line per gate that reads its
file, and an entity whose status no vocabulary knows one per gate that judges its kind.

Exit codes: 0 nothing blocking and every selected gate evaluated its inputs; 1 blocking drift or
invalid bindings (a file that does not load, an unreadable entry or an unknown status always
exits 1, whatever --gates selects: schema then runs anyway); 2 the tool could not evaluate (bad
flags, bad config, e.g. an unknown gate id, or inputs that would make every SSH probe fail: a
public key as --identity, an empty known_hosts, no identity and no ssh-agent; refused before
probing); 3 inconclusive: something could not be evaluated (a probe failed, an input could not be
used) and nothing blocking was proven.`;

/** Names joined by ", " in lines of at most 100 characters, each starting with `indent`. */
function wrapList(names: string[], indent: string): string {
  const lines: string[] = [];
  let line = indent;
  for (const [i, name] of names.entries()) {
    const word = `${name}${i < names.length - 1 ? ',' : ''}`;
    if (line.trim() && line.length + word.length + 1 > 100) {
      lines.push(line);
      line = indent;
    }
    line += line.trim() ? ` ${word}` : word;
  }
  return [...lines, line].join('\n');
}

function list(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

function addRoot(cmd: Command): Command {
  return cmd
    .option('--root <dir>', 'root of the spine repository', '.')
    .option('--config <file>', 'config file (default: <root>/driftgate.config.yaml, optional)');
}

function addReport(cmd: Command, formats: Format[]): Command {
  return cmd
    .addOption(new Option('--format <format>', 'output format').choices(formats).default('text'))
    .option('--out <file>', 'write the report to a file instead of stdout (the one-line result still goes to stderr)');
}

/** The gate selection and the SSH/HTTP inputs of a run that may probe. */
function addLive(cmd: Command): Command {
  return cmd
    .option('--gates <ids>', 'only these gates (ids or aliases, comma-separated, e.g. D51)', list)
    .option('--connect-map <file>', 'redirect SSH/HTTP transport (JSON, like curl --connect-to)')
    .option('--known-hosts <file>', 'pinned SSH host keys (also DRIFTGATE_KNOWN_HOSTS)')
    .option('--identity <file>', 'SSH private key (also DRIFTGATE_SSH_KEY, else the ssh-agent at SSH_AUTH_SOCK)');
}

function addCommon(cmd: Command): Command {
  return addLive(addReport(addRoot(cmd), ['text', 'json', 'markdown']));
}

function common(opts: Record<string, unknown>): CommonOptions {
  return {
    root: String(opts.root ?? '.'),
    config: opts.config as string | undefined,
    format: (opts.format as Format | undefined) ?? 'text',
    out: opts.out as string | undefined,
    gates: opts.gates as string[] | undefined,
    connectMap: opts.connectMap as string | undefined,
    knownHosts: opts.knownHosts as string | undefined,
    identity: opts.identity as string | undefined,
  };
}

function checkOptions(opts: Record<string, unknown>): CheckOptions {
  if (opts.offline && opts.observations) {
    throw new UserError('--offline and --observations cannot be combined: --offline runs static gates only');
  }
  return {
    ...common(opts),
    offline: Boolean(opts.offline),
    observations: opts.observations as string[] | undefined,
    metricsOut: opts.metricsOut as string | undefined,
    trustOnFirstUse: Boolean(opts.trustOnFirstUse),
    state: opts.state as string | undefined,
    quiet: Boolean(opts.quiet),
    showSuppressed: Boolean(opts.showSuppressed),
  };
}

function addCheckFlags(cmd: Command): Command {
  return cmd
    .option('--offline', 'validate and static gates only (no network); for PR checks')
    .option('--observations <file>', 'judge saved observation snapshots instead of probing (repeatable: shards are merged)', list)
    .option('--metrics-out <file>', 'write Prometheus metrics (textfile collector format)')
    .option('--trust-on-first-use', 'connect to hosts missing from known_hosts for this run (reported as a warning)')
    .option('--state <file>', 'run history (JSON): a live run records its findings there (new, open for N runs, resolved, damping); --offline only reads it (heartbeat)')
    .option('-q, --quiet', 'text report: only the errors and the result line (no warnings, notices, gate table or probe log)')
    .option('--show-suppressed', 'list the findings config exceptions suppressed, with their reasons (text report)');
}

export function registerCommands(program: Command, io: Io, setExit: SetExit): void {
  addReport(addRoot(program.command('validate').description('parse and schema-validate the binding files (the schema gate alone)')), ['text', 'json']).action(
    async (opts) => {
      const { validateCommand } = await import('./commands/validate.js');
      setExit(await validateCommand(common(opts), io));
    },
  );

  addCheckFlags(
    addCommon(program.command('check').description('validate, static gates, live probes and live gates (the main job)')),
  )
    .addHelpText('after', CHECK_HELP)
    .action(async (opts) => {
    const options = checkOptions(opts);
    const { checkCommand } = await import('./commands/check.js');
    setExit(await checkCommand(options, io));
  });

  addLive(addRoot(program.command('probe').description('probe live infrastructure (with --gates: only what those gates read) and write an observation snapshot')))
    .option('--out <file>', 'the observation snapshot to write (JSON; required); the probe log goes to stdout')
    .option('--trust-on-first-use', 'connect to hosts missing from known_hosts for this run (reported as a warning)')
    .option('--shard <K/N>', 'probe only shard K of N (hosts and endpoints split deterministically); merge with check --observations')
    .action(async (opts) => {
      if (!opts.out) throw new UserError('probe needs --out FILE for the observation snapshot');
      const probeOpts: ProbeOptions = { ...common(opts), trustOnFirstUse: Boolean(opts.trustOnFirstUse), shard: opts.shard as string | undefined };
      const { probeCommand } = await import('./commands/probe.js');
      setExit(await probeCommand(probeOpts, io));
    });

  addCheckFlags(addCommon(program.command('fix').description('plan fixes for fixable findings, one topic per fix kind; print the diff; --write applies it locally, --pr opens/updates/closes one fix PR per topic')))
    .option('--dry-run', 'print the plan and the unified diff; change nothing (the default)')
    .option('--write', 'apply the planned edits to the files in --root (same guards as a fix PR) and print what changed')
    .option('--pr', 'open, update or close the fix PR of each topic on Gitea')
    .option('--server-url <url>', 'Gitea base URL (default: GITHUB_SERVER_URL / GITEA_SERVER_URL)')
    .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY)')
    .option('--base <branch>', 'base branch of the fix PRs (default: config fix.base, else main)')
    .addHelpText(
      'after',
      '\nFix kinds (each a topic: one branch, one PR; switch them off with the config\'s fix.gates and fix.kinds):\n' +
        `${wrapList(FIX_KINDS.map((k) => k.id), '  ')} (docs/fix-prs.md).\n` +
        'Disabled endpoints, backup and compose targets are probed too (shadow probes, config probe.shadow),\n' +
        'never blocking, so one that works again can be proposed.\n' +
        '\nThe token for --pr is read from DRIFTGATE_TOKEN, GITEA_TOKEN or GITHUB_TOKEN (never a flag, so it stays\nout of shell history and process lists). Use a bot token with the read:user scope too (driftgate only\ntouches PRs and comments of the token\'s own user): see the README, "Set up on Gitea".',
    )
    .action(async (opts) => {
      const fixOpts: FixOptions = {
        ...checkOptions(opts),
        dryRun: Boolean(opts.dryRun),
        pr: Boolean(opts.pr),
        write: Boolean(opts.write),
        serverUrl: opts.serverUrl as string | undefined,
        repo: opts.repo as string | undefined,
        base: opts.base as string | undefined,
        token: io.env.DRIFTGATE_TOKEN ?? io.env.GITEA_TOKEN ?? io.env.GITHUB_TOKEN,
      };
      if ([fixOpts.dryRun, fixOpts.pr, fixOpts.write].filter(Boolean).length > 1) throw new UserError('--dry-run, --write and --pr cannot be combined');
      const { fixCommand } = await import('./commands/fix.js');
      setExit(await fixCommand(fixOpts, io));
    });

  program
    .command('lab')
    .description('run the simulated infrastructure of a scenario until stopped')
    .requiredOption('--scenario <file>', 'scenario file (YAML)')
    .option('--root <dir>', 'root of the spine the scenario deviates from', '.')
    .option('--config <file>', 'config file (default: <root>/driftgate.config.yaml, optional)')
    .option('--out <dir>', 'where to write connect-map.json, known_hosts and the identity', '.driftgate-lab')
    .action(async (opts) => {
      const labOpts: LabOptions = {
        scenario: String(opts.scenario),
        root: String(opts.root),
        config: opts.config as string | undefined,
        out: opts.out as string,
      };
      const { labCommand } = await import('./commands/lab.js');
      setExit(await labCommand(labOpts, io));
    });

  program
    .command('demo')
    .description('the whole pipeline on the bundled example spine and lab, no set-up needed')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action(async (opts) => {
      const { demoCommand } = await import('./commands/demo.js');
      setExit(await demoCommand({ format: opts.format as Format }, io));
    });

  program
    .command('gates')
    .description('list the gate catalog (id, aliases, kind, default severity, description)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      const { gatesCommand } = await import('./commands/gates.js');
      setExit(await gatesCommand({ format: opts.format as Format }, io));
    });

  registerInit(program, io, setExit);
  registerHosts(program, io, setExit);
  registerSchemasCommands(program, io, setExit);

  program.on('command:*', (operands: string[]) => {
    const word = String(operands[0]);
    const guess = didYouMean(word, program.commands.map((c) => c.name()));
    throw new UserError(`unknown command "${word}"${guess ? `; did you mean "${guess}"?` : ''} (see driftgate --help)`, EXIT_ERROR);
  });
}

export type { LabOptions };
