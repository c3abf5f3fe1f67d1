/** Proof that a down script reverses its migration: on the shadow database the migrations before
 * it are replayed, then its migration.sql, then its down.sql, and the schema must be exactly the
 * one before (compared as models, column order included). Where it is not, the reasons say what
 * differs; gen dev writes them into down.sql as `-- gen:irreversible:` lines. */
import { describeChange } from '../diff/describe.js';
import { diff } from '../diff/index.js';
import { introspect } from '../introspect/index.js';
import { printable } from '../model/identifiers.js';
import { fingerprint } from '../model/schema.js';
import type { Schema } from '../model/types.js';
import { ScriptError, runScript } from '../sql/run.js';
import type { MigrationFile } from './dir.js';
import { IRREVERSIBLE_MARK } from './sum.js';
import type { Queryable } from '../db/queryable.js';
import { wipe, withShadow } from './shadow.js';

/** The verdict on one migration: `reasons` empty when its down script restores the schema. */
export interface DownProof {
  readonly name: string;
  readonly reasons: readonly string[];
}

/** The proofs, and (when asked for) the schema all of `files` produce. */
export interface ProvenReplay {
  readonly proofs: readonly DownProof[];
  readonly schema?: Schema;
}

/** Replays `files` in order on the shadow database, proving the down script of each one that
 * `check` selects (each proven migration is applied again afterwards, so the next one starts
 * from the right schema). Throws ScriptError when a migration itself does not replay. */
export async function proveDowns(files: readonly MigrationFile[], check: (f: MigrationFile) => boolean, shadowUrl?: string, options: { readonly schema?: boolean } = {}): Promise<ProvenReplay> {
  return withShadow(shadowUrl, async (db) => {
    const out: DownProof[] = [];
    for (const [i, f] of files.entries()) {
      if (!check(f)) {
        await runScript(db, f.sql, f.file);
        continue;
      }
      const before = (await introspect(db)).schema;
      await runScript(db, f.sql, f.file);
      if (!f.down) {
        out.push({ name: f.name, reasons: ['it has no down.sql'] });
        continue;
      }
      try {
        await runScript(db, f.down.sql, f.down.file);
      } catch (e) {
        if (!(e instanceof ScriptError)) throw e;
        out.push({ name: f.name, reasons: [`down.sql fails after migration.sql, at line ${e.line}: ${printable(e.reason)}`] });
        // The database is part-way through the down script: start again, up to this migration.
        await replayAgain(db, files.slice(0, i + 1));
        continue;
      }
      const after = (await introspect(db)).schema;
      out.push({ name: f.name, reasons: differences(before, after) });
      await runScript(db, f.sql, f.file);
    }
    return options.schema ? { proofs: out, schema: (await introspect(db)).schema } : { proofs: out };
  });
}

/** `db` wiped and `files` replayed (after a down script failed part-way). */
async function replayAgain(db: Queryable, files: readonly MigrationFile[]): Promise<void> {
  await wipe(db);
  for (const f of files) await runScript(db, f.sql, f.file);
}

/** How `after` (up, then down) differs from `before`; empty when they are the same schema. */
export function differences(before: Schema, after: Schema): string[] {
  if (fingerprint(before) === fingerprint(after)) return [];
  const changes = diff(after, before);
  if (changes.length > 0) return changes.map((c) => `down.sql leaves the schema needing: ${describeChange(c)}`);
  const reordered = before.tables.flatMap((t) => {
    const a = after.tables.find((x) => x.schema === t.schema && x.name === t.name);
    const was = t.columns.map((c) => c.name).join(', ');
    const now = a?.columns.map((c) => c.name).join(', ');
    return a && was !== now ? [printable(`the columns of ${t.schema}.${t.name} come back in another order: (${was}) before, (${now}) after`)] : [];
  });
  return reordered.length > 0 ? reordered : ['the schema after down.sql differs from the one before the migration'];
}

/** `downSql` with the reasons as marker lines after its first line (comment lines, inert). */
export function markIrreversible(downSql: string, reasons: readonly string[]): string {
  if (reasons.length === 0) return downSql;
  const nl = downSql.indexOf('\n');
  const marks = reasons.map((r) => `${IRREVERSIBLE_MARK}${printable(r)}\n`).join('');
  return nl < 0 ? `${downSql}\n${marks}` : `${downSql.slice(0, nl + 1)}${marks}${downSql.slice(nl + 1)}`;
}
