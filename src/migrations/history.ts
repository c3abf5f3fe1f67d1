/** The history table `_gen_migrations` (docs/ARCHITECTURE.md §5): one row per attempt to apply a migration.
 * Rows are only ever added or completed, never rewritten, so the history cannot lie. */
import type { Queryable } from '../db/queryable.js';
import { DbError } from '../db/queryable.js';
import { HISTORY_TABLE } from '../introspect/map.js';

export { HISTORY_TABLE };

/** How an attempt failed, which decides what the next deploy may do:
 * - `transient`: a lock timeout, deadlock, serialization failure or lost connection in a unit
 *   that rolled back as a whole: the next deploy retries it.
 * - `rolled-back`: any other error in a unit that rolled back as a whole: the next deploy
 *   resumes at that unit (it fails again until the cause is fixed).
 * - `partial`: the unit ran outside a transaction and may have left work behind: deploy refuses
 *   until `gen resolve` records what was done about it. */
export type FailureKind = 'transient' | 'rolled-back' | 'partial';

/** One history row. */
export interface HistoryRow {
  readonly id: number;
  readonly name: string;
  readonly checksum: string;
  /** When the migration finished (as text: callers only ask whether it did). */
  readonly finished_at: string | null;
  readonly applied_statements: number;
  readonly total_statements: number;
  readonly logs: string | null;
  readonly rolled_back_at: string | null;
  readonly schema_hash: string | null;
  /** The checksum of each unit of the migration as this attempt ran it (null on rows written by
   * a gen that did not record them): how a resumed run recognises the units that committed. */
  readonly unit_checksums: readonly string[] | null;
  /** Null when the attempt did not fail, or on rows of an older gen (treated as `partial`). */
  readonly failure: FailureKind | null;
  /** `rollback`: a run of the migration's down.sql (`gen rollback`); null: a run of migration.sql. */
  readonly operation: 'rollback' | null;
}

const COLUMNS = `id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at timestamptz,
  execution_ms integer,
  applied_statements integer NOT NULL DEFAULT 0,
  total_statements integer NOT NULL,
  logs text,
  rolled_back_at timestamptz,
  schema_hash text,
  gen_version text NOT NULL,
  unit_checksums text[],
  failure text,
  operation text`;

/** Creates the history table when it is missing, and adds the columns a table written by an
 * older gen lacks (only when they are missing: ALTER TABLE would take an exclusive lock on every
 * deploy). */
export async function ensureHistory(db: Queryable): Promise<void> {
  await db.exec(`CREATE TABLE IF NOT EXISTS public.${HISTORY_TABLE} (
  ${COLUMNS}
);
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'public.${HISTORY_TABLE}'::regclass AND attname = 'operation' AND NOT attisdropped) THEN
    ALTER TABLE public.${HISTORY_TABLE} ADD COLUMN IF NOT EXISTS unit_checksums text[], ADD COLUMN IF NOT EXISTS failure text, ADD COLUMN IF NOT EXISTS operation text;
  END IF;
END $$`);
}

/** Every row, oldest first. Reads a table an older gen wrote (without the newer columns) too:
 * `gen status` reads the history without upgrading it. */
export async function historyRows(db: Queryable): Promise<HistoryRow[]> {
  const base = `id::int AS id, name, checksum, finished_at::text, applied_statements, total_statements, logs, rolled_back_at::text, schema_hash`;
  try {
    return await db.query<HistoryRow>(`SELECT ${base}, unit_checksums, failure, operation FROM public.${HISTORY_TABLE} ORDER BY id`);
  } catch (e) {
    // 42703: undefined column (a table from before unit_checksums, failure and operation).
    if (!(e instanceof DbError) || e.sqlstate !== '42703') throw e;
    const failure = await db.query(`SELECT 1 FROM pg_attribute WHERE attrelid = 'public.${HISTORY_TABLE}'::regclass AND attname = 'failure' AND NOT attisdropped`);
    const older = failure.length > 0 ? 'unit_checksums, failure' : 'NULL::text[] AS unit_checksums, NULL::text AS failure';
    return db.query<HistoryRow>(`SELECT ${base}, ${older}, NULL::text AS operation FROM public.${HISTORY_TABLE} ORDER BY id`);
  }
}

/** True when `row` (a migration's latest) says the migration is applied: migration.sql ran to the
 * end (or was resolved as applied), and no rollback or resolution came after. */
export function isApplied(row: HistoryRow): boolean {
  return row.operation !== 'rollback' && row.finished_at !== null && !row.rolled_back_at;
}

/** The names of the applied migrations, in the order they were applied (of their latest rows). */
export function appliedInOrder(rows: readonly HistoryRow[]): HistoryRow[] {
  return [...latestByName(rows).values()].filter(isApplied).sort((a, b) => a.id - b.id);
}

/** The latest row per migration name: what the history says about each migration now. */
export function latestByName(rows: readonly HistoryRow[]): Map<string, HistoryRow> {
  const out = new Map<string, HistoryRow>();
  for (const r of rows) out.set(r.name, r);
  return out;
}
