/** The `gen` command line: commander wiring. Returns the process exit code. */
import { Command, CommanderError, Option } from 'commander';
import { type GenConfig, loadConfig, planOptionsOf } from './config.js';
import type { DevFlags } from './dev.js';
import type { DiffFlags } from './diff.js';
import type { ErdFlags } from './erd.js';
import type { RollbackFlags } from './rollback.js';
import type { StatusFlags } from './status.js';
import { VERSION } from '../version.js';
import { type OutputMode, failureOf, internalFailure, printFailure } from './failure.js';
import { markdownFailure } from './markdown.js';
import { installRedaction } from './redacted-output.js';

// Command modules are imported when their command runs: the DBML parser (chevrotain) alone
// costs ~0.4 s to load, and `gen diff --from-url A --to-url B` never needs it.

/** How the command line asks for output: `--json`, `--format github` or `--format markdown`
 * (read from the raw arguments so that even a usage error is reported in the form asked for). */
function outputModeOf(args: readonly string[]): OutputMode {
  if (args.includes('--json')) return 'json';
  const i = args.indexOf('--format');
  const format = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--format='))?.slice('--format='.length);
  return format === 'github' || format === 'markdown' ? format : 'text';
}

/** Runs the CLI with `argv` (as `process.argv`), writing to stdout/stderr; returns the exit code.
 * Every failure is reported here, once, in the output mode asked for. */
export async function main(argv: readonly string[]): Promise<number> {
  installRedaction(argv);
  const args = argv.slice(2);
  const mode = outputModeOf(args);
  const debug = args.includes('--debug') || process.env['GEN_DEBUG'] === '1';
  const command = args.find((a) => !a.startsWith('-')) ?? 'gen';
  try {
    return await run(argv);
  } catch (e) {
    const known = failureOf(e);
    printFailure(known ?? internalFailure(e), mode, command, e, debug);
    return 1;
  }
}

async function run(argv: readonly string[]): Promise<number> {
  let code = 0;
  const config: GenConfig = loadConfig(process.cwd());
  const schemaDefault = config.schema ?? 'schema.dbml';
  const migrationsDefault = config.migrations ?? 'migrations';
  // `--no-online` on the command line beats `online` in gen.config.json.
  const onlineOf = (opts: { online?: boolean }, cmd: Command) => (cmd.getOptionValueSource('online') === 'cli' ? opts.online !== false : (config.online ?? true));
  const program = new Command()
    .name('gen')
    .description('Declarative schema migrations for PostgreSQL from a DBML file')
    .version(VERSION)
    .option('--debug', 'print the stack trace when gen fails with an internal error')
    .exitOverride()
    .showHelpAfterError();
  const w: Wiring = {
    config,
    schemaDefault,
    migrationsDefault,
    onlineOf,
    done: (c) => {
      code = c;
    },
  };
  schemaCommands(program, w);
  migrationCommands(program, w);
  checkCommands(program, w);
  try {
    await program.parseAsync([...argv]);
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return 0;
      // Commander has printed the usage error; --json still gets its one object, markdown its comment.
      const mode = outputModeOf(argv.slice(2));
      const usage = { code: 'usage', message: e.message.replace(/^error: /, '') };
      if (mode === 'json') process.stdout.write(`${JSON.stringify({ ok: false, error: usage }, null, 2)}\n`);
      if (mode === 'markdown') process.stdout.write(markdownFailure(usage, argv.slice(2).find((a) => !a.startsWith('-')) ?? 'gen'));
      return 2;
    }
    throw e;
  }
  return code;
}

/** What the command definitions share: the configuration, its defaults, and where the exit code goes. */
interface Wiring {
  readonly config: GenConfig;
  readonly schemaDefault: string;
  readonly migrationsDefault: string;
  readonly onlineOf: (opts: { online?: boolean }, cmd: Command) => boolean;
  readonly done: (code: number) => void;
}

/** The commands on schema files: validate, format, pull, init. */
function schemaCommands(program: Command, w: Wiring): void {
  const { schemaDefault } = w;
  program
    .command('validate')
    .description('check the schema files (DBML, and SQL beside it) and print diagnostics or a summary')
    .argument('[file]', 'DBML file, its .sql twin joining when present, or a schema folder', schemaDefault)
    .option('--shadow-url <url>', 'build SQL beside the DBML on this scratch database (wiped) instead of the in-memory PGlite')
    .action(async (file: string, opts: { shadowUrl?: string }) => {
      w.done(await (await import('./validate.js')).validateCommand(file, opts.shadowUrl));
    });
  program
    .command('format')
    .description('rewrite DBML files canonically')
    .argument('[file]', 'DBML file or schema folder', schemaDefault)
    .option('--check', 'do not write; exit 1 and print a diff when the file is not canonical')
    .action(async (file: string, opts: { check?: boolean }) => {
      w.done((await import('./format.js')).formatCommand(file, opts.check === true));
    });
  program
    .command('pull')
    .description('introspect a database and write DBML')
    .option('--url <url>', 'database URL (else DATABASE_URL, else .env)')
    .option('--out <file>', 'write DBML to this file (and what DBML cannot express to the .sql file beside it) instead of stdout')
    .action(async (opts: { url?: string; out?: string }) => {
      w.done(await (await import('./pull.js')).pullCommand(opts));
    });
  program
    .command('init')
    .description('start a project: schema.dbml from the example, migrations/, .gitignore entries (never overwrites)')
    .action(async () => {
      w.done((await import('./init.js')).initCommand());
    });
  program
    .command('erd')
    .description('print an entity-relationship diagram (Mermaid) of the schema files or a database')
    .option('--schema <file>', `the DBML file (its .sql twin joins when present) or a schema folder (default: ${schemaDefault})`)
    .option('--url <url>', 'draw this database instead (postgres://…, pglite:dir)')
    .option('--shadow-url <url>', 'build SQL beside the DBML on this scratch database (wiped) instead of the in-memory PGlite')
    .addOption(new Option('--format <format>', 'diagram language (Mermaid only: its renderer needs a browser, so gen prints the source)').choices(['mermaid']).default('mermaid'))
    .option('--tables <list>', 'only these tables: names or schema.name, comma-separated, * as a wildcard')
    .option('--schema-name <name>', 'only the tables of this PostgreSQL schema')
    .option('--neighbours', 'also the tables one foreign key away from those kept')
    .action(async (opts: ErdFlags) => {
      w.done(await (await import('./erd.js')).erdCommand(opts, schemaDefault));
    });
}

/** The commands that write or apply migrations: dev, deploy, hash, resolve, reset. */
function migrationCommands(program: Command, w: Wiring): void {
  const { config, schemaDefault, migrationsDefault, onlineOf } = w;
  program
    .command('dev')
    .description('apply pending migrations to the development database, then turn schema.dbml changes into a new migration and apply it')
    .option('--name <name>', 'name of the new migration (e.g. add_orders)')
    .option('--create-only', 'write the migration without applying it (to edit it by hand)')
    .option('--accept-data-loss', 'allow a migration that deletes data (DELETES_DATA) without asking')
    .option('--rename <old=new>', 'declare a rename: schema.table=new, schema.table.column=new or schema.enum.value=new (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--url <url>', 'development database (else DATABASE_URL, else .env, else the embedded pglite:.gen/dev)')
    .option('--shadow-url <url>', 'scratch database for replaying migrations (default: in-memory PGlite); gen wipes it')
    .option('--no-online', 'plain DDL instead of the online-safe forms on existing tables')
    .option('--schema <file>', 'the DBML file (its .sql twin joins when present) or a schema folder', schemaDefault)
    .option('--migrations <dir>', 'the migrations folder', migrationsDefault)
    .action(async (opts: DevFlags, cmd: Command) => {
      w.done(await (await import('./dev.js')).devCommand({ ...opts, online: onlineOf(opts, cmd), plan: planOptionsOf(config), config }));
    });
  program
    .command('deploy')
    .description('apply pending migrations in order, non-interactively, under an advisory lock (production)')
    .option('--url <url>', 'database URL (else DATABASE_URL, else .env)')
    .option('--lock-wait <duration>', 'how long to wait for another deploy to finish (e.g. 60s, 2m)', '60s')
    .option('--dry-run', 'print what would be applied')
    .option('--allow-out-of-order', 'apply a pending migration that sorts before an applied one')
    .option('--retries <n>', 'run a unit that failed on a lock timeout, deadlock or serialization failure again up to n times, waiting 1 s, 2 s, 4 s, ... (at most 30 s) between', '3')
    .option('--json', 'print each event (applied, unit started and done, retry) and the result as one JSON object per line')
    .option('--migrations <dir>', 'the migrations folder', migrationsDefault)
    .action(async (opts: { url?: string; lockWait?: string; dryRun?: boolean; allowOutOfOrder?: boolean; retries?: string; migrations?: string; json?: boolean }) => {
      w.done(await (await import('./deploy.js')).deployCommand(opts));
    });
  program
    .command('rollback')
    .description("run the down.sql of the last applied migration (or more), newest first, under deploy's lock, units and resume")
    .option('--url <url>', 'database URL (else DATABASE_URL, else .env)')
    .option('--steps <n>', 'roll back the last n applied migrations (default 1)')
    .option('--to <name>', 'roll back every migration applied after this one (it stays applied)')
    .option('--dry-run', 'print what would run')
    .option('--accept-data-loss', 'run down scripts that delete data the migration did not create, or cannot bring back data it deleted')
    .option('--accept-irreversible', 'run down scripts marked irreversible (the schema afterwards differs from before the migration)')
    .option('--lock-wait <duration>', 'how long to wait for a deploy or rollback to finish (e.g. 60s, 2m)', '60s')
    .option('--retries <n>', 'run a unit that failed on a lock timeout, deadlock or serialization failure again up to n times', '3')
    .option('--json', 'print each event (rolled back, unit started and done, retry) and the result as one JSON object per line')
    .option('--migrations <dir>', 'the migrations folder', migrationsDefault)
    .action(async (opts: RollbackFlags) => {
      w.done(await (await import('./rollback.js')).rollbackCommand(opts));
    });
  program
    .command('hash')
    .description('rewrite migrations/gen.sum from the migrations folder (after reviewing it: a merge, a hand edit)')
    .option('--migrations <dir>', 'the migrations folder', migrationsDefault)
    .action(async (opts: { migrations?: string }) => {
      w.done(await (await import('./hash.js')).hashCommand(opts));
    });
  program
    .command('resolve')
    .description('record a failed migration as rolled back (to run it again) or as applied by hand; also baselines')
    .option('--applied <name>', 'record the migration as applied')
    .option('--rolled-back <name>', 'record the failed migration as rolled back')
    .option('--url <url>', 'database URL (else DATABASE_URL, else .env)')
    .option('--migrations <dir>', 'the migrations folder', migrationsDefault)
    .action(async (opts: { applied?: string; rolledBack?: string; url?: string; migrations?: string }) => {
      w.done(await (await import('./resolve.js')).resolveCommand(opts));
    });
  program
    .command('reset')
    .description('drop everything in the development database and re-apply every migration')
    .option('--url <url>', 'development database (else DATABASE_URL, else .env, else the embedded pglite:.gen/dev)')
    .option('--force', 'reset a database that is not on this machine')
    .option('--migrations <dir>', 'the migrations folder', migrationsDefault)
    .action(async (opts: { url?: string; force?: boolean; migrations?: string }) => {
      w.done(await (await import('./reset.js')).resetCommand(opts));
    });
}

/** The commands that compare and check: status, diff, lint. */
function checkCommands(program: Command, w: Wiring): void {
  const { config, schemaDefault, migrationsDefault, onlineOf } = w;
  program
    .command('status')
    .description('check migrations, gen.sum and schema.dbml (offline), and with a database: pending, failed, edited migrations and drift')
    .option('--url <url>', 'database URL (else DATABASE_URL, else .env, else .gen/dev when it exists; none: offline checks only)')
    .option('--shadow-url <url>', 'scratch database for replaying migrations (default: in-memory PGlite); gen wipes it')
    .option('--json', 'print one JSON object')
    .option('--format <format>', 'text (default), github (annotations) or markdown (a pull-request comment)')
    .option('--all', 'lint every migration, not only those newer than the base branch')
    .option('--check-down', 'prove the down.sql of those migrations on the shadow database (as gen dev does): one that does not restore the schema, unmarked, fails')
    .option('--since <ref>', 'the base branch to compare with (default: $GITHUB_BASE_REF, else main)')
    .option('--schema <file>', 'the DBML file (its .sql twin joins when present) or a schema folder', schemaDefault)
    .option('--migrations <dir>', 'the migrations folder', migrationsDefault)
    .action(async (opts: StatusFlags) => {
      w.done(await (await import('./status.js')).statusCommand({ ...opts, config }));
    });
  program
    .command('diff')
    .description('show the changes from one schema source to another (DBML file, database, migrations folder, or empty)')
    .option('--from-empty', 'start from an empty database')
    .option('--from-schema <file>', 'start from a DBML file (with its .sql twin) or schema folder')
    .option('--from-url <url>', 'start from a live database')
    .option('--from-migrations <dir>', 'start from what a migrations folder produces (replayed on the shadow database)')
    .option('--to-empty', 'end at an empty database')
    .option('--to-schema <file>', 'end at a DBML file (with its .sql twin) or schema folder')
    .option('--to-url <url>', 'end at a live database')
    .option('--to-migrations <dir>', 'end at what a migrations folder produces')
    .option('--shadow-url <url>', 'scratch database for replaying migrations (default: in-memory PGlite); gen wipes it')
    .option('--rename <old=new>', 'declare a rename: schema.table=new, schema.table.column=new or schema.enum.value=new (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .option('--no-online', 'plain DDL instead of the online-safe forms on existing tables')
    .option('--script', 'print the SQL script (psql -v ON_ERROR_STOP=1 -f applies it as is)')
    .option('--json', 'print the changes and the steps with their hazards as JSON')
    .addOption(new Option('--format <format>', 'text (default) or markdown (a pull-request comment: changes, hazards, lint, SQL, a diagram of the tables changed)').choices(['text', 'markdown']))
    .option('--exit-code', 'exit 2 when there are differences, 0 when there are none')
    .action(async (opts: DiffFlags, cmd: Command) => {
      w.done(await (await import('./diff.js')).diffCommand({ ...opts, online: onlineOf(opts, cmd), plan: planOptionsOf(config), lintRules: config.lint?.rules }));
    });
  program
    .command('lint')
    .description('check migration SQL against safety rules (locks, rewrites, data loss); default: the migrations folder')
    .argument('[paths...]', 'SQL files or folders')
    .option('--since <ref>', 'only files added or changed since this git ref')
    .option('--json', 'print one JSON object')
    .option('--format <format>', 'text (default) or github (annotations)')
    .option('--migrations <dir>', 'the migrations folder', migrationsDefault)
    .action(async (paths: string[], opts: { since?: string; json?: boolean; format?: string; migrations?: string }) => {
      w.done(await (await import('./lint.js')).lintCommand(paths, opts, config));
    });
}
