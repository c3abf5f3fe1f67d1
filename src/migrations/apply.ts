/** Applying one migration: its statements split with libpg_query into units — an explicit
 * BEGIN … COMMIT block, a run of transactional statements (one transaction), or a statement
 * that cannot run in a transaction (alone) — with progress recorded in the history after each
 * unit, inside the unit's own transaction where there is one. */
import type { Queryable } from '../db/queryable.js';
import { fingerprint } from '../model/schema.js';
import { introspect } from '../introspect/index.js';
import { type SqlStatement, loadSqlParser, splitStatements, SqlSyntaxError } from '../sql/split.js';
import { ScriptError, reasonOf } from '../sql/run.js';
import type { MigrationFile } from './dir.js';
import { HISTORY_TABLE } from './history.js';
import { checksum } from './sum.js';

/** A unit of execution: statements that commit together (or one that cannot be in a transaction). */
export interface Unit {
  readonly statements: readonly SqlStatement[];
  /** Wrapped in a transaction by gen (an explicit BEGIN … COMMIT block becomes such a unit). */
  readonly wrap: boolean;
}

const kindOf = (s: SqlStatement) => (s.type === 'TransactionStmt' ? String(s.node['kind']) : '');

/** Splits statements into units. */
export function unitsOf(statements: readonly SqlStatement[]): Unit[] {
  const units: Unit[] = [];
  let run: SqlStatement[] = [];
  const flush = () => {
    if (run.length) units.push({ statements: run, wrap: true });
    run = [];
  };
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    const k = kindOf(s);
    if (k === 'TRANS_STMT_BEGIN' || k === 'TRANS_STMT_START') {
      flush();
      const block: SqlStatement[] = [];
      for (i++; i < statements.length; i++) {
        const t = statements[i]!;
        if (kindOf(t) === 'TRANS_STMT_COMMIT') break;
        block.push(t);
      }
      units.push({ statements: block, wrap: true });
      continue;
    }
    // Session settings (SET lock_timeout ...) apply to everything after them.
    if (!s.transactional || s.type === 'VariableSetStmt') {
      flush();
      units.push({ statements: [s], wrap: false });
      continue;
    }
    run.push(s);
  }
  flush();
  return units;
}

/** Applies `m` on `db`, recording it in the history; throws ScriptError on a failing statement
 * (the history row keeps the error). Returns the schema fingerprint after it. */
export async function applyMigration(db: Queryable, m: MigrationFile, version: string, resume?: { readonly id: number; readonly applied: number }): Promise<string> {
  await loadSqlParser();
  let statements: SqlStatement[];
  try {
    statements = splitStatements(m.sql);
  } catch (e) {
    if (e instanceof SqlSyntaxError) throw new ScriptError(m.file, e.line, e.column, '', e.message);
    throw e;
  }
  const units = unitsOf(statements);
  const total = units.reduce((n, u) => n + u.statements.length, 0);
  const started = Date.now();
  // A run that crashed part-way resumes on its own row, after the units it recorded.
  const id = resume?.id ?? (await db.query<{ id: number }>(`INSERT INTO public.${HISTORY_TABLE} (name, checksum, total_statements, gen_version) VALUES ($1, $2, $3, $4) RETURNING id::int AS id`, [m.name, checksum(m.sql), total, version]))[0]!.id;
  let applied = 0;
  for (const u of units) {
    if (resume && applied + u.statements.length <= resume.applied) {
      applied += u.statements.length;
      // Session settings (lock_timeout, ...) died with the crashed session: set them again.
      if (!u.wrap && u.statements[0]!.type === 'VariableSetStmt') await db.exec(u.statements[0]!.text);
      continue;
    }
    await dropInvalidIndex(db, u);
    // A unit outside a transaction can have run with the crash before its progress was
    // recorded: a concurrent index build or drop that already took effect is not repeated.
    if (resume && !u.wrap && (await alreadyDone(db, u))) {
      applied += u.statements.length;
      await db.query(`UPDATE public.${HISTORY_TABLE} SET applied_statements = $1 WHERE id = $2`, [applied, id]);
      continue;
    }
    const current = { s: u.statements[0]! };
    try {
      if (u.wrap) await db.exec('BEGIN');
      for (const s of u.statements) {
        current.s = s;
        await db.exec(s.text);
      }
      applied += u.statements.length;
      if (u.wrap) {
        await db.query(`UPDATE public.${HISTORY_TABLE} SET applied_statements = $1 WHERE id = $2`, [applied, id]);
        await db.exec('COMMIT');
      } else await db.query(`UPDATE public.${HISTORY_TABLE} SET applied_statements = $1 WHERE id = $2`, [applied, id]);
    } catch (e) {
      if (u.wrap) await db.exec('ROLLBACK').catch(() => undefined);
      const err = new ScriptError(m.file, current.s.line, current.s.column, current.s.text, reasonOf(e));
      await db.query(`UPDATE public.${HISTORY_TABLE} SET logs = $1 WHERE id = $2`, [err.message, id]).catch(() => undefined);
      throw err;
    }
  }
  const hash = fingerprint((await introspect(db)).schema);
  await db.query(`UPDATE public.${HISTORY_TABLE} SET finished_at = clock_timestamp(), execution_ms = $1, schema_hash = $2 WHERE id = $3`, [Date.now() - started, hash, id]);
  return hash;
}

/** A `CREATE INDEX CONCURRENTLY` that failed or was killed leaves an INVALID index behind; the
 * retry would fail on the name, so the leftover is dropped first. */
async function dropInvalidIndex(db: Queryable, u: Unit): Promise<void> {
  const s = u.statements[0];
  if (!s || s.type !== 'IndexStmt' || s.node['concurrent'] !== true || typeof s.node['idxname'] !== 'string') return;
  const rel = s.node['relation'] as { schemaname?: string } | undefined;
  const rows = await db.query<{ q: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS q FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_index i ON i.indexrelid = c.oid
      WHERE c.relname = $1 AND NOT i.indisvalid AND ($2::text IS NULL OR n.nspname = $2)`,
    [s.node['idxname'], rel?.schemaname ?? null],
  );
  for (const r of rows) await db.exec(`DROP INDEX CONCURRENTLY IF EXISTS ${r.q}`);
}

/** True when a lone CREATE INDEX CONCURRENTLY already left a valid index, or a lone DROP INDEX
 * CONCURRENTLY already removed it. */
async function alreadyDone(db: Queryable, u: Unit): Promise<boolean> {
  const s = u.statements[0];
  if (!s) return false;
  if (s.type === 'IndexStmt' && typeof s.node['idxname'] === 'string') {
    const rel = s.node['relation'] as { schemaname?: string } | undefined;
    const rows = await db.query(
      `SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_index i ON i.indexrelid = c.oid
        WHERE c.relname = $1 AND i.indisvalid AND ($2::text IS NULL OR n.nspname = $2)`,
      [s.node['idxname'], rel?.schemaname ?? null],
    );
    return rows.length > 0;
  }
  if (s.type === 'DropStmt' && s.node['removeType'] === 'OBJECT_INDEX') {
    const objects = (s.node['objects'] as { List?: { items?: { String?: { sval?: string } }[] } }[] | undefined) ?? [];
    for (const o of objects) {
      const parts = (o.List?.items ?? []).map((x) => x.String?.sval ?? '');
      const name = parts.at(-1);
      const schema = parts.length > 1 ? parts.at(-2) : null;
      const rows = await db.query(`SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = $1 AND c.relkind = 'i' AND ($2::text IS NULL OR n.nspname = $2)`, [name, schema]);
      if (rows.length > 0) return false;
    }
    return objects.length > 0;
  }
  return false;
}
