// `driftgate schemas export|diff`: flags into typed options; the command module is imported inside
// each action, like every other command, so no other run loads it.
import { type Command, Option } from 'commander';
import type { Io } from '../core/io.js';

type SetExit = (code: number) => void;

function rootAndConfig(cmd: Command, root: string): Command {
  return cmd
    .option('--root <dir>', root, '.')
    .option('--config <file>', 'config file (default: <root>/driftgate.config.yaml, optional)')
    .option('--dir <dir>', 'where the repo keeps its copies of the schemas, relative to the root', '.driftgate/schemas');
}

export function registerSchemasCommands(program: Command, io: Io, setExit: SetExit): void {
  const schemas = program
    .command('schemas')
    .description('own the schemas: `schemas export` writes the built-in ones into the repo; `schemas diff --from REV` shows how the files changed shape');
  rootAndConfig(schemas.command('export'), 'root of the spine repository')
    .description('write the built-in binding schemas into the repo (--dir) and print the editor modeline of each binding file')
    .option('--modelines', 'insert the modeline as the first line of each binding file that has none')
    .option('--force', 'overwrite exported schema files that differ (your edits to them are lost)')
    .action(async (opts) => {
      const { schemasExportCommand } = await import('./commands/schemas.js');
      const options = { root: String(opts.root), config: opts.config as string | undefined, dir: String(opts.dir), force: Boolean(opts.force), modelines: Boolean(opts.modelines) };
      setExit(await schemasExportCommand(options, io));
    });
  rootAndConfig(schemas.command('diff'), 'root of the spine repository (inside a git work tree)')
    .description('compare the shapes of the binding files at a git revision with the working tree; propose the config/schema update as a patch')
    .requiredOption('--from <rev>', 'git revision to compare with (a commit, tag or branch)')
    .option('--out <file>', 'write the proposed patch to a file (apply it with git apply)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts) => {
      const { schemasDiffCommand } = await import('./commands/schemas.js');
      const options = {
        root: String(opts.root),
        config: opts.config as string | undefined,
        from: String(opts.from),
        dir: String(opts.dir),
        out: opts.out as string | undefined,
        format: opts.format as 'text' | 'json',
      };
      setExit(await schemasDiffCommand(options, io));
    });
}
