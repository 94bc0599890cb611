// `driftgate init`: flags into typed options; the command module is imported inside the action.
import type { Command } from 'commander';
import type { Io } from '../core/io.js';

const INIT_HELP = `
Detects which files of the built-in spine profile exist (a file missing at its profile path but
found once elsewhere under the same name, .yml or .yaml, is proposed as a paths: override; several
are listed commented out), then writes driftgate.config.yaml (only what differs from the defaults,
plus commented examples), the PR-check and nightly workflows (driftgate-pr.yml, driftgate-nightly.yml)
into the first of .forgejo/workflows, .gitea/workflows, .github/workflows that exists (.gitea/workflows
when none does), and prints the next steps. --schemas and --modelines do what \`schemas export\` does.

An existing file is never replaced without --force: an identical one is "unchanged", a different one
is "skipped" with the reason. A second init changes nothing.

Exit codes: 0 every file written or unchanged; 1 a file was skipped (it exists and differs, or cannot
be read); 2 misuse (bad flags, invalid existing config, an unwritable file).`;

export function registerInit(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('init')
    .description('set driftgate up in a spine repository: config, PR-check and nightly workflows, optionally schemas and modelines; prints the next steps')
    .option('--root <dir>', 'root of the spine repository', '.')
    .option('--force', 'replace existing files that differ (your edits to them are lost)')
    .option('--schemas', 'also export the built-in schemas into .driftgate/schemas (as `schemas export`)')
    .option('--modelines', 'also insert the editor modeline into each binding file (implies --schemas)')
    .option('--dry-run', 'show what would be written; write nothing')
    .option('--action <ref>', 'the driftgate Action in the workflows, URL@REF (default: https://<server of the origin remote>/tools/driftgate@v1, else a placeholder)')
    .option('--branch <name>', 'the default branch: the PR check runs on pushes to it, fix PRs target it (default: fix.base of an existing config, else main)')
    .addHelpText('after', INIT_HELP)
    .action(async (opts) => {
      const { initCommand } = await import('./commands/init.js');
      setExit(
        await initCommand(
          {
            root: String(opts.root),
            force: Boolean(opts.force),
            schemas: Boolean(opts.schemas),
            modelines: Boolean(opts.modelines),
            dryRun: Boolean(opts.dryRun),
            action: opts.action as string | undefined,
            branch: opts.branch as string | undefined,
          },
          io,
        ),
      );
    });
}
