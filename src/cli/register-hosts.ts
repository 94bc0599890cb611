// `driftgate hosts pin|commands`: flags into typed options; the code is imported inside each action.
import { type Command, Option } from 'commander';
import type { Io } from '../core/io.js';

function list(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

/** --root, --config and --connect-map, which both subcommands take. */
function withBase(cmd: Command): Command {
  return cmd
    .option('--root <dir>', 'root of the spine repository', '.')
    .option('--config <file>', 'config file (default: <root>/driftgate.config.yaml, optional)')
    .option('--connect-map <file>', 'redirect SSH transport (JSON, like curl --connect-to)');
}

function base(opts: Record<string, unknown>): { root: string; config?: string; connectMap?: string } {
  return { root: String(opts.root), config: opts.config as string | undefined, connectMap: opts.connectMap as string | undefined };
}

export function registerHosts(program: Command, io: Io, setExit: (code: number) => void): void {
  const hosts = program
    .command('hosts')
    .description('SSH hosts: pin their host keys (pin), show the exact remote commands and privileges (commands)');

  withBase(hosts.command('pin').description('connect to every declared ssh target and write its host key to a reviewable known_hosts'))
    .option('--known-hosts <file>', 'the known_hosts file to read and write (default: probe.known_hosts of the config)')
    .option('--accept-changed <ids>', 'replace the changed key of these ssh targets (ids or hosts, comma-separated; repeatable)', list)
    .option('--dry-run', 'show added, unchanged and changed keys; write nothing')
    .option('--identity <file>', 'SSH private key, to log in through pinned hosts (also DRIFTGATE_SSH_KEY, else SSH_AUTH_SOCK)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      '\nExit codes: 0 pinned, 1 a changed key was refused (the file is untouched), 2 misuse, 3 a host did not answer.\n' +
        'Keys the file does not already trust are recorded and refused: nothing is sent to those hosts.',
    )
    .action(async (opts) => {
      const { hostsPinCommand } = await import('./commands/hosts.js');
      setExit(
        await hostsPinCommand(
          {
            ...base(opts),
            knownHosts: opts.knownHosts as string | undefined,
            identity: opts.identity as string | undefined,
            acceptChanged: (opts.acceptChanged as string[] | undefined) ?? [],
            dryRun: Boolean(opts.dryRun),
            format: opts.format as 'text' | 'json',
          },
          io,
        ),
      );
    });

  withBase(
    hosts
      .command('commands')
      .description('print the exact remote commands a live run sends to each host (one batched exec per host), the channels it opens through it, and the privileges they need'),
  )
    .option('--target <ids>', 'only these ssh targets (comma-separated; repeatable)', list)
    .option('--gates <ids>', 'the commands of a run with these gates (check/probe --gates), comma-separated; default every probe', list)
    .addOption(
      new Option('--format <format>', 'text, json, or allowlist (each exact command and an @@end-of-command line, for the forced-command wrapper)')
        .choices(['text', 'json', 'allowlist'])
        .default('text'),
    )
    .addHelpText(
      'after',
      '\nA run sends each host one exec holding all of its probes; a run with --gates sends only the probes those gates read,\n' +
        'so a team that runs with several --gates selections concatenates the allowlist of each (see docs/least-privilege.md).',
    )
    .action(async (opts) => {
      const { hostsCommandsCommand } = await import('./commands/hosts.js');
      setExit(
        await hostsCommandsCommand(
          {
            ...base(opts),
            targets: opts.target as string[] | undefined,
            gates: opts.gates as string[] | undefined,
            format: opts.format as 'text' | 'json' | 'allowlist',
          },
          io,
        ),
      );
    });
}
