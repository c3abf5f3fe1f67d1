/** Pull: introspect a database and produce canonical DBML — as text, or written to a file with
 * what DBML cannot express as SQL beside it (then pull → diff is empty). */
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { connect } from '../db/connect.js';
import { DbError, type Queryable } from '../db/queryable.js';
import { redactUrl } from '../db/url.js';
import { lift } from '../dbml/print/lift.js';
import { objectLabel } from '../diff/describe.js';
import { dbmlComment, printDocument } from '../dbml/print/print.js';
import { pairOf } from '../desired/pair.js';
import { UserError } from '../errors.js';
import { introspect } from '../introspect/index.js';
import { writeTextFileAtomic } from '../io/text-file.js';
import { sqlComment } from '../render/quote.js';
import { requiredUrl } from './project.js';

/** Options of `pull`. */
export interface PullOptions {
  readonly cwd?: string | undefined;
  /** The database (default: DATABASE_URL, else .env). */
  readonly url?: string | undefined;
  /** Write the DBML to this file (and the SQL beside it); without it, the DBML is returned. */
  readonly out?: string | undefined;
}

/** What `pull` produced: the DBML text, or the files it wrote. */
export type PullResult = { readonly outcome: 'text'; readonly dbml: string } | { readonly outcome: 'written'; readonly files: readonly string[]; readonly tables: number; readonly enums: number; readonly unmanaged: number };

/** Pulls the schema of the database. */
export async function pull(options: PullOptions = {}): Promise<PullResult> {
  const cwd = options.cwd ?? process.cwd();
  const resolved = requiredUrl(options.url, cwd);
  const out = options.out;
  if (out !== undefined && path.extname(out) === '.sql') throw new UserError(`--out ${out}: name the DBML file (e.g. schema.dbml); the SQL beside it is named after it`, 'usage');
  if (out !== undefined && existsSync(path.resolve(cwd, out)) && statSync(path.resolve(cwd, out)).isDirectory()) throw new UserError(`--out ${out} is a folder; expected a file`, 'file-is-directory');
  let db: Queryable;
  try {
    db = await connect(resolved.url, cwd);
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
    if (out === undefined) {
      const lifted = lift(schema);
      const { document } = lifted;
      // Views, functions, triggers, ... are SQL only: listed here, written with --out.
      const losses = [...lifted.losses, ...(schema.objects ?? []).map((o) => `${objectLabel(o)}: SQL only`)];
      if (losses.length > 0) {
        header.push('//', '// Not expressible in DBML (kept in the database, not in this output; pull with --out FILE.dbml to get them as SQL beside it):');
        for (const l of losses) header.push(dbmlComment(`  ${l}`));
      }
      return { outcome: 'text', dbml: `${header.join('\n')}\n\n${printDocument(document)}` };
    }
    const dbmlFile = path.resolve(cwd, out);
    const sqlFile = sqlTwin(dbmlFile);
    const pair = pairOf(schema);
    const withSql = pair.sql !== '';
    if (withSql) header.push('//', dbmlComment(`What DBML cannot express is in ${path.basename(sqlFile)} beside this file (gen reads the two together).`));
    writeTextFileAtomic(dbmlFile, `${header.join('\n')}\n\n${pair.dbml}`);
    if (withSql) writeTextFileAtomic(sqlFile, `${sqlComment(`Pulled by gen pull: what ${path.basename(dbmlFile)} cannot express, as PostgreSQL DDL run after it.`)}\n\n${pair.sql}`);
    // A SQL file left from an earlier pull would state objects the database no longer has.
    else if (existsSync(sqlFile)) rmSync(sqlFile);
    return { outcome: 'written', files: withSql ? [dbmlFile, sqlFile] : [dbmlFile], tables: schema.tables.length, enums: schema.enums.length, unmanaged: unmanaged.length };
  } finally {
    await db.close();
  }
}

/** `schema.dbml` → `schema.sql`: the SQL file read together with a DBML file. */
export function sqlTwin(file: string): string {
  const ext = path.extname(file);
  return `${ext === '' ? file : file.slice(0, -ext.length)}.sql`;
}
