/** Which tables a diagram shows: all, those of one PostgreSQL schema, those a list of names or
 * simple globs names, and optionally their neighbours through foreign keys. */
import type { Schema, TableName } from '../model/types.js';
import { tableKey } from './names.js';

/** What to keep; an absent field keeps everything. */
export interface TableFilter {
  /** Table names or `schema.name`, `*` matching any run of characters. */
  readonly tables?: readonly string[] | undefined;
  /** One PostgreSQL schema. */
  readonly schemaName?: string | undefined;
}

/** The kept tables (keys from `tableKey`), and what the filter named that is not there. */
export interface Selection {
  readonly kept: ReadonlySet<string>;
  /** Patterns of `tables` that matched no table (of `schemaName`, when given). */
  readonly unmatched: readonly string[];
  /** False when `schemaName` is given and the schema does not exist. */
  readonly schemaFound: boolean;
}

/** The patterns of a `--tables a,b,s.c` list: split at commas, trimmed, empty ones dropped. */
export function tablePatterns(list: string): string[] {
  return list
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** A glob as a whole-string matcher: `*` is any run of characters, everything else itself. */
function globMatcher(pattern: string): (text: string) => boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[\\^$.|?+()[\]{}]/g, '\\$&'))
      .join('[\\s\\S]*')}$`,
    'u',
  );
  return (text) => re.test(text);
}

/** A pattern matches a table by its name or by `schema.name` (so `users` finds it in any
 * schema, `sales.*` every table of `sales`, and a name holding a dot is still found). */
const matches = (m: (text: string) => boolean, t: TableName) => m(t.name) || m(`${t.schema}.${t.name}`);

/** The tables `filter` keeps. */
export function selectTables(schema: Schema, filter: TableFilter): Selection {
  const inSchema = schema.tables.filter((t) => filter.schemaName === undefined || t.schema === filter.schemaName);
  const schemaFound = filter.schemaName === undefined || schema.schemas.includes(filter.schemaName) || inSchema.length > 0;
  if (filter.tables === undefined) return { kept: new Set(inSchema.map(tableKey)), unmatched: [], schemaFound };
  const kept = new Set<string>();
  const unmatched: string[] = [];
  for (const pattern of filter.tables) {
    const m = globMatcher(pattern);
    const hits = inSchema.filter((t) => matches(m, t));
    if (hits.length === 0) unmatched.push(pattern);
    for (const t of hits) kept.add(tableKey(t));
  }
  return { kept, unmatched, schemaFound };
}

/** `kept` and the tables one foreign key away from them, either way. */
export function withNeighbours(schema: Schema, kept: ReadonlySet<string>): Set<string> {
  const out = new Set(kept);
  const exists = new Set(schema.tables.map(tableKey));
  for (const t of schema.tables) {
    for (const fk of t.foreignKeys) {
      const child = tableKey(t);
      const parent = tableKey({ schema: fk.refSchema, name: fk.refTable });
      if (!exists.has(parent)) continue;
      if (kept.has(child)) out.add(parent);
      if (kept.has(parent)) out.add(child);
    }
  }
  return out;
}
