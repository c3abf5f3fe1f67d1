/** A draft's own constraints and indexes: primary key, uniques, checks and indexes, each named as
 * PostgreSQL would name it when the schema does not. */
import { type NameScope, columnsPart, expressionName } from '../../model/naming.js';
import type { Check, Index, Unique } from '../../model/types.js';
import { expandColumns, expandIndexesAndChecks } from '../bind/bind.js';
import type { DbmlColumn, DbmlTable } from '../document.js';
import { NONE, fit } from '../lists.js';
import type { Canon } from './canon.js';
import type { Draft } from './draft.js';

/** Columns of `table` that an SQL expression mentions (outside string literals). */
function referencedColumns(expr: string, columns: readonly string[]): string[] {
  const found = new Set<string>();
  const clean = expr.replace(/'(?:[^']|'')*'/g, ' ');
  for (const m of clean.matchAll(/"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*)(\s*\()?/g)) {
    if (m[3]) continue; // a function name
    const name = m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.toLowerCase();
    const hit = columns.find((c) => c === name);
    if (hit) found.add(hit);
  }
  return [...found];
}

export function constraints(t: DbmlTable, d: Draft, partials: ReadonlyMap<string, DbmlTable>, sc: NameScope, canon: Canon): void {
  const cols = expandColumns(t, partials);
  const { indexes, checks } = expandIndexesAndChecks(t, partials);
  const pkIndex = indexes.find((i) => i.pk);
  const pkCols = pkIndex ? canon.list(pkIndex.parts.flatMap((p) => (p.kind === 'column' ? [p.name] : []))) : pkColumns(cols, canon);
  if (pkCols.length > 0) {
    d.primaryKey = { name: pkIndex?.name ?? sc.chooseKey(t.name, undefined, 'pkey'), columns: pkCols };
    if (pkIndex) d.columns = d.columns.map((c) => (pkCols.includes(c.name) ? { ...c, nullable: false } : c));
  }
  // Built in scratch lists, kept as exact copies (see `Draft`).
  const uniques = scratch.uniques;
  uniques.length = 0;
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    if (c.unique && !(pkCols.length === 1 && pkCols[0] === c.name && !c.pk)) uniques.push({ name: sc.chooseKey(t.name, c.name, 'key'), columns: canon.list([c.name]) });
  }
  d.uniques = fit(uniques) as Unique[];
  uniques.length = 0;
  const names = checks.length > 0 ? d.columns.map((c) => c.name) : NONE;
  const checkList = scratch.checks;
  checkList.length = 0;
  for (const cc of d.columnChecks) checkList.push({ name: sc.chooseConstraint(t.name, cc.column, 'check'), expression: canon.expression(cc.expression) });
  for (const c of checks) {
    const refs = referencedColumns(c.expression, names);
    const name = c.name ?? sc.chooseConstraint(t.name, refs.length === 1 ? refs[0] : undefined, 'check');
    checkList.push({ name, expression: canon.expression(c.expression) });
  }
  d.checks = fit(checkList) as Check[];
  checkList.length = 0;
  const indexList = scratch.indexes;
  indexList.length = 0;
  for (let i = 0; i < indexes.length; i++) {
    const ix = indexes[i]!;
    if (ix.pk) continue;
    const parts = canon.indexParts(ix.parts);
    const name = ix.name ?? sc.chooseIndex(t.name, columnsPart(ix.parts.map((p) => (p.kind === 'column' ? p.name : expressionName(p.value)))), 'idx');
    const method = ix.type === undefined ? 'btree' : ix.type.toLowerCase();
    // (Two literals, not a spread: a spread allocated an object per index and gave indexes with a
    // comment another layout.)
    indexList.push(ix.note === undefined ? { name, unique: ix.unique, method, parts, include: NONE } : { name, unique: ix.unique, method, parts, include: NONE, comment: ix.note });
  }
  d.indexes = fit(indexList) as Index[];
  indexList.length = 0;
}

/** Lists `constraints` fills for one table at a time and copies out at their exact size: reused,
 * they allocate nothing per table. (Lowering is synchronous: one table's use ends before the
 * next's begins.) */
const scratch = { uniques: [] as Unique[], checks: [] as Check[], indexes: [] as Index[] };

/** The key of a table without a `pk` index line: its `pk` columns, in order. */
function pkColumns(cols: readonly DbmlColumn[], canon: Canon): readonly string[] {
  let first: string | undefined;
  let more: string[] | undefined;
  for (let i = 0; i < cols.length; i++) {
    if (!cols[i]!.pk) continue;
    if (first === undefined) first = cols[i]!.name;
    else (more ??= [first]).push(cols[i]!.name);
  }
  return more ? canon.list(more) : first !== undefined ? canon.single(first) : NONE;
}
