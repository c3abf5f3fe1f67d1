/** Canonical spellings for lowering, each computed once per distinct input, and the model
 * columns built from them. */
import { canonicalDefault, canonicalExpression, canonicalType } from '../../model/normalize.js';
import type { Column, IndexPart } from '../../model/types.js';
import type { DbmlDefault, DbmlIndexPart, DbmlType } from '../document.js';
import { lengthPrefixed } from '../lists.js';

/** Canonical spellings, each computed once per distinct input. The interpreter shares one object
 * per distinct DBML type and default, so the 40,000 columns of a 5,000-table schema hold a few
 * dozen type and default strings instead of one each. */
export class Canon {
  private readonly types = new Map<DbmlType, string>();
  private readonly defaults = new Map<DbmlDefault, Map<string, string>>();
  private readonly expressions = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();
  private readonly singles = new Map<string, readonly string[]>();
  private readonly parts = new Map<readonly DbmlIndexPart[], readonly IndexPart[]>();
  private readonly columns = new Map<string, Column[]>();
  constructor(readonly isEnum: (schema: string, name: string) => boolean) {}

  type(t: DbmlType): string {
    let c = this.types.get(t);
    if (c === undefined) this.types.set(t, (c = canonicalType(t, this.isEnum)));
    return c;
  }

  default(d: Exclude<DbmlDefault, { kind: 'null' }>, type: string): string {
    let byType = this.defaults.get(d);
    if (!byType) this.defaults.set(d, (byType = new Map()));
    let c = byType.get(type);
    if (c === undefined) {
      if (d.kind === 'enum') c = canonicalDefault({ kind: 'string', value: d.value }, type);
      else if (d.kind === 'number') c = canonicalDefault({ kind: 'number', raw: d.raw }, type);
      else c = canonicalDefault(d, type);
      byType.set(type, c);
    }
    return c;
  }

  expression(e: string): string {
    let c = this.expressions.get(e);
    if (c === undefined) this.expressions.set(e, (c = canonicalExpression(e)));
    return c;
  }

  /** One model column per distinct column: tables repeat `id`, `created_at`, `updated_at`, ...
   * with the same type and settings (every column of the 5,000-table benchmark is one of nine).
   * Model data is readonly and nothing keys on a column's identity. A name's variants are
   * scanned linearly, so only the first few are kept. */
  column(name: string, type: string, nullable: boolean, def: string | undefined, identity: Column['identity'], comment: string | undefined): Column {
    let same = this.columns.get(name);
    if (same === undefined) this.columns.set(name, (same = []));
    for (let i = 0; i < same.length; i++) {
      const c = same[i]!;
      if (c.type === type && c.nullable === nullable && c.default === def && c.identity === identity && c.comment === comment) return c;
    }
    const c = columnOf(name, type, nullable, def, identity, comment);
    if (same.length < 8) same.push(c);
    return c;
  }

  /** One frozen list per distinct list of column names (`id` is the key of most tables). */
  list(names: readonly string[]): readonly string[] {
    if (names.length === 1) return this.single(names[0]!);
    const key = lengthPrefixed(names);
    let c = this.lists.get(key);
    if (c === undefined) this.lists.set(key, (c = Object.freeze(names.slice())));
    return c;
  }

  /** `list([name])`, without building the list or a key to find it. */
  single(name: string): readonly string[] {
    let c = this.singles.get(name);
    if (c === undefined) this.singles.set(name, (c = Object.freeze([name])));
    return c;
  }

  /** An index's parts in the model. Column parts are the same objects in the document and the
   * model; expressions are canonicalised, once per (interned) list of document parts. */
  indexParts(parts: readonly DbmlIndexPart[]): readonly IndexPart[] {
    if (parts.every((p) => p.kind === 'column')) return parts as readonly IndexPart[];
    let c = this.parts.get(parts);
    if (c === undefined) this.parts.set(parts, (c = Object.freeze(parts.map((p) => (p.kind === 'column' ? p : { kind: 'expression' as const, expression: this.expression(p.value) })))));
    return c;
  }
}

/** A model column, every field in the literal that creates it: a field added afterwards lives in
 * a separate property array (40 bytes more for each of a large schema's columns). A default and
 * an identity never come together. */
function columnOf(name: string, type: string, nullable: boolean, def: string | undefined, identity: Column['identity'], comment: string | undefined): Column {
  if (comment === undefined) {
    if (def !== undefined) return { name, type, nullable, default: def };
    return identity ? { name, type, nullable, identity } : { name, type, nullable };
  }
  if (def !== undefined) return { name, type, nullable, default: def, comment };
  return identity ? { name, type, nullable, identity, comment } : { name, type, nullable, comment };
}
