/** The `gen` command line: commander wiring. Returns the process exit code. */
import { Command, CommanderError } from 'commander';
import { formatCommand } from './format.js';
import { pullCommand } from './pull.js';
import { validateCommand } from './validate.js';

/** Runs the CLI with `argv` (as `process.argv`), writing to stdout/stderr; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('gen')
    .description('Declarative schema migrations for PostgreSQL from a DBML file')
    .version('0.1.0')
    .exitOverride()
    .showHelpAfterError();
  program
    .command('validate')
    .description('check a DBML file and print diagnostics or a summary')
    .argument('[file]', 'DBML file', 'schema.dbml')
    .action((file: string) => {
      code = validateCommand(file);
    });
  program
    .command('format')
    .description('rewrite a DBML file canonically')
    .argument('[file]', 'DBML file', 'schema.dbml')
    .option('--check', 'do not write; exit 1 and print a diff when the file is not canonical')
    .action((file: string, opts: { check?: boolean }) => {
      code = formatCommand(file, opts.check === true);
    });
  program
    .command('pull')
    .description('introspect a database and write DBML')
    .option('--url <url>', 'database URL (else DATABASE_URL, else .env)')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { url?: string; out?: string }) => {
      code = await pullCommand(opts);
    });
  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}
