/** Foreign keys from refs: on the `many` side's draft, or a junction table for many-to-many. */
import { type NameScope, columnsPart } from '../../model/naming.js';
import type { Column, FkAction, ForeignKey } from '../../model/types.js';
import { expandRefs, tableIndex } from '../bind/bind.js';
import type { DbmlAction, DbmlDocument, DbmlRef, DbmlTable } from '../document.js';
import { NONE } from '../lists.js';
import { type Draft, EMPTY, draftKey } from './draft.js';

const ACTION: Record<DbmlAction, FkAction> = {
  cascade: 'CASCADE',
  restrict: 'RESTRICT',
  'set null': 'SET NULL',
  'set default': 'SET DEFAULT',
  'no action': 'NO ACTION',
};

/** Which endpoint holds the foreign key: the `many` side; for one-to-one the second endpoint
 * (or the column carrying an inline ref). */
function fkSides(r: DbmlRef): 'left' | 'right' | 'junction' {
  const op = r.op.includes('?') ? r.op.replace(/\?/g, '') : r.op;
  switch (op) {
    case '>':
      return 'left';
    case '<':
      return 'right';
    case '-':
      return r.inline ? 'left' : 'right';
    default:
      return 'junction';
  }
}

export function foreignKeys(doc: DbmlDocument, drafts: Map<string, Draft>, draftOf: ReadonlyMap<DbmlTable, Draft>, scope: (s: string) => NameScope): void {
  const idx = tableIndex(doc);
  for (const r of expandRefs(doc)) {
    if (r.inactive) continue; // an inactive ref documents a relationship that is not enforced
    const lt = idx.resolve(r.left.schema, r.left.table);
    const rt = idx.resolve(r.right.schema, r.right.table);
    if (!lt || !rt) continue;
    const left = { t: lt, cols: r.left.columns };
    const right = { t: rt, cols: r.right.columns };
    const side = fkSides(r);
    if (side === 'junction') {
      junction(r, left, right, drafts, scope);
      continue;
    }
    const from = side === 'left' ? left : right;
    const to = side === 'left' ? right : left;
    const d = draftOf.get(from.t)!;
    addForeignKey(d, {
      name: r.name ?? scope(from.t.schema).chooseConstraint(from.t.name, columnsPart(from.cols), 'fkey'),
      columns: from.cols,
      refSchema: to.t.schema,
      refTable: to.t.name,
      refColumns: to.cols,
      onDelete: r.onDelete ? ACTION[r.onDelete] : 'NO ACTION',
      onUpdate: r.onUpdate ? ACTION[r.onUpdate] : 'NO ACTION',
      deferrable: false,
      initiallyDeferred: false,
    });
  }
}

/** Appends `fk` to the draft's foreign keys as one exact-size copy (see `Draft`; tables have a
 * handful of foreign keys). */
function addForeignKey(d: Draft, fk: ForeignKey): void {
  const n = d.foreignKeys.length;
  const out = new Array<ForeignKey>(n + 1);
  for (let i = 0; i < n; i++) out[i] = d.foreignKeys[i]!;
  out[n] = fk;
  d.foreignKeys = out;
}

/** Many-to-many (`<>`): a junction table `{left}_{right}` with both keys, as upstream does. */
function junction(r: DbmlRef, left: { t: DbmlTable; cols: readonly string[] }, right: { t: DbmlTable; cols: readonly string[] }, drafts: Map<string, Draft>, scope: (s: string) => NameScope): void {
  const schema = left.t.schema;
  let name = `${left.t.name}_${right.t.name}`;
  for (let i = 1; drafts.has(draftKey(schema, name)); i++) name = `${left.t.name}_${right.t.name}(${i})`;
  scope(schema).reserveRelation(name);
  const typeOf = (t: DbmlTable, c: string) => {
    const col = drafts.get(draftKey(t.schema, t.name))!.columns.find((x) => x.name === c)!;
    return col.type === 'serial' ? 'integer' : col.type === 'bigserial' ? 'bigint' : col.type === 'smallserial' ? 'smallint' : col.type;
  };
  const lcols = left.cols.map((c) => `${left.t.name}_${c}`);
  const rcols = right.cols.map((c) => `${right.t.name}_${c}`);
  const columns: Column[] = [...left.cols.map((c, i) => ({ name: lcols[i]!, type: typeOf(left.t, c), nullable: false })), ...right.cols.map((c, i) => ({ name: rcols[i]!, type: typeOf(right.t, c), nullable: false }))];
  const sc = scope(schema);
  const fk = (cols: string[], t: DbmlTable, refCols: readonly string[]): ForeignKey => ({
    name: sc.chooseConstraint(name, columnsPart(cols), 'fkey'),
    columns: cols,
    refSchema: t.schema,
    refTable: t.name,
    refColumns: refCols,
    onDelete: r.onDelete ? ACTION[r.onDelete] : 'NO ACTION',
    onUpdate: r.onUpdate ? ACTION[r.onUpdate] : 'NO ACTION',
    deferrable: false,
    initiallyDeferred: false,
  });
  drafts.set(draftKey(schema, name), {
    schema,
    name,
    columns,
    primaryKey: { name: sc.chooseKey(name, undefined, 'pkey'), columns: [...lcols, ...rcols] },
    uniques: EMPTY,
    indexes: EMPTY,
    checks: EMPTY,
    columnChecks: NONE,
    comment: undefined,
    foreignKeys: [fk(lcols, left.t, left.cols), fk(rcols, right.t, right.cols)],
  });
}
