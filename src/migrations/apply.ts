/** Applying one migration: its statements split with libpg_query into units — an explicit
 * BEGIN … COMMIT block, a run of transactional statements (one transaction), or a statement
 * that cannot run in a transaction (alone) — with progress recorded in the history after each
 * unit, inside the unit's own transaction where there is one. */
import type { Queryable } from '../db/queryable.js';
import { fingerprint } from '../model/schema.js';
import { type SqlStatement, loadSqlParser, splitStatements, SqlSyntaxError } from '../sql/split.js';
import { type Unit, unitsOf } from '../sql/units.js';
import { ScriptError, reasonOf, sqlstateOf } from '../sql/run.js';
import type { MigrationFile } from './dir.js';
import { type FailureKind, HISTORY_TABLE } from './history.js';
import { checksum } from './sum.js';
import { quoteLiteral as literal } from '../model/identifiers.js';

/** A migration split into its units, ready to run. */
export interface PreparedMigration {
  readonly file: MigrationFile;
  readonly units: readonly Unit[];
  readonly total: number;
  readonly checksum: string;
  /** `unitChecksum` of each unit, recorded with every attempt. */
  readonly unitSums: readonly string[];
  /** `rollback`: the file is the migration's down.sql, run by `gen rollback`. */
  readonly operation: 'apply' | 'rollback';
}

/** A unit's identity: its statements as written (without comments) and how it runs. A resumed
 * run skips a committed unit only when this is unchanged. */
export function unitChecksum(u: Unit): string {
  return checksum(`${u.wrap ? 'transaction' : 'alone'}${u.explicit ? ' explicit' : ''}\n${u.statements.map((s) => s.text).join('\n;\n')}`);
}

/** Splits `m` (the SQL parser must be loaded: `loadSqlParser()`); throws ScriptError with the
 * position of a syntax error, before anything of the migration runs. */
export function prepareMigration(m: MigrationFile, operation: 'apply' | 'rollback' = 'apply'): PreparedMigration {
  let statements: SqlStatement[];
  try {
    statements = splitStatements(m.sql);
  } catch (e) {
    if (e instanceof SqlSyntaxError) throw new ScriptError(m.file, e.line, e.column, '', e.message);
    throw e;
  }
  const units = unitsOf(statements);
  return { file: m, units, total: units.reduce((n, u) => n + u.statements.length, 0), checksum: checksum(m.sql), unitSums: units.map(unitChecksum), operation };
}

/** Applies `m` on `db`, recording it in the history; throws ScriptError on a failing statement
 * (the history row keeps the error). With `fingerprint` (the default) it records the schema
 * fingerprint after the migration and returns it. Callers applying a batch ask for it on the
 * last migration only: the fingerprint is only ever read for the latest applied migration, and
 * introspecting after every one made a deploy quadratic in the number of migrations. */
export async function applyMigration(db: Queryable, m: MigrationFile, version: string, resume?: Resume, fingerprintAfter = true, options: ApplyOptions = {}): Promise<string | undefined> {
  await loadSqlParser();
  return applyPrepared(db, prepareMigration(m), version, resume, fingerprintAfter, options);
}

/** Where to pick up a migration that an earlier attempt started: after its first `applied`
 * statements (whole units, committed). With `id`, that attempt was cut off and its row is
 * completed; without, a new row records this attempt. */
export interface Resume {
  readonly id?: number | undefined;
  readonly applied: number;
}

/** How to treat transient failures within one run. */
export interface ApplyOptions {
  /** How many times a unit that failed on a lock timeout, deadlock or serialization failure is
   * run again (default 0). */
  readonly retries?: number;
  /** Hears of each wait before a retry (a line to print). */
  readonly onRetry?: (message: string) => void;
  /** Waits (tests may shorten it). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Hears of each unit as it starts and as it commits (progress on long work). */
  readonly onUnit?: (progress: UnitProgress) => void;
}

/** A unit of a migration starting or done: `ms` once done. */
export interface UnitProgress {
  readonly migration: string;
  /** 1-based. */
  readonly unit: number;
  readonly units: number;
  /** Where the unit's first statement is (`file:line`). */
  readonly at: string;
  readonly phase: 'start' | 'done';
  readonly ms?: number;
}

/** The first wait before a retry, doubled each time up to the cap. */
export const RETRY_BASE_MS = 1000;
export const RETRY_CAP_MS = 30_000;

/** A unit of a migration failed: what it left behind, and the one way forward. */
export class UnitFailure extends ScriptError {
  constructor(
    base: ScriptError,
    readonly migration: string,
    readonly failure: FailureKind,
    /** 1-based. */
    readonly unit: number,
    readonly units: number,
    readonly advice: string,
  ) {
    super(base.file, base.line, base.column, base.statement, base.reason, base.sqlstate);
    this.message = `${base.message}\n  ${advice}`;
    this.name = 'UnitFailure';
  }
}

/** Failures that leave nothing behind in a unit that rolled back and may pass when run again:
 * lock_timeout (55P03), deadlock (40P01), serialization failure (40001), and a lost connection
 * (class 08, the server shutting the session down, or the socket closing). */
export function transientReason(sqlstate: string | undefined, message: string): string | undefined {
  if (sqlstate === '55P03') return 'lock timeout';
  if (sqlstate === '40P01') return 'deadlock';
  if (sqlstate === '40001') return 'serialization failure';
  if (sqlstate?.startsWith('08') || sqlstate === '57P01' || sqlstate === '57P02' || sqlstate === '57P03' || sqlstate === 'ECONNRESET' || sqlstate === 'EPIPE') return 'lost connection';
  if (sqlstate === undefined && /connection terminated|connection.*(closed|ended)|not queryable/i.test(message)) return 'lost connection';
  return undefined;
}

/** What a failed unit left, and the one command that gets past it. */
export function failureAdvice(kind: FailureKind, name: string, unit: number, units: number, why?: string, invalidIndex?: string, operation: 'apply' | 'rollback' = 'apply'): string {
  const before = unit > 2 ? ` (units 1-${unit - 1} committed and will not run again)` : unit === 2 ? ' (unit 1 committed and will not run again)' : '';
  // A rollback is finished by running it again: it resumes at the unit that failed.
  if (operation === 'rollback') {
    const left =
      kind === 'partial' ? `ran outside a transaction and may have left work behind${invalidIndex ? ` (an INVALID index ${invalidIndex}, which gen rollback drops and builds again)` : ''}` : `rolled back as a whole${why ? ` (${why})` : ''}`;
    return `unit ${unit} of ${units} of ${name}/down.sql ${left}${before}: fix the cause, then re-run gen rollback; it resumes at unit ${unit}`;
  }
  switch (kind) {
    case 'transient':
      return `${why ?? 'transient failure'} on unit ${unit} of ${units}; it rolled back as a whole${before}: re-run gen deploy to retry it`;
    case 'rolled-back':
      return `unit ${unit} of ${units} rolled back as a whole${before}: fix the cause, then re-run gen deploy; it resumes at unit ${unit}`;
    case 'partial':
      return `unit ${unit} of ${units} ran outside a transaction and may have left work behind${invalidIndex ? ` (an INVALID index ${invalidIndex}, which gen deploy drops and builds again)` : ''}: fix the cause, then run gen resolve --rolled-back ${name} and gen deploy (it resumes at unit ${unit})`;
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** One migration of a batch, with its history row when it is resumed. */
export interface BatchItem {
  readonly file: MigrationFile;
  readonly resume?: Resume | undefined;
  /** `rollback`: `file` is a down script (default: a migration). */
  readonly operation?: 'apply' | 'rollback';
}

/** Applies `items` in order, the schema fingerprint recorded after the last; `onApplied` hears of
 * each. While the server runs one migration, the next is split: libpg_query costs about a
 * quarter of a millisecond per small migration, a tenth of what the server takes, so a deploy's
 * client work hides in the server's. (This relies on `applyPrepared` sending its first statement
 * before it first yields; see there.) */
export async function applyBatch(db: Queryable, items: readonly BatchItem[], version: string, onApplied?: (item: BatchItem, ms: number) => void, options: ApplyOptions = {}): Promise<void> {
  if (items.length === 0) return;
  await loadSqlParser();
  let next: PreparedMigration | Error = prepareMigration(items[0]!.file, items[0]!.operation);
  let done: { readonly item: BatchItem; readonly ms: number } | undefined;
  for (const [i, item] of items.entries()) {
    if (next instanceof Error) {
      if (done) onApplied?.(done.item, done.ms);
      throw next;
    }
    const t0 = Date.now();
    const running = applyPrepared(db, next, version, item.resume, i === items.length - 1, options);
    // The previous migration is reported once this one is on its way.
    if (done) onApplied?.(done.item, done.ms);
    const following = items[i + 1];
    if (following) {
      // A syntax error in the next migration is reported once this one has finished.
      try {
        next = prepareMigration(following.file, following.operation);
      } catch (e) {
        next = e instanceof Error ? e : new Error(String(e));
      }
    }
    await running;
    done = { item, ms: Date.now() - t0 };
  }
  if (done) onApplied?.(done.item, done.ms);
}

/** Applies a prepared migration (see `applyMigration`). Until its first statement is sent it
 * must not await anything on the common path (a fresh migration whose first unit is not a
 * concurrent index build), so that `applyBatch` can split the next migration meanwhile. A failing
 * unit throws `UnitFailure`; one that failed on a lock timeout, deadlock or serialization failure
 * is first run again up to `options.retries` times, with exponential backoff.
 * @long kept whole: the order of its awaits is what writes progress in the unit's own transaction
 * and lets `applyBatch` split the next migration meanwhile; split, that order would be hidden. */
export async function applyPrepared(db: Queryable, p: PreparedMigration, version: string, resume?: Resume, fingerprintAfter = true, options: ApplyOptions = {}): Promise<string | undefined> {
  const { file: m, units, total } = p;
  const started = Date.now();
  const history = `public.${HISTORY_TABLE}`;
  // The migration's row is written with the first unit's progress — inside that unit's
  // transaction when it has one. A one-transaction migration is then two round trips plus one
  // per further statement (`BEGIN; <first>` … `INSERT <row>; COMMIT`), and a crash before that
  // commit leaves neither the row nor any effect. Later statements of this session find the row
  // through the identity sequence's current value (a scalar subquery: currval() is volatile, and
  // `id = currval(...)` would scan every row).
  const THIS_ROW = `(SELECT currval(pg_get_serial_sequence('${history}', 'id')))`;
  const sums = `ARRAY[${p.unitSums.map((x) => literal(x)).join(', ')}]::text[]`;
  let row: string | undefined = resume?.id !== undefined ? String(resume.id) : undefined;
  const record = (applied: number, finished: boolean, failed?: { readonly logs: string; readonly kind: FailureKind }): string => {
    const done = finished ? 'clock_timestamp()' : 'NULL';
    const ms = finished ? String(Date.now() - started) : 'NULL';
    if (row !== undefined) {
      return `UPDATE ${history} SET applied_statements = ${applied}, finished_at = ${done}, execution_ms = ${ms}, unit_checksums = coalesce(unit_checksums, ${sums})${failed ? `, logs = ${literal(failed.logs)}, failure = ${literal(failed.kind)}` : ''} WHERE id = ${row}`;
    }
    return `INSERT INTO ${history} (name, checksum, total_statements, gen_version, applied_statements, finished_at, execution_ms, logs, unit_checksums, failure, operation) VALUES (${literal(m.name)}, ${literal(p.checksum)}, ${total}, ${literal(version)}, ${applied}, ${done}, ${ms}, ${failed ? literal(failed.logs) : 'NULL'}, ${sums}, ${failed ? literal(failed.kind) : 'NULL'}, ${p.operation === 'rollback' ? `'rollback'` : 'NULL'})`;
  };
  const skip = resume?.applied ?? 0;
  const retries = options.retries ?? 0;
  let applied = 0;
  let finished = false;
  for (const [ui, u] of units.entries()) {
    // Units an earlier attempt committed (and an empty BEGIN … COMMIT block) are not run again.
    if (u.statements.length === 0 || applied + u.statements.length <= skip) {
      applied += u.statements.length;
      // Session settings (lock_timeout, ...) died with the earlier session: set them again.
      if (!u.wrap && u.statements[0]!.type === 'VariableSetStmt') await db.exec(u.statements[0]!.text);
      continue;
    }
    const build = concurrentBuild(u);
    if (build) await dropInvalidIndex(db, build);
    // Progress after a unit outside a transaction needs a row to go to.
    if (row === undefined && !u.wrap) {
      await db.exec(record(applied, false));
      row = THIS_ROW;
    }
    const last = ui === units.length - 1;
    // A unit outside a transaction can have run with the crash before its progress was
    // recorded: a concurrent index build or drop that already took effect is not repeated.
    if (resume && !u.wrap && (await alreadyDone(db, u))) {
      applied += u.statements.length;
      finished = last;
      await db.exec(record(applied, finished));
      continue;
    }
    const unitStarted = Date.now();
    const progress = { migration: m.name, unit: ui + 1, units: units.length, at: `${m.file}:${u.statements[0]!.line}` };
    options.onUnit?.({ ...progress, phase: 'start' });
    for (let attempt = 1; ; attempt++) {
      const current = { s: u.statements[0]! };
      try {
        if (u.wrap) {
          // `BEGIN; <first>`, the middle statements, `<last>; <progress>; COMMIT`: one round trip
          // per statement, so a one-statement migration costs one. (Should the progress write
          // itself fail, the error is reported at the last statement.)
          const n = u.statements.length;
          for (const [si, s] of u.statements.entries()) {
            current.s = s;
            // (After a newline: the statement may end in a `--` comment.)
            const progress = si === n - 1 ? `\n; ${record(applied + n, last)}; COMMIT` : '';
            await db.exec(`${si === 0 ? 'BEGIN; ' : ''}${s.text}${progress}`);
          }
          applied += n;
        } else {
          await db.exec(current.s.text);
          applied += 1;
          await db.exec(record(applied, last));
        }
        break;
      } catch (e) {
        if (u.wrap) await db.exec('ROLLBACK').catch(() => undefined);
        const base = new ScriptError(m.file, current.s.line, current.s.column, current.s.text, reasonOf(e), sqlstateOf(e));
        const why = transientReason(base.sqlstate, base.reason);
        // A lone SET leaves nothing behind either (it dies with the session).
        const alone = !u.wrap && current.s.type !== 'VariableSetStmt';
        const kind: FailureKind = alone ? 'partial' : why ? 'transient' : 'rolled-back';
        // A lost connection is not retried here: the session, its lock and settings are gone.
        if (kind === 'transient' && why !== 'lost connection' && attempt <= retries) {
          const wait = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** (attempt - 1));
          options.onRetry?.(`${why} on unit ${ui + 1} of ${units.length} of ${m.name} (${m.file}:${base.line}:${base.column}): retrying in ${wait >= 1000 ? `${wait / 1000} s` : `${wait} ms`} (attempt ${attempt + 1} of ${retries + 1})`);
          await (options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms))))(wait);
          continue;
        }
        const invalid = build ? await invalidIndex(db, build).catch(() => undefined) : undefined;
        const err = new UnitFailure(base, m.name, kind, ui + 1, units.length, failureAdvice(kind, m.name, ui + 1, units.length, why, invalid, p.operation));
        // When the row was to be written by the failed unit, the failure gets a new one.
        await db.exec(record(applied, false, { logs: err.message, kind })).catch(() => undefined);
        throw err;
      }
    }
    options.onUnit?.({ ...progress, phase: 'done', ms: Date.now() - unitStarted });
    // The last unit completes the row in its own transaction: no window where the effects are
    // committed and the migration is not recorded as finished.
    finished = last;
    row = row ?? THIS_ROW;
  }
  // An empty migration, or a resumed one whose units had all run before.
  if (!finished) {
    await db.exec(record(applied, true));
    row = row ?? THIS_ROW;
  }
  // The fingerprint is read after the commit: introspecting inside the migration's transaction
  // would hold its locks longer.
  if (!fingerprintAfter) return undefined;
  // (Imported here: a deploy with nothing pending never introspects.)
  const { introspect } = await import('../introspect/index.js');
  const hash = fingerprint((await introspect(db)).schema);
  await db.exec(`UPDATE ${history} SET schema_hash = ${literal(hash)} WHERE id = ${row}`);
  return hash;
}

/** The INVALID index a failed concurrent build left, as `schema.name`, if it did. */
async function invalidIndex(db: Queryable, index: { readonly name: string; readonly schema: string | null }): Promise<string | undefined> {
  const rows = await db.query<{ q: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS q FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_index i ON i.indexrelid = c.oid
      WHERE c.relname = $1 AND NOT i.indisvalid AND ($2::text IS NULL OR n.nspname = $2)`,
    [index.name, index.schema],
  );
  return rows[0]?.q;
}

/** The index a unit builds concurrently, if it does. */
export function concurrentBuild(u: Unit): { readonly name: string; readonly schema: string | null } | undefined {
  const s = u.statements[0];
  if (s?.type !== 'IndexStmt' || s.node['concurrent'] !== true || typeof s.node['idxname'] !== 'string') return undefined;
  const rel = s.node['relation'] as { schemaname?: string } | undefined;
  return { name: s.node['idxname'], schema: rel?.schemaname ?? null };
}

/** A `CREATE INDEX CONCURRENTLY` that failed or was killed leaves an INVALID index behind; the
 * retry would fail on the name, so the leftover is dropped first. */
async function dropInvalidIndex(db: Queryable, index: { readonly name: string; readonly schema: string | null }): Promise<void> {
  const rows = await db.query<{ q: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS q FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_index i ON i.indexrelid = c.oid
      WHERE c.relname = $1 AND NOT i.indisvalid AND ($2::text IS NULL OR n.nspname = $2)`,
    [index.name, index.schema],
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
