/** Reading libpg_query parse trees (JSON) for lint rules: relations, ALTER TABLE commands,
 * column types, constants, and a generic walk. */

/** A parse-tree node: `{ NodeType: { ...fields } }` or a bare field object. */
export type Node = Readonly<Record<string, unknown>>;

/** `schema.table` of a RangeVar (schema undefined when not written). */
export interface Relation {
  readonly schema?: string;
  readonly name: string;
}

export function relationOf(rv: unknown): Relation | undefined {
  const r = unwrap(rv, 'RangeVar') ?? (rv as Node | undefined);
  if (!r || typeof r['relname'] !== 'string') return undefined;
  return typeof r['schemaname'] === 'string' ? { schema: r['schemaname'], name: r['relname'] } : { name: r['relname'] };
}

/** Displays a relation as written. */
export function relationName(r: Relation): string {
  return r.schema ? `${r.schema}.${r.name}` : r.name;
}

/** The inner fields of `{ type: fields }`, when `n` is that node type. */
export function unwrap(n: unknown, type: string): Node | undefined {
  if (!n || typeof n !== 'object') return undefined;
  const inner = (n as Node)[type];
  return inner && typeof inner === 'object' ? (inner as Node) : undefined;
}

/** A list field of a node (missing lists are empty in libpg_query's JSON). */
export function list(n: Node | undefined, field: string): Node[] {
  const v = n?.[field];
  return Array.isArray(v) ? (v as Node[]) : [];
}

/** The `AlterTableCmd`s of an `AlterTableStmt`. */
export function alterCommands(stmt: Node): Node[] {
  return list(stmt, 'cmds')
    .map((c) => unwrap(c, 'AlterTableCmd'))
    .filter((c): c is Node => c !== undefined);
}

/** The `Constraint` nodes of a column definition. */
export function columnConstraints(colDef: Node | undefined): Node[] {
  return list(colDef, 'constraints')
    .map((c) => unwrap(c, 'Constraint'))
    .filter((c): c is Node => c !== undefined);
}

/** A type name's last part, lower-cased (`int4`, `varchar`, `timestamptz`, `serial`), and its
 * numeric modifiers. */
export function typeOf(typeName: unknown): { name: string; mods: number[]; array: boolean } | undefined {
  const t = typeName as Node | undefined;
  if (!t) return undefined;
  const names = list(t, 'names')
    .map((n) => stringOf(n))
    .filter((s): s is string => s !== undefined);
  const name = names.at(-1)?.toLowerCase();
  if (!name) return undefined;
  const mods = list(t, 'typmods')
    .map((m) => intOf(m))
    .filter((x): x is number => x !== undefined);
  return { name, mods, array: list(t, 'arrayBounds').length > 0 };
}

/** The text of a `String` node. */
export function stringOf(n: unknown): string | undefined {
  const s = unwrap(n, 'String');
  return typeof s?.['sval'] === 'string' ? s['sval'] : undefined;
}

/** The value of an integer constant (`A_Const` or `Integer`); libpg_query omits zero. */
export function intOf(n: unknown): number | undefined {
  const c = unwrap(n, 'A_Const');
  const i = (c?.['ival'] as Node | undefined) ?? unwrap(n, 'Integer');
  if (!i) return undefined;
  return typeof i['ival'] === 'number' ? i['ival'] : 0;
}

/** Calls `visit` on every object in the tree (depth first). */
export function walk(n: unknown, visit: (node: Node, key: string) => void, key = ''): void {
  if (Array.isArray(n)) {
    for (const x of n) walk(x, visit, key);
    return;
  }
  if (!n || typeof n !== 'object') return;
  visit(n as Node, key);
  for (const [k, v] of Object.entries(n as Node)) if (v && typeof v === 'object') walk(v, visit, k);
}

/** The string constants of a subtree (`'x'` literals). */
export function stringConstants(n: unknown): string[] {
  const out: string[] = [];
  walk(n, (node) => {
    const c = unwrap(node, 'A_Const');
    const sval = c?.['sval'] as Node | undefined;
    if (sval && typeof sval['sval'] === 'string') out.push(sval['sval']);
  });
  return out;
}

/** The `location` of a node (a byte offset in the script), when it has one. */
export function locationOf(n: unknown): number | undefined {
  if (!n || typeof n !== 'object') return undefined;
  const direct = (n as Node)['location'];
  if (typeof direct === 'number' && direct >= 0) return direct;
  const inner = Object.values(n as Node)[0];
  if (inner && typeof inner === 'object' && !Array.isArray(inner)) {
    const l = (inner as Node)['location'];
    if (typeof l === 'number' && l >= 0) return l;
  }
  return undefined;
}
