/** Drift: a database that is not what its applied migrations produce (a manual ALTER, say). One
 * rule for `dev` (which refuses) and `status` (which reports). */
import type { Queryable } from '../db/queryable.js';
import type { Change } from '../diff/changes.js';
import { diff } from '../diff/index.js';
import { introspect } from '../introspect/index.js';
import type { MigrationFile } from '../migrations/dir.js';
import { type HistoryRow, appliedInOrder } from '../migrations/history.js';
import { replayMigrations } from '../migrations/shadow.js';
import { fingerprint } from '../model/schema.js';
import type { Schema, UnmanagedObject } from '../model/types.js';
import { EMPTY_SCHEMA } from '../plan/migration.js';

/** What the database holds, and (when it drifted) what its applied migrations produce and the
 * changes from that to what it holds. */
export interface DriftReport {
  readonly current: Schema;
  /** What the database holds that gen does not manage. */
  readonly unmanaged: readonly UnmanagedObject[];
  readonly drift?: { readonly expected: Schema; readonly changes: readonly Change[] };
}

/** Compares `db` with the migrations the history lists as applied. The fingerprint recorded by
 * the last run spares the replay when nothing moved (rows applied early in a batch carry none:
 * then the migrations are replayed and compared). */
export async function driftOf(db: Queryable, files: readonly MigrationFile[], rows: readonly HistoryRow[], shadowUrl: string | undefined): Promise<DriftReport> {
  const { schema: current, unmanaged } = await introspect(db);
  const applied = appliedInOrder(rows);
  // The fingerprint after the last run that finished, a deploy's or a rollback's.
  const last = rows.findLast((r) => r.finished_at !== null && !r.rolled_back_at);
  const recorded = applied.length === 0 ? fingerprint(EMPTY_SCHEMA) : last?.schema_hash;
  if (recorded === fingerprint(current)) return { current, unmanaged };
  const names = new Set(applied.map((r) => r.name));
  const replayed = files.filter((f) => names.has(f.name));
  const expected = replayed.length === 0 ? EMPTY_SCHEMA : await replayMigrations(replayed, shadowUrl);
  const changes = diff(expected, current);
  return changes.length === 0 ? { current, unmanaged } : { current, unmanaged, drift: { expected, changes } };
}
