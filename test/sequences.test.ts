/** Sequences without a database: PostgreSQL's option defaults, what the differ finds, and the
 * order the planner puts sequence steps in (test/sequences-apply.test.ts applies them). */
import { describe, expect, it } from 'vitest';
import { diff } from '../src/diff/index.js';
import { afterTypeChange, expandOptions, nonDefaultOptions, sequenceSettings } from '../src/model/sequence.js';
import { schemasEqual, sortSchema } from '../src/model/schema.js';
import type { Column, Schema, Sequence, Table } from '../src/model/types.js';
import { migration } from '../src/plan/migration.js';

const table = (name: string, columns: Column[], schema = 'public'): Table => ({ schema, name, columns, uniques: [], indexes: [], foreignKeys: [], checks: [] });
const col = (name: string, type: string, extra: Partial<Column> = {}): Column => ({ name, type, nullable: true, ...extra });
const seq = (name: string, extra: Partial<Sequence> = {}): Sequence => ({ schema: 'public', name, ...expandOptions('bigint'), ...extra });
const schema = (tables: Table[], sequences?: Sequence[]): Schema => ({ schemas: ['public'], enums: [], tables, ...(sequences ? { sequences } : {}) });
const statements = (sql: string) => sql.split('\n').filter((l) => l !== '' && !l.startsWith('--') && !/^(BEGIN|COMMIT|SET )/.test(l));

describe('sequence option defaults', () => {
  it('follow the type and the increment sign', () => {
    expect(expandOptions('smallint')).toEqual({ type: 'smallint', start: '1', increment: '1', min: '1', max: '32767', cache: '1', cycle: false });
    expect(expandOptions('integer', { increment: '-2' })).toEqual({ type: 'integer', start: '-1', increment: '-2', min: '-2147483648', max: '-1', cache: '1', cycle: false });
    expect(expandOptions('bigint', { min: '10' }).start).toBe('10');
    expect(expandOptions('bigint', { increment: '-1', max: '-5' }).start).toBe('-5');
  });
  it('are left out of the options; the rest is kept', () => {
    expect(nonDefaultOptions(expandOptions('integer', { increment: '-1' }))).toEqual({ increment: '-1' });
    expect(nonDefaultOptions({ ...expandOptions('bigint'), min: '10', start: '10' })).toEqual({ min: '10' });
    expect(nonDefaultOptions({ ...expandOptions('smallint'), max: '2147483647' })).toEqual({ max: '2147483647' });
    expect(nonDefaultOptions({ ...expandOptions('bigint'), cache: '20', cycle: true })).toEqual({ cache: '20', cycle: true });
  });
  it('move with a type change only where they were the old type limits', () => {
    expect(afterTypeChange(expandOptions('integer'), 'bigint').max).toBe('9223372036854775807');
    expect(afterTypeChange(expandOptions('integer', { max: '1000' }), 'bigint').max).toBe('1000');
    expect(afterTypeChange(expandOptions('bigint', { increment: '-1' }), 'smallint').min).toBe('-32768');
  });
  it('spell out both bounds when the type changes', () => {
    expect(sequenceSettings(expandOptions('integer'), { ...expandOptions('bigint'), max: '2147483647' })).toEqual({ type: 'bigint', min: '1', max: '2147483647' });
  });
});

describe('sequence diff and plan', () => {
  it('creates a sequence before the table whose default calls it, owner after the table', () => {
    const s = seq('ids', { ownedBy: { table: 'u', column: 'id' } });
    const to = schema([table('u', [col('id', 'bigint', { default: "nextval('ids'::regclass)" })])], [s]);
    const m = migration(schema([]), to);
    expect(statements(m.upSql)).toEqual(['CREATE SEQUENCE public.ids;', 'CREATE TABLE public.u (', "  id bigint DEFAULT nextval('ids'::regclass)", ');', 'ALTER SEQUENCE public.ids OWNED BY public.u.id;']);
    // Down: the table goes, and its owned sequence with it.
    expect(statements(m.downSql)).toEqual(['DROP TABLE public.u;']);
  });

  it('drops a sequence after the default that calls it', () => {
    const from = schema([table('t', [col('a', 'integer', { default: "nextval('s'::regclass)" })])], [seq('s')]);
    const to = schema([table('t', [col('a', 'integer')])]);
    expect(statements(migration(from, to).upSql)).toEqual(['ALTER TABLE public.t ALTER COLUMN a DROP DEFAULT;', 'DROP SEQUENCE public.s;']);
  });

  it('alters only what differs and guards a shrinking range', () => {
    const from = schema([], [seq('s')]);
    const to = schema([], [seq('s', { ...expandOptions('bigint', { increment: '-1' }) })]);
    const changes = diff(from, to);
    expect(changes).toEqual([{ kind: 'AlterSequence', from: from.sequences![0], to: to.sequences![0], changed: ['start', 'increment', 'min', 'max'] }]);
    const up = migration(from, to).upSql;
    expect(up).toContain('ALTER SEQUENCE public.s INCREMENT BY -1 MINVALUE -9223372036854775808 MAXVALUE -1 START WITH -1 RESTART;');
    expect(up).toContain('IF (SELECT last_value < -9223372036854775808 OR last_value > -1 FROM public.s) THEN');
  });

  it('compares a serial column and its spelled-out form by what they mean', () => {
    const serial = schema([table('t', [col('id', 'serial', { nullable: false })])]);
    const spelled = schema([table('t', [col('id', 'integer', { nullable: false, default: "nextval('t_id_seq'::regclass)" })])], [seq('t_id_seq', { ...expandOptions('integer', { increment: '10' }), ownedBy: { table: 't', column: 'id' } })]);
    expect(diff(serial, spelled).map((c) => c.kind)).toEqual(['AlterSequence']);
    expect(statements(migration(serial, spelled).upSql)).toEqual(['ALTER SEQUENCE public.t_id_seq INCREMENT BY 10;']);
    expect(statements(migration(spelled, serial).upSql)).toEqual(['ALTER SEQUENCE public.t_id_seq INCREMENT BY 1;']);
  });

  it('renames a serial or identity sequence with its table', () => {
    const from = schema([table('users', [col('id', 'bigserial', { nullable: false }), col('n', 'integer', { nullable: false, identity: 'always' })])]);
    const to = schema([table('people', [col('id', 'bigserial', { nullable: false }), col('n', 'integer', { nullable: false, identity: 'always' })])]);
    const m = migration(from, to, { renames: [{ kind: 'table', schema: 'public', from: 'users', to: 'people' }] });
    // Then PostgreSQL 18's NOT NULL constraints follow the table's name (guarded DO blocks).
    expect(statements(m.upSql).slice(0, 3)).toEqual(['ALTER TABLE public.users RENAME TO people;', 'ALTER SEQUENCE public.users_id_seq RENAME TO people_id_seq;', 'ALTER SEQUENCE public.users_n_seq RENAME TO people_n_seq;']);
  });

  it('follows declared renames through OWNED BY and serial sequence names', () => {
    const owned = (t: string) => seq('ids', { ownedBy: { table: t, column: 'id' } });
    const from = schema([table('users', [col('id', 'bigint', { default: "nextval('ids'::regclass)" }), col('n', 'serial', { nullable: false })])], [owned('users')]);
    const to = schema([table('people', [col('id', 'bigint', { default: "nextval('ids'::regclass)" }), col('m', 'serial', { nullable: false })])], [owned('people')]);
    const renames = [
      { kind: 'table' as const, schema: 'public', from: 'users', to: 'people' },
      { kind: 'column' as const, schema: 'public', table: 'people', from: 'n', to: 'm' },
    ];
    // The AlterColumn renames the NOT NULL constraint that PostgreSQL 18 names after the table.
    expect(diff(from, to, { renames }).map((c) => c.kind)).toEqual(['RenameTable', 'RenameColumn', 'RenameSequence', 'AlterColumn']);
    expect(statements(migration(from, to, { renames }).upSql)).toContain('ALTER SEQUENCE public.users_n_seq RENAME TO people_m_seq;');
  });

  it('drops an owned sequence with its table, and one a dropped table draws from after it', () => {
    const from = schema([table('t', [col('a', 'integer', { default: "nextval('s'::regclass)" }), col('b', 'integer', { default: "nextval('o'::regclass)" })])], [seq('o', { ownedBy: { table: 't', column: 'b' } }), seq('s')]);
    expect(statements(migration(from, schema([])).upSql)).toEqual(['DROP TABLE public.t;', 'DROP SEQUENCE public.s;']);
  });

  it('changes identity options after a widening type change, before a narrowing one', () => {
    const t = (type: string, identityOptions?: Column['identityOptions']) => schema([table('t', [col('id', type, { nullable: false, identity: 'always', ...(identityOptions ? { identityOptions } : {}) })])]);
    expect(statements(migration(t('integer'), t('bigint', { max: '2147483647' }), { online: false }).upSql)).toEqual(['ALTER TABLE public.t ALTER COLUMN id TYPE bigint;', 'ALTER TABLE public.t ALTER COLUMN id SET MAXVALUE 2147483647;']);
    const narrow = statements(migration(t('bigint', { max: '10000000000' }), t('integer', { max: '1000' }), { online: false }).upSql);
    expect(narrow.at(-1)).toBe('ALTER TABLE public.t ALTER COLUMN id TYPE integer;');
    expect(narrow.join('\n')).toContain('ALTER TABLE public.t ALTER COLUMN id SET MAXVALUE 1000 RESTART;');
    // Defaults on both sides: the type change moves the bounds itself.
    expect(statements(migration(t('integer'), t('bigint'), { online: false }).upSql)).toEqual(['ALTER TABLE public.t ALTER COLUMN id TYPE bigint;']);
  });

  it('writes identity options into CREATE TABLE', () => {
    const to = schema([table('t', [col('id', 'integer', { nullable: false, identity: 'by default', identityOptions: { sequenceName: 'ids', start: '100', increment: '5' } })])]);
    expect(statements(migration(schema([]), to).upSql)[1]).toBe('  id integer GENERATED BY DEFAULT AS IDENTITY (SEQUENCE NAME ids INCREMENT BY 5 START WITH 100) NOT NULL');
  });

  it('keeps an empty sequence list out of the canonical schema', () => {
    expect(sortSchema(schema([], []))).toEqual(schema([]));
    expect(schemasEqual(schema([], []), schema([]))).toBe(true);
    expect(diff(schema([], [seq('b'), seq('a')]), schema([], [seq('a'), seq('b')]))).toEqual([]);
  });
});
