/** Differ and planner units for index and constraint details: which change each difference
 * becomes, and the SQL it renders to. */
import { describe, expect, it } from 'vitest';
import { diff } from '../src/diff/index.js';
import type { ForeignKey, Index, Schema, Table } from '../src/model/types.js';
import { migration } from '../src/plan/migration.js';

const base: Table = {
  schema: 'public',
  name: 't',
  columns: [
    { name: 'a', type: 'integer', nullable: false },
    { name: 'b', type: 'text', nullable: true },
  ],
  primaryKey: { name: 't_pkey', columns: ['a'] },
  uniques: [],
  indexes: [],
  foreignKeys: [],
  checks: [],
};
const schema = (t: Partial<Table>): Schema => ({ schemas: ['public'], enums: [], tables: [{ ...base, ...t }] });
const fk: ForeignKey = { name: 't_a_fkey', columns: ['a'], refSchema: 'public', refTable: 't', refColumns: ['a'], onDelete: 'NO ACTION', onUpdate: 'NO ACTION', deferrable: false, initiallyDeferred: false };
const ix: Index = { name: 't_b_idx', unique: false, method: 'btree', parts: [{ kind: 'column', name: 'b' }], include: [] };
const kinds = (a: Schema, b: Schema) => diff(a, b).map((c) => c.kind);

describe('index and constraint differences', () => {
  it('a foreign key that only changes deferrability is altered in place', () => {
    const m = migration(schema({ foreignKeys: [fk] }), schema({ foreignKeys: [{ ...fk, deferrable: true, initiallyDeferred: true }] }));
    expect(m.changes.map((c) => c.kind)).toEqual(['AlterForeignKeyDeferrable']);
    expect(m.upSql).toContain('ALTER TABLE public.t ALTER CONSTRAINT t_a_fkey DEFERRABLE INITIALLY DEFERRED;');
    expect(m.downSql).toContain('ALTER TABLE public.t ALTER CONSTRAINT t_a_fkey NOT DEFERRABLE INITIALLY IMMEDIATE;');
  });

  it('MATCH FULL and ON DELETE SET NULL (columns) replace the foreign key', () => {
    const m = migration(schema({ foreignKeys: [fk] }), schema({ foreignKeys: [{ ...fk, matchFull: true, onDelete: 'SET NULL', onDeleteColumns: ['a'] }] }));
    expect(m.changes.map((c) => c.kind)).toEqual(['DropForeignKey', 'AddForeignKey']);
    expect(m.upSql).toContain('REFERENCES public.t (a) MATCH FULL ON DELETE SET NULL (a) NOT VALID;');
  });

  it('index storage parameters change without a rebuild', () => {
    const m = migration(schema({ indexes: [{ ...ix, storageParameters: ['fillfactor=70', 'deduplicate_items=off'] }] }), schema({ indexes: [{ ...ix, storageParameters: ['fillfactor=90'] }] }));
    expect(m.changes.map((c) => c.kind)).toEqual(['AlterIndexStorage']);
    expect(m.upSql).toContain("ALTER INDEX public.t_b_idx SET (fillfactor = '90');");
    expect(m.upSql).toContain('ALTER INDEX public.t_b_idx RESET (deduplicate_items);');
    expect(m.up.steps.find((s) => s.op.op === 'alterIndexStorage')?.why).toMatch(/take effect for pages written from now on/);
  });

  it('operator class, its parameters and a key collation replace the index', () => {
    const to = { ...ix, parts: [{ kind: 'column' as const, name: 'b', collation: 'C', opclass: 'gist_trgm_ops', opclassSchema: 'public', opclassParameters: ['siglen=64'] }], method: 'gist' };
    const m = migration(schema({ indexes: [ix] }), schema({ indexes: [to] }), { online: false });
    expect(m.changes.map((c) => c.kind)).toEqual(['ReplaceIndex']);
    expect(m.upSql).toContain(`CREATE INDEX t_b_idx ON public.t USING gist (b COLLATE "C" public.gist_trgm_ops (siglen = '64'));`);
  });

  it('a unique constraint and a free unique index on the same columns are different objects', () => {
    const u = { name: 't_b_key', columns: ['b'] };
    expect(kinds(schema({ indexes: [{ ...ix, name: 't_b_key', unique: true }] }), schema({ uniques: [u] }))).toEqual(['AddUnique', 'DropIndex']);
    expect(kinds(schema({ uniques: [u] }), schema({ uniques: [u], indexes: [{ ...ix, unique: true }] }))).toEqual(['AddIndex']);
  });

  it('primary key INCLUDE and deferrability replace it; its comment and storage do not', () => {
    expect(kinds(schema({}), schema({ primaryKey: { name: 't_pkey', columns: ['a'], include: ['b'] } }))).toEqual(['DropPrimaryKey', 'AddPrimaryKey']);
    expect(kinds(schema({}), schema({ primaryKey: { name: 't_pkey', columns: ['a'], deferrable: true } }))).toEqual(['DropPrimaryKey', 'AddPrimaryKey']);
    expect(kinds(schema({}), schema({ primaryKey: { name: 't_pkey', columns: ['a'], comment: 'k', storageParameters: ['fillfactor=80'] } }))).toEqual(['AlterIndexStorage', 'AlterConstraintComment']);
  });

  it('CHECK NO INHERIT is written after the expression, not inside it', () => {
    const m = migration(schema({}), schema({ checks: [{ name: 't_a_check', expression: 'a > 0', noInherit: true }] }), { online: false });
    expect(m.upSql).toContain('ADD CONSTRAINT t_a_check CHECK (a > 0) NO INHERIT;');
  });

  it('a validated constraint that the target has NOT VALID is added back NOT VALID', () => {
    const m = migration(schema({ foreignKeys: [fk] }), schema({ foreignKeys: [{ ...fk, notValid: true }] }));
    expect(m.changes.map((c) => c.kind)).toEqual(['DropForeignKey', 'AddForeignKey']);
    expect(m.upSql).toContain('NOT VALID;');
    expect(m.upSql).not.toContain('VALIDATE');
  });

  it('exclusion constraints are added, replaced, renamed and commented', () => {
    const x = { name: 't_excl', definition: 'EXCLUDE USING gist (b WITH =)' };
    expect(kinds(schema({}), schema({ exclusions: [x] }))).toEqual(['AddExclusion']);
    expect(kinds(schema({ exclusions: [x] }), schema({ exclusions: [{ ...x, definition: `${x.definition} DEFERRABLE` }] }))).toEqual(['DropExclusion', 'AddExclusion']);
    expect(kinds(schema({ exclusions: [x] }), schema({ exclusions: [{ ...x, name: 't_x' }] }))).toEqual(['RenameConstraint']);
    expect(kinds(schema({ exclusions: [x] }), schema({ exclusions: [{ ...x, comment: 'c' }] }))).toEqual(['AlterConstraintComment']);
    expect(kinds(schema({ exclusions: [] }), schema({}))).toEqual([]);
    const m = migration(schema({}), schema({ exclusions: [{ ...x, comment: "it's" }] }), { online: false });
    expect(m.upSql).toContain('ALTER TABLE public.t ADD CONSTRAINT t_excl EXCLUDE USING gist (b WITH =);');
    expect(m.upSql).toContain(`COMMENT ON CONSTRAINT t_excl ON public.t IS 'it''s';`);
  });
});
