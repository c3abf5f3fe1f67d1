/** The history table `_gen_migrations` (DESIGN §5): one row per attempt to apply a migration.
 * Rows are only ever added or completed, never rewritten, so the history cannot lie. */
import type { Queryable } from '../db/queryable.js';
import { HISTORY_TABLE } from '../introspect/map.js';

export { HISTORY_TABLE };

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
}

/** Creates the history table when it is missing. */
export async function ensureHistory(db: Queryable): Promise<void> {
  await db.exec(`CREATE TABLE IF NOT EXISTS public.${HISTORY_TABLE} (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
  gen_version text NOT NULL
)`);
}

/** Every row, oldest first. */
export async function historyRows(db: Queryable): Promise<HistoryRow[]> {
  return db.query<HistoryRow>(`SELECT id::int AS id, name, checksum, finished_at::text, applied_statements, total_statements, logs, rolled_back_at::text, schema_hash FROM public.${HISTORY_TABLE} ORDER BY id`);
}

/** The latest row per migration name: what the history says about each migration now. */
export function latestByName(rows: readonly HistoryRow[]): Map<string, HistoryRow> {
  const out = new Map<string, HistoryRow>();
  for (const r of rows) out.set(r.name, r);
  return out;
}
