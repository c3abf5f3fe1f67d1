/** Checks, indexes and column defaults that call a routine this plan drops or re-creates. They
 * hold the routine by OID: PostgreSQL refuses to drop it under them, and the same call text,
 * added again, binds to whatever routine of that name exists then (with an old and a new
 * overload side by side, the call may be ambiguous). So they are taken off before the routine
 * goes and put back after it is gone, its successor created. Pure. */
import type { Change, TableRef } from '../diff/changes.js';
import type { Column, Index, Schema, SchemaObject, Table } from '../model/types.js';
import { key } from './keys.js';

const ROUTINES: ReadonlySet<string> = new Set(['function', 'procedure', 'aggregate']);

/** The changes with the round trips added; for each added change that takes something off (an
 * index into `changes`) the keys of the routines it must precede, for each that puts something
 * back those it must follow. */
export interface RoutineUsers {
  readonly changes: readonly Change[];
  readonly before: ReadonlyMap<number, readonly string[]>;
  readonly after: ReadonlyMap<number, readonly string[]>;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A test for a call of the routine named `name` (quoted or not, schema-qualified or not). */
function callOf(o: SchemaObject): (text: string | undefined) => boolean {
  const base = o.name.slice(0, o.name.indexOf('(') < 0 ? undefined : o.name.indexOf('('));
  const re = new RegExp(`(?:^|[^\\w$"])"?${escapeRegExp(base)}"?\\s*\\(`);
  return (text) => text !== undefined && re.test(text);
}

const tableKey = (t: { schema: string; name: string }) => `${t.schema}\u0000${t.name}`;

/** What `changes` already drop, add or change on each table, by table and name. */
function touched(changes: readonly Change[]): Set<string> {
  const out = new Set<string>();
  for (const c of changes) {
    if (!('table' in c)) continue;
    const t = tableKey(c.table);
    if (c.kind === 'DropTable') out.add(t);
    else if (c.kind === 'AddCheck' || c.kind === 'DropCheck') out.add(`${t}\u0000check\u0000${c.check.name}`);
    else if (c.kind === 'AddIndex' || c.kind === 'DropIndex') out.add(`${t}\u0000index\u0000${c.index.name}`);
    else if (c.kind === 'ReplaceIndex') out.add(`${t}\u0000index\u0000${c.from.name}`);
    else if (c.kind === 'DropColumn') out.add(`${t}\u0000column\u0000${c.column.name}`);
    else if (c.kind === 'AlterColumn' && c.changed.some((f) => f === 'default' || f === 'type' || f === 'generated')) out.add(`${t}\u0000column\u0000${c.from.name}`);
  }
  return out;
}

const indexCalls = (i: Index, calls: (text: string | undefined) => boolean) => calls(i.where) || i.parts.some((p) => p.kind === 'expression' && calls(p.expression));
const withoutDefault = (c: Column): Column => {
  const { default: _d, ...rest } = c;
  return rest;
};

/** `changes` plus a drop and re-add of every check, index and default that calls a routine the
 * changes drop or re-create, where the changes do not already touch it. */
export function withRoutineUsers(changes: readonly Change[], from: Schema, to: Schema): RoutineUsers {
  const gone = changes.flatMap((c) => (c.kind === 'DropObject' && ROUTINES.has(c.object.kind) ? [c.object] : c.kind === 'AlterObject' && c.mode === 'recreate' && ROUTINES.has(c.from.kind) ? [c.from] : []));
  if (gone.length === 0) return { changes, before: new Map(), after: new Map() };
  const done = touched(changes);
  const fromTables = new Map(from.tables.map((t) => [tableKey(t), t]));
  const toTables = new Map(to.tables.map((t) => [tableKey(t), t]));
  const out = [...changes];
  const before = new Map<number, string[]>();
  const after = new Map<number, string[]>();
  const takeOff = (c: Change, routine: string) => {
    before.set(out.length, [routine]);
    out.push(c);
  };
  const putBack = (c: Change, routine: string) => {
    after.set(out.length, [routine]);
    out.push(c);
  };
  for (const r of gone) {
    const calls = callOf(r);
    const routine = key.object(r);
    for (const used of r.usedBy ?? []) {
      const t = tableKey(used);
      const a = fromTables.get(t);
      const b = toTables.get(t);
      if (a === undefined || b === undefined || done.has(t)) continue;
      const table: TableRef = { schema: a.schema, name: a.name };
      const mark = (what: string) => {
        const k = `${t}\u0000${what}`;
        if (done.has(k)) return false;
        done.add(k);
        return true;
      };
      rebuild(
        a,
        b,
        calls,
        mark,
        table,
        (c) => takeOff(c, routine),
        (c) => putBack(c, routine),
      );
    }
  }
  return { changes: out, before, after };
}

/** The round trips on table `a` (in the target, `b`). */
function rebuild(a: Table, b: Table, calls: (text: string | undefined) => boolean, mark: (what: string) => boolean, table: TableRef, takeOff: (c: Change) => void, putBack: (c: Change) => void): void {
  for (const check of a.checks) {
    const target = b.checks.find((x) => x.name === check.name);
    if (target === undefined || !calls(check.expression) || !mark(`check\u0000${check.name}`)) continue;
    takeOff({ kind: 'DropCheck', table, check });
    putBack({ kind: 'AddCheck', table, check: target });
  }
  for (const index of a.indexes) {
    const target = b.indexes.find((x) => x.name === index.name);
    if (target === undefined || !indexCalls(index, calls) || !mark(`index\u0000${index.name}`)) continue;
    takeOff({ kind: 'DropIndex', table, index });
    putBack({ kind: 'AddIndex', table, index: target });
  }
  for (const column of a.columns) {
    const target = b.columns.find((x) => x.name === column.name);
    if (target === undefined || target.default === undefined || !calls(column.default) || !mark(`column\u0000${column.name}`)) continue;
    takeOff({ kind: 'AlterColumn', table, from: column, to: withoutDefault(column), changed: ['default'] });
    putBack({ kind: 'AlterColumn', table, from: withoutDefault(target), to: target, changed: ['default'] });
  }
}
