/** `gen pull`: introspect a database and write canonical DBML (stdout, or `--out FILE`). */
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pairOf } from '../desired/pair.js';
import { sqlComment } from '../render/quote.js';
import { writeTextFileAtomic } from '../io/text-file.js';
import { connect } from '../db/connect.js';
import { DbError } from '../db/queryable.js';
import { redactUrl, resolveUrl } from '../db/url.js';
import { lift } from '../dbml/print/lift.js';
import { dbmlComment, printDocument } from '../dbml/print/print.js';
import { introspect } from '../introspect/index.js';
import { UserError } from './errors.js';

/** Pulls the schema behind `--url` / DATABASE_URL / .env; exit code 0 on success. */
export async function pullCommand(opts: { url?: string; out?: string }): Promise<number> {
  const resolved = resolveUrl({ flag: opts.url });
  if (!resolved) throw new UserError('no database URL: pass --url, set DATABASE_URL, or put DATABASE_URL in .env', 'no-database-url');
  if (opts.out !== undefined && path.extname(opts.out) === '.sql') throw new UserError(`--out ${opts.out}: name the DBML file (e.g. schema.dbml); the SQL beside it is named after it`, 'usage');
  if (opts.out !== undefined && existsSync(opts.out) && statSync(opts.out).isDirectory()) throw new UserError(`--out ${opts.out} is a folder; expected a file`, 'file-is-directory');
  let db;
  try {
    db = await connect(resolved.url);
  } catch (e) {
    if (e instanceof DbError && e.kind !== 'bad-url') throw new DbError(e.kind, `${e.message} (URL from ${resolved.source}: ${redactUrl(resolved.url)})`, e.sqlstate);
    throw e;
  }
  try {
    const { schema, unmanaged } = await introspect(db);
    // Names from the database go through dbmlComment: a line break in one would end the comment.
    const header = ['// Pulled by gen pull: the managed schema of the database, in DBML.'];
    if (unmanaged.length > 0) {
      header.push('//', '// Unmanaged objects (gen leaves them alone):');
      for (const u of unmanaged) header.push(dbmlComment(`  ${u.kind} ${u.schema ? `${u.schema}.` : ''}${u.name}`));
    }
    if (opts.out === undefined) {
      const { document, losses } = lift(schema);
      if (losses.length > 0) {
        header.push('//', '// Not expressible in DBML (kept in the database, not in this output; pull with --out FILE.dbml to get them as SQL beside it):');
        for (const l of losses) header.push(dbmlComment(`  ${l}`));
      }
      process.stdout.write(`${header.join('\n')}\n\n${printDocument(document)}`);
      return 0;
    }
    const sqlFile = sqlTwin(opts.out);
    const pair = pairOf(schema);
    const withSql = pair.sql !== '';
    if (withSql) header.push('//', dbmlComment(`What DBML cannot express is in ${path.basename(sqlFile)} beside this file (gen reads the two together).`));
    writeTextFileAtomic(opts.out, `${header.join('\n')}\n\n${pair.dbml}`);
    if (withSql) writeTextFileAtomic(sqlFile, `${sqlComment(`Pulled by gen pull: what ${path.basename(opts.out)} cannot express, as PostgreSQL DDL run after it.`)}\n\n${pair.sql}`);
    // A SQL file left from an earlier pull would state objects the database no longer has.
    else if (existsSync(sqlFile)) rmSync(sqlFile);
    process.stderr.write(`wrote ${opts.out}${withSql ? ` and ${sqlFile}` : ''}: ${schema.tables.length} tables, ${schema.enums.length} enums, ${unmanaged.length} unmanaged objects\n`);
    return 0;
  } finally {
    await db.close();
  }
}

/** `schema.dbml` → `schema.sql`: the SQL file read together with a DBML file. */
function sqlTwin(file: string): string {
  const ext = path.extname(file);
  return `${ext === '' ? file : file.slice(0, -ext.length)}.sql`;
}
