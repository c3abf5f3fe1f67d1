/** `gen pull`: introspect a database and write canonical DBML (stdout, or `--out FILE`). */
import { existsSync, statSync } from 'node:fs';
import { writeTextFileAtomic } from '../io/text-file.js';
import { connect } from '../db/connect.js';
import { DbError } from '../db/queryable.js';
import { redactUrl, resolveUrl } from '../db/url.js';
import { lift } from '../dbml/lift.js';
import { dbmlComment, printDocument } from '../dbml/print.js';
import { introspect } from '../introspect/index.js';
import { UserError } from './errors.js';

/** Pulls the schema behind `--url` / DATABASE_URL / .env; exit code 0 on success. */
export async function pullCommand(opts: { url?: string; out?: string }): Promise<number> {
  const resolved = resolveUrl({ flag: opts.url });
  if (!resolved) throw new UserError('no database URL: pass --url, set DATABASE_URL, or put DATABASE_URL in .env', 'no-database-url');
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
    const { document, losses } = lift(schema);
    // Names from the database go through dbmlComment: a line break in one would end the comment.
    const header = ['// Pulled by gen pull: the managed schema of the database, in DBML.'];
    if (unmanaged.length > 0) {
      header.push('//', '// Unmanaged objects (gen leaves them alone):');
      for (const u of unmanaged) header.push(dbmlComment(`  ${u.kind} ${u.schema ? `${u.schema}.` : ''}${u.name}`));
    }
    if (losses.length > 0) {
      header.push('//', '// Not expressible in DBML (kept in the database, not in this file):');
      for (const l of losses) header.push(dbmlComment(`  ${l}`));
    }
    const text = `${header.join('\n')}\n\n${printDocument(document)}`;
    if (opts.out) {
      writeTextFileAtomic(opts.out, text);
      process.stderr.write(`wrote ${opts.out}: ${schema.tables.length} tables, ${schema.enums.length} enums, ${unmanaged.length} unmanaged objects\n`);
    } else process.stdout.write(text);
    return 0;
  } finally {
    await db.close();
  }
}
