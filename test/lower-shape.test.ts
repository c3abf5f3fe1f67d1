/** How lowering builds the model, beyond what it contains: a large schema's model must not be
 * copied or duplicated on the way out (the parse benchmark's memory and time depend on it). */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/dbml/index.js';
import { NONE } from '../src/dbml/lists.js';
import { sortSchema } from '../src/model/schema.js';

// Indexes, uniques and checks declared out of name order, in several tables.
const text = `${[0, 1, 2]
  .map(
    (i) => `Table t${i} {
  id bigint [pk]
  b text [unique]
  a text [unique, check: \`length(a) > 0\`]
  parent_id bigint [ref: > t0.id]
  indexes {
    (b, a)
    \`lower(a)\` [name: 't${i}_a_lower']
  }
  checks {
    \`length(b) > 1\` [name: 'z_${i}']
    \`length(b) < 9\` [name: 'c_${i}']
  }
}`,
  )
  .join('\n')}
Table u {
  x int
  y int
  indexes {
    y
    x
  }
}`;

describe('lowering', () => {
  it('returns every table in canonical order as built, so sortSchema copies nothing', () => {
    const r = parse(text, 'order.dbml');
    expect(r.diagnostics).toEqual([]);
    const schema = r.schema!;
    expect(sortSchema(schema)).toBe(schema);
    expect(schema.tables[1]!.indexes.map((i) => i.name)).toEqual(['t1_a_lower', 't1_b_a_idx']);
    expect(schema.tables[1]!.checks.map((c) => c.name)).toEqual(['c_1', 't1_a_check', 'z_1']);
    // Not a sorted copy of what lowering built (a copy would hold lists of its own).
    const u = schema.tables.find((t) => t.name === 'u')!;
    expect(u.indexes.map((i) => i.name)).toEqual(['u_x_idx', 'u_y_idx']);
    expect(u.checks).toBe(NONE);
    expect(u.uniques).toBe(NONE);
  });

  it('shares equal lists of column names and index parts between tables, frozen', () => {
    const r = parse(text, 'shared.dbml');
    const [t0, t1] = r.schema!.tables;
    expect(t1!.primaryKey!.columns).toBe(t0!.primaryKey!.columns);
    expect(Object.isFrozen(t0!.primaryKey!.columns)).toBe(true);
    // Equal content only: the unique constraints on a and b keep their own lists.
    const [ua, ub] = t1!.uniques;
    expect(ua!.columns).toEqual(['a']);
    expect(ub!.columns).toEqual(['b']);
    expect(t0!.uniques[0]!.columns).toBe(ua!.columns);
    expect(t1!.foreignKeys[0]!.columns).toBe(t0!.foreignKeys[0]!.columns);
    const doc = r.document!;
    expect(doc.tables[1]!.indexes[0]!.parts).toBe(doc.tables[0]!.indexes[0]!.parts);
    expect(() => (doc.tables[0]!.indexes[0]!.parts as unknown[]).push(1)).toThrow(TypeError);
    // The expression index's model parts are canonicalised once and shared as well.
    const exprIndex = (t: typeof t0) => t!.indexes.find((i) => i.parts[0]!.kind === 'expression')!;
    expect(exprIndex(t1).parts).toBe(exprIndex(t0).parts);
    expect(exprIndex(t1).parts[0]).toEqual({ kind: 'expression', expression: 'lower(a)' });
  });

  it('shares equal model columns between tables, and only equal ones', () => {
    const r = parse(
      `Table a {
  id bigint [pk]
  note text [note: 'x']
  n int [default: 1]
}
Table b {
  id bigint [pk]
  note text [note: 'y']
  n int [default: 2]
}
Table c {
  id bigint
  note text [note: 'x']
  n int [default: 1]
}`,
      'columns.dbml',
    );
    const [a, b, c] = r.schema!.tables;
    // Same name, type, nullability, default and comment: one object.
    expect(b!.columns[0]).toBe(a!.columns[0]);
    expect(c!.columns[1]).toBe(a!.columns[1]);
    expect(c!.columns[2]).toBe(a!.columns[2]);
    // Any field different: its own column.
    expect(c!.columns[0]).not.toBe(a!.columns[0]);
    expect(c!.columns[0]!.nullable).toBe(true);
    expect(b!.columns[1]!.comment).toBe('y');
    expect(b!.columns[2]!.default).toBe('2');
  });
});
