/** A view's query in a form that does not depend on the server version that printed it.
 * `pg_get_viewdef` qualifies every column (`SELECT t.id FROM t`) up to PostgreSQL 15; from 16
 * on it leaves the columns of the top-level query unqualified when that query reads a single
 * relation (`SELECT id FROM t`). A desired state built on the embedded PostgreSQL 18 and a
 * database on 15 must compare equal, so both are parsed and the qualification the newer
 * servers drop is dropped from the older one's parse tree too. */
import { splitStatements } from '../sql/split.js';

type Node = Record<string, unknown>;
const isNode = (x: unknown): x is Node => x !== null && typeof x === 'object' && !Array.isArray(x);

// Byte offsets into one spelling of the statement.
const OFFSETS = new Set(['location', 'stmt_location', 'stmt_len', 'list_start', 'list_end']);

/** Drops the first field of the top-level query's column references qualified by `names` (the
 * single relation's name or alias), in place in a freshly parsed tree; sub-queries keep theirs,
 * as every version prints them. */
function unqualify(x: unknown, names: ReadonlySet<string>): void {
  if (Array.isArray(x)) {
    for (const y of x) unqualify(y, names);
    return;
  }
  if (!isNode(x) || 'SubLink' in x) return;
  const ref = x['ColumnRef'];
  if (isNode(ref) && Array.isArray(ref['fields']) && ref['fields'].length === 2) {
    const first = (ref['fields'][0] as { String?: { sval?: string } }).String?.sval;
    if (first !== undefined && names.has(first)) {
      ref['fields'] = ref['fields'].slice(1);
      return;
    }
  }
  for (const v of Object.values(x)) unqualify(v, names);
}

// JSON without byte offsets (which belong to one spelling of the statement).
const withoutOffsets = (key: string, value: unknown) => (OFFSETS.has(key) ? undefined : value);

/** The name the query's columns are qualified with when `item` is its only FROM item (a table,
 * a function or a sub-query: from 16 on the server prints none whenever the query's range table
 * holds one entry), or undefined. */
function itemName(item: unknown): string | undefined {
  if (!isNode(item)) return undefined;
  const entry = item['RangeVar'] ?? item['RangeFunction'] ?? item['RangeSubselect'];
  if (!isNode(entry)) return undefined;
  const alias = isNode(entry['alias']) ? (entry['alias']['aliasname'] as string | undefined) : undefined;
  if (alias !== undefined) return alias;
  if ('relname' in entry) return entry['relname'] as string;
  // A function without an alias is named after the function.
  const functions = entry['functions'];
  const call = Array.isArray(functions) && functions.length === 1 ? (functions[0] as { List?: { items?: unknown[] } }).List?.items?.[0] : undefined;
  const funcname = isNode(call) && isNode(call['FuncCall']) ? call['FuncCall']['funcname'] : undefined;
  const last = Array.isArray(funcname) ? (funcname[funcname.length - 1] as { String?: { sval?: string } }).String?.sval : undefined;
  return last;
}

/** The canonical form of a `CREATE VIEW` / `CREATE MATERIALIZED VIEW` statement (JSON of its
 * parse tree), or undefined when it does not parse as one. */
export function canonicalView(sql: string): string | undefined {
  let stmt: { type: string; node: Node } | undefined;
  try {
    stmt = splitStatements(sql)[0];
  } catch {
    return undefined;
  }
  if (stmt === undefined) return undefined;
  const node = stmt.type === 'ViewStmt' ? stmt.node : stmt.type === 'CreateTableAsStmt' ? stmt.node : undefined;
  const query = node?.['query'];
  const select = isNode(query) ? query['SelectStmt'] : undefined;
  if (!isNode(node) || !isNode(select)) return undefined;
  let top: unknown = select;
  const from = select['fromClause'];
  const name = Array.isArray(from) && from.length === 1 && (select['op'] === undefined || select['op'] === 'SETOP_NONE') ? itemName(from[0]) : undefined;
  if (name !== undefined) {
    // The WITH clause's queries and the FROM item's own are sub-queries: printed qualified by
    // every version.
    const { withClause, fromClause, ...rest } = select;
    unqualify(rest, new Set([name]));
    top = { ...rest, fromClause, ...(withClause !== undefined ? { withClause } : {}) };
  }
  return JSON.stringify({ ...node, query: { SelectStmt: top } }, withoutOffsets);
}
