/** Test helper: what `gen pull` prints for a database (without the header), and the cases of
 * fixtures/introspect with the oldest server version each needs. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Queryable } from '../src/db/queryable.js';
import { lift } from '../src/dbml/print/lift.js';
import { printDocument } from '../src/dbml/print/print.js';
import { introspect } from '../src/introspect/index.js';
import { objectLabel } from '../src/diff/describe.js';
import type { Schema } from '../src/model/types.js';

export const introspectRoot = path.resolve(import.meta.dirname, '../fixtures/introspect');

/** Cases with their `min-server-version` (a file in the case folder; e.g. NULLS NOT DISTINCT
 * needs 150000). */
export function introspectCases(): { name: string; minVersion: number }[] {
  return readdirSync(introspectRoot)
    .sort()
    .map((name) => {
      const f = path.join(introspectRoot, name, 'min-server-version');
      return { name, minVersion: existsSync(f) ? Number(readFileSync(f, 'utf8').trim()) : 0 };
    });
}

/** The DBML gen pull writes for `db`, with unmanaged objects and losses as comment lines. */
export async function pulled(db: Queryable): Promise<{ text: string; schema: Schema }> {
  const { schema, unmanaged } = await introspect(db);
  const { document, losses } = lift(schema);
  const notes = [...unmanaged.map((u) => `// unmanaged: ${u.kind} ${u.schema ? `${u.schema}.` : ''}${u.name}`), ...losses.map((l) => `// not in DBML: ${l}`), ...(schema.objects ?? []).map((o) => `// not in DBML: ${objectLabel(o)}`)];
  return { text: `${notes.length ? `${notes.join('\n')}\n\n` : ''}${printDocument(document)}`, schema };
}
