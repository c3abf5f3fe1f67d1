/** Binding: resolves names across the document (tables and aliases, partials, enums, ref
 * endpoints, group members, records) and runs upstream's semantic checks. */
import { type At, type DbmlColumn, type DbmlDocument, type DbmlEndpoint, type DbmlIndex, type DbmlRef, type DbmlTable, type DbmlTableItem, itemAt } from '../document.js';
import type { Reporter } from '../diagnostics.js';
import { reportRepeats } from '../interpret/context.js';

/** Looks up tables by `schema.name` and by alias (aliases live in the table namespace). */
export interface TableIndex {
  resolve(schema: string, name: string): DbmlTable | undefined;
}

const key = (schema: string, name: string) => `${schema}\u0000${name}`;

/** Builds the table lookup; unqualified (`''`) and `public` names are the same. Memoised per
 * tables list: parse, bind and lower all ask for it, and documents are copied with the same
 * list. Names are looked up schema first (nested maps): no key string is built per lookup. */
export function tableIndex(doc: DbmlDocument): TableIndex {
  let idx = indexes.get(doc.tables);
  if (!idx) indexes.set(doc.tables, (idx = buildTableIndex(doc.tables)));
  return idx;
}

const indexes = new WeakMap<readonly DbmlTable[], TableIndex>();

function buildTableIndex(tables: readonly DbmlTable[]): TableIndex {
  const bySchema = new Map<string, Map<string, DbmlTable>>();
  const byAlias = new Map<string, DbmlTable>();
  for (const t of tables) {
    let names = bySchema.get(t.schema);
    if (!names) bySchema.set(t.schema, (names = new Map()));
    if (!names.has(t.name)) names.set(t.name, t);
    if (t.alias !== undefined && !byAlias.has(t.alias)) byAlias.set(t.alias, t);
  }
  const publicNames = bySchema.get('public');
  return {
    resolve(schema, name) {
      if (schema === '') return publicNames?.get(name) ?? byAlias.get(name);
      return bySchema.get(schema)?.get(name);
    },
  };
}

/** The columns of a table after injecting its partials: own definitions win, then the partial
 * injected last; order follows the `~` lines among the table's own columns. */
export function expandColumns(t: DbmlTable, partials: ReadonlyMap<string, DbmlTable>): readonly DbmlColumn[] {
  const cache = cacheOf(partials);
  let cols = cache.columns.get(t);
  if (!cols) cache.columns.set(t, (cols = expand(t, partials)));
  return cols;
}

// Expansion is asked for once per ref endpoint; memoised per (partials of a document, table), so
// that the memo dies with the partials map (a lowering's), not with the document.
const caches = new WeakMap<ReadonlyMap<string, DbmlTable>, { columns: WeakMap<DbmlTable, readonly DbmlColumn[]>; names: WeakMap<DbmlTable, Set<string>> }>();

function cacheOf(partials: ReadonlyMap<string, DbmlTable>) {
  let cache = caches.get(partials);
  if (!cache) caches.set(partials, (cache = { columns: new WeakMap(), names: new WeakMap() }));
  return cache;
}

/** The expanded column names of a table, as a set. */
export function columnNames(t: DbmlTable, partials: ReadonlyMap<string, DbmlTable>): Set<string> {
  const cache = cacheOf(partials);
  let set = cache.names.get(t);
  if (!set) cache.names.set(t, (set = new Set(expandColumns(t, partials).map((c) => c.name))));
  return set;
}

/** True when table `t`, its partials injected, has a column `name`. Tables have a few dozen
 * columns: a scan of the (memoised) column list costs less than the set bind built per table. */
function hasColumn(t: DbmlTable, partials: ReadonlyMap<string, DbmlTable>, name: string): boolean {
  const cols = expandColumns(t, partials);
  if (cols.length > 32) return columnNames(t, partials).has(name);
  for (let i = 0; i < cols.length; i++) if (cols[i]!.name === name) return true;
  return false;
}

/** True when `t` declares a column `name` itself (not through a partial). */
function ownColumn(t: DbmlTable, name: string): boolean {
  for (let i = 0; i < t.items.length; i++) {
    const it = t.items[i]!;
    if (it.kind === 'column' && it.name === name) return true;
  }
  return false;
}

/** Where column `c` of table `t` (partials injected) is written: the table's own line, else the
 * line of the last injected partial that has it (the one that wins). Columns are shared between
 * lines of the same text, so this finds the item by identity among the candidates, in that order.
 * For diagnostics only: a scan. */
export function columnAt(t: DbmlTable, partials: ReadonlyMap<string, DbmlTable>, c: DbmlColumn): At {
  const owners = [t];
  for (let i = t.items.length - 1; i >= 0; i--) {
    const it = t.items[i]!;
    const p = it.kind === 'inject' ? partials.get(it.name) : undefined;
    if (p) owners.push(p);
  }
  for (const owner of owners) {
    const i = owner.items.indexOf(c as DbmlTableItem);
    if (i !== -1) return itemAt(owner, i);
  }
  return t.nameSpan;
}

/** True when no two items share a name (a quadratic scan: tables have a few dozen columns). */
function distinctNames(items: readonly DbmlTableItem[]): boolean {
  if (items.length > 64) return new Set(items.map((i) => i.name)).size === items.length;
  for (let i = 1; i < items.length; i++) {
    const n = items[i]!.name;
    for (let j = 0; j < i; j++) if (items[j]!.name === n) return false;
  }
  return true;
}

/** True when the table injects a partial (most do not). */
function injects(t: DbmlTable): boolean {
  for (const i of t.items) if (i.kind === 'inject') return true;
  return false;
}

function expand(t: DbmlTable, partials: ReadonlyMap<string, DbmlTable>): readonly DbmlColumn[] {
  // Most tables inject nothing: their own columns, in order (names are unique, checked in bind).
  if (!injects(t)) {
    // Every item is a column: with distinct names (bind reports repeats) the list is the items.
    if (distinctNames(t.items)) return t.items as readonly DbmlColumn[];
    const cols: DbmlColumn[] = [];
    const seen = new Set<string>();
    for (const it of t.items)
      if (it.kind === 'column' && !seen.has(it.name)) {
        seen.add(it.name);
        cols.push(it);
      }
    if (cols.length === t.items.length) return cols;
  }
  const own = new Set(t.items.filter((i) => i.kind === 'column').map((i) => i.name));
  const chosen = new Map<string, DbmlColumn>();
  const order: string[] = [];
  for (const it of t.items) {
    if (it.kind === 'column') {
      if (!chosen.has(it.name)) order.push(it.name);
      chosen.set(it.name, it);
      continue;
    }
    const p = partials.get(it.name);
    if (!p) continue;
    for (const pc of p.items) {
      if (pc.kind !== 'column') continue;
      if (own.has(pc.name)) continue;
      // A later partial's column replaces an earlier one and takes its position.
      const at = order.indexOf(pc.name);
      if (at !== -1) order.splice(at, 1);
      order.push(pc.name);
      chosen.set(pc.name, pc);
    }
  }
  return order.map((n) => chosen.get(n)!);
}

/** Indexes and checks of a table after injecting its partials (partials first, in order). */
export function expandIndexesAndChecks(t: DbmlTable, partials: ReadonlyMap<string, DbmlTable>): Pick<DbmlTable, 'indexes' | 'checks'> {
  if (!injects(t)) return t;
  const indexes: DbmlIndex[] = [];
  const checks = [];
  for (const it of t.items) {
    if (it.kind !== 'inject') continue;
    const p = partials.get(it.name);
    if (!p) continue;
    indexes.push(...p.indexes);
    checks.push(...p.checks);
  }
  return { indexes: [...indexes, ...t.indexes], checks: [...checks, ...t.checks] };
}

/** Resolved refs: partial templates are copied onto the tables that inject them. */
export function expandRefs(doc: DbmlDocument): DbmlRef[] {
  const out: DbmlRef[] = [];
  for (const ref of doc.refs) {
    if (!ref.partial) {
      out.push(ref);
      continue;
    }
    for (const t of doc.tables) {
      if (!t.items.some((i) => i.kind === 'inject' && i.name === ref.left.table)) continue;
      if (t.items.some((i) => i.kind === 'column' && i.name === ref.left.columns[0])) continue; // own column wins
      // A later partial that redefines the column replaces its refs too.
      const injects = t.items.filter((i) => i.kind === 'inject').map((i) => i.name);
      const later = injects.slice(injects.lastIndexOf(ref.left.table) + 1);
      if (later.some((n) => doc.partials.find((p) => p.name === n)?.items.some((i) => i.kind === 'column' && i.name === ref.left.columns[0]))) continue;
      const retarget = (e: DbmlEndpoint): DbmlEndpoint => (e.table === ref.left.table && e.schema === ref.left.schema ? { ...e, schema: t.schema, table: t.name } : e);
      out.push({ ...ref, left: retarget(ref.left), right: retarget(ref.right), partial: false });
    }
  }
  return out;
}

/** Partials by name. */
export function partialMap(doc: DbmlDocument): Map<string, DbmlTable> {
  const m = new Map<string, DbmlTable>();
  for (const p of doc.partials) if (!m.has(p.name)) m.set(p.name, p);
  return m;
}

/** Runs name resolution and semantic checks, reporting into `r`.
 * @long its passes share the document's table and enum indexes; each is a commented block. */
export function bind(doc: DbmlDocument, r: Reporter): void {
  const tables = new Map<string, DbmlTable>();
  for (const t of doc.tables) {
    const names = [t.name, ...(t.alias !== undefined && t.alias !== t.name ? [t.alias] : [])];
    for (const n of names) {
      const k = key(n === t.alias ? 'public' : t.schema, n);
      if (tables.has(k)) r.error('validate', 'DUPLICATE_NAME', `Table '${n}' already exists in schema '${n === t.alias ? 'public' : t.schema}'`, t.nameSpan);
      else tables.set(k, t);
    }
  }
  const uniq = (items: readonly { schema?: string; name: string }[], what: string, span: (i: number) => { start: number; end: number } | undefined) => {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      const k = key(it.schema ?? 'public', it.name);
      const s = span(i);
      if (seen.has(k) && s) r.error('validate', 'DUPLICATE_NAME', `${what} '${it.name}' already exists in schema '${it.schema ?? 'public'}'`, s);
      seen.add(k);
    });
  };
  uniq(doc.partials, 'TablePartial', (i) => doc.partials[i]!.nameSpan);
  // Two enums of one name would both reach the model (found by npm run fuzz: the diff of such a
  // model with itself was not empty).
  uniq(doc.enums, 'Enum', (i) => doc.enums[i]!.at);
  const notes = new Set<string>();
  for (const n of doc.stickyNotes) {
    const k = key(n.schema, n.name);
    if (notes.has(k) && n.at) r.error('validate', 'DUPLICATE_NAME', `Duplicate Note '${n.name}' in schema '${n.schema}'`, n.at);
    notes.add(k);
  }
  const partials = partialMap(doc);
  const idx = tableIndex(doc);
  const enums = new Map(doc.enums.map((e) => [key(e.schema, e.name), e]));

  const check = (t: DbmlTable, isPartial: boolean) => {
    const what = isPartial ? 'TablePartial' : 'Table';
    // (Indexed loops here and below: these run per column of every table, and a `for … of`
    // showed up as iterator results allocated by the thousand.)
    for (let i = 0; i < t.items.length; i++) {
      const it = t.items[i]!;
      if (it.kind === 'column') {
        const d = it.default;
        if (d?.kind === 'enum') {
          const e = enums.get(key(d.schema ?? 'public', d.enumName));
          if (!e) r.error('bind', 'BINDING_ERROR', `Enum '${d.schema ?? 'public'}.${d.enumName}' does not exist`, itemAt(t, i));
          else if (!e.values.some((v) => v.name === d.value)) r.error('bind', 'BINDING_ERROR', `Enum field '${d.value}' does not exist in Enum '${e.schema}.${e.name}'`, itemAt(t, i));
        }
        continue;
      }
      if (!partials.has(it.name)) r.error('bind', 'BINDING_ERROR', `TablePartial '${it.name}' does not exist in Schema 'public'`, itemAt(t, i));
    }
    // Names repeat rarely: a scan without sets, and only on a repeat the passes that report
    // every occurrence (upstream flags them all).
    if (!distinctNames(t.items)) {
      // (By position: an item holds no offsets.)
      const at = (kind: DbmlTableItem['kind']) => t.items.flatMap((it, i) => (it.kind === kind ? [i] : []));
      const name = (i: number) => t.items[i]!.name;
      reportRepeats(at('column'), name, (i) => r.error('validate', 'DUPLICATE_COLUMN_NAME', `Duplicate column '${name(i)}'`, itemAt(t, i)));
      reportRepeats(at('inject'), name, (i) => r.error('validate', 'DUPLICATE_TABLE_PARTIAL_INJECTION_NAME', `Duplicate table partial injection '${name(i)}'`, itemAt(t, i)));
    }
    // A partial's indexes name its own columns; a table's, its columns with partials injected.
    const has = (name: string) => (isPartial ? ownColumn(t, name) : hasColumn(t, partials, name));
    for (const ix of t.indexes) {
      for (let i = 0; i < ix.parts.length; i++) {
        const p = ix.parts[i]!;
        if (p.kind === 'column' && !has(p.name)) r.error('bind', 'BINDING_ERROR', `No column named '${p.name}' inside ${what} '${t.name}'`, ix);
      }
    }
    if (!isPartial && expandColumns(t, partials).length === 0) r.error('interpret', 'EMPTY_TABLE', 'A Table must have at least one column', t.span);
  };
  for (const t of doc.tables) check(t, false);
  for (const p of doc.partials) check(p, true);

  bindRefs(doc, r, idx, partials);

  const grouped = new Map<string, string>();
  for (const g of doc.groups) {
    for (const m of g.tables) {
      const t = idx.resolve(m.schema, m.name);
      if (!t) {
        r.error('bind', 'BINDING_ERROR', `Table '${m.name}' does not exist in Schema '${m.schema || 'public'}'`, m.span);
        continue;
      }
      const k = key(t.schema, t.name);
      const prev = grouped.get(k);
      if (prev !== undefined) r.error('interpret', 'TABLE_REAPPEAR_IN_TABLEGROUP', `Table "${t.name}" already appears in group "${prev}"`, m.span);
      else grouped.set(k, g.name);
    }
  }
  const recordTables = new Set<string>();
  for (const t of doc.tables) if (t.records) recordTables.add(key(t.schema, t.name));
  for (const rec of doc.records) {
    const t = idx.resolve(rec.schema, rec.table);
    if (!t) {
      r.error('bind', 'BINDING_ERROR', `Table '${rec.table}' does not exist in Schema '${rec.schema || 'public'}'`, rec.span);
      continue;
    }
    const k = key(t.schema, t.name);
    if (recordTables.has(k)) r.error('validate', 'DUPLICATE_RECORDS_FOR_TABLE', `Duplicate Records blocks for the same Table '${t.name}'`, t.nameSpan);
    recordTables.add(k);
  }
}

function bindRefs(doc: DbmlDocument, r: Reporter, idx: TableIndex, partials: ReadonlyMap<string, DbmlTable>): void {
  const pairs = new Map<string, { span: { start: number; end: number }; reported: boolean }>();
  for (const ref of doc.refs) {
    if (ref.partial) {
      // Bare-column endpoints of a partial must name the partial's own columns.
      const p = partials.get(ref.left.table);
      if (p && ref.right.table === ref.left.table && ref.right.schema === ref.left.schema) {
        for (const c of ref.right.columns) {
          if (!p.items.some((i) => i.kind === 'column' && i.name === c)) r.error('bind', 'BINDING_ERROR', `Column '${c}' does not exist in TablePartial '${p.name}'`, ref.span);
        }
        if (ref.right.columns[0] === ref.left.columns[0]) r.error('interpret', 'SAME_ENDPOINT', 'Two endpoints are the same', ref.span);
      }
    }
  }
  // (An end at a time, no lists per ref: 5,000 refs on the large benchmark.)
  const endKey = (ref: DbmlRef, e: DbmlEndpoint): string | undefined => {
    const t = idx.resolve(e.schema, e.table);
    if (!t) {
      r.error('bind', 'BINDING_ERROR', `Table '${e.table}' does not exist in Schema '${e.schema || 'public'}'`, ref.span);
      return undefined;
    }
    let ok = true;
    for (let i = 0; i < e.columns.length; i++) {
      const c = e.columns[i]!;
      if (!hasColumn(t, partials, c)) {
        r.error('bind', 'BINDING_ERROR', `Column '${c}' does not exist in Table '${t.schema}.${t.name}'`, ref.span);
        ok = false;
      }
    }
    return ok ? `${key(t.schema, t.name)}\u0000${e.columns.length === 1 ? e.columns[0]! : [...e.columns].sort().join('\u0001')}` : undefined;
  };
  const refs = expandRefs(doc);
  for (let i = 0; i < refs.length; i++) {
    const ref = refs[i]!;
    const a = endKey(ref, ref.left);
    // (The right end is checked only when the left one resolves, as before: one report per ref.)
    const b = a === undefined && !idx.resolve(ref.left.schema, ref.left.table) ? undefined : endKey(ref, ref.right);
    if (a === undefined || b === undefined) continue;
    if (a === b) {
      r.error('interpret', 'SAME_ENDPOINT', 'Two endpoints are the same', ref.span);
      continue;
    }
    const pair = a < b ? `${a}\u0002${b}` : `${b}\u0002${a}`;
    const prev = pairs.get(pair);
    if (prev) {
      // Upstream flags both refs of the pair.
      if (!prev.reported) r.error('interpret', 'CIRCULAR_REF', 'References with same endpoints exist', prev.span);
      prev.reported = true;
      r.error('interpret', 'CIRCULAR_REF', 'References with same endpoints exist', ref.span);
    } else pairs.set(pair, { span: ref.span, reported: false });
  }
}
