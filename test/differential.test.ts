/** Acceptance 2: for every corpus unit both accept, our document matches @dbml/core's model
 * (tables, columns, types, pk/unique/not null/default/increment, refs, enums, indexes, checks,
 * notes) after normalisation to one shape. */
import { readFileSync } from 'node:fs';
import * as core from '@dbml/core';
import { describe, expect, it } from 'vitest';
import { expandColumns, expandIndexesAndChecks, expandRefs, partialMap } from '../src/dbml/bind/bind.js';
import { parseDocument } from '../src/dbml/bind/load.js';
import type { DbmlDocument } from '../src/dbml/document.js';
import { corpusUnits } from './corpus-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: @dbml/core ships no types for its model
type Any = any;
const relOf = (op: string): [string, string] => {
  const base = op.replace(/\?/g, '');
  return base === '>' ? ['*', '1'] : base === '<' ? ['1', '*'] : base === '-' ? ['1', '1'] : ['*', '*'];
};
const defOf = (d: Any) => (d ? { type: d.type, value: d.type === 'number' ? Number(d.value) : String(d.value) } : null);

// Upstream keeps stacked signs in type arguments (`int(--1)`); we keep their value (`int(1)`).
const evalSigns = (t: string) =>
  t.replace(/[+-]+(?=\d)([\d.eE]+)/g, (m, num: string) => {
    const neg = [...m.slice(0, m.length - num.length)].filter((c) => c === '-').length % 2 === 1;
    return neg ? `-${num}` : num;
  });

const sortIdx = <T>(xs: T[]) => xs.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

function fromCore(db: Any) {
  const tables: Record<string, unknown> = {};
  const enums: Record<string, string[]> = {};
  const refs: string[] = [];
  for (const s of db.schemas) {
    for (const t of s.tables) {
      tables[`${s.name}.${t.name}`] = {
        columns: t.fields.map((f: Any) => ({
          name: f.name,
          type: evalSigns(f.type.schemaName && !f.type.type_name.startsWith(`${f.type.schemaName}.`) ? `${f.type.schemaName}.${f.type.type_name}` : f.type.type_name),
          pk: !!f.pk,
          unique: !!f.unique,
          notNull: f.not_null ?? null,
          increment: !!f.increment,
          default: defOf(f.dbdefault),
          note: f.note ?? null,
        })),
        indexes: sortIdx(t.indexes.map((i: Any) => ({ columns: i.columns.map((c: Any) => `${c.type}:${c.value}`).sort(), pk: !!i.pk, unique: !!i.unique, name: i.name ?? null, type: i.type ?? null }))),
        checks: [...(t.checks ?? []), ...t.fields.flatMap((f: Any) => f.checks ?? [])].map((c: Any) => c.expression).sort(),
        note: t.note ?? null,
      };
    }
    for (const e of s.enums) enums[`${s.name}.${e.name}`] = e.values.map((v: Any) => v.name);
    for (const r of s.refs) {
      refs.push(
        `${r.endpoints
          .map((e: Any) => `${e.schemaName ?? 'public'}.${e.tableName}(${e.fieldNames.join(',')})=${e.relation}`)
          .sort()
          .join(' ')} ${r.onDelete ?? '-'} ${r.onUpdate ?? '-'}`,
      );
    }
  }
  return { tables, enums, refs: refs.sort() };
}

function fromOurs(doc: DbmlDocument) {
  const partials = partialMap(doc);
  const tables: Record<string, unknown> = {};
  for (const t of doc.tables) {
    const cols = expandColumns(t, partials);
    const { indexes, checks } = expandIndexesAndChecks(t, partials);
    const composite = cols.filter((c) => c.pk).length > 1;
    const idx = indexes.map((i) => ({ columns: i.parts.map((p) => (p.kind === 'column' ? `column:${p.name}` : `expression:${p.value}`)).sort(), pk: i.pk, unique: i.unique, name: i.name ?? null, type: i.type ?? null }));
    if (composite)
      idx.push({
        columns: cols
          .filter((c) => c.pk)
          .map((c) => `column:${c.name}`)
          .sort(),
        pk: true,
        unique: false,
        name: null,
        type: null,
      });
    tables[`${t.schema}.${t.name}`] = {
      columns: cols.map((c) => ({
        name: c.name,
        type: `${c.type.schema !== undefined ? `${c.type.schema}.` : ''}${c.type.name}${c.type.args !== undefined ? `(${c.type.args})` : ''}${c.type.arrays.map((a) => `[${a}]`).join('')}`,
        pk: c.pk && !composite,
        unique: c.unique,
        notNull: c.notNull ?? null,
        increment: c.increment,
        default: c.default
          ? c.default.kind === 'enum'
            ? { type: 'string', value: c.default.value }
            : c.default.kind === 'null'
              ? { type: 'boolean', value: 'null' }
              : c.default.kind === 'boolean'
                ? { type: 'boolean', value: String(c.default.value) }
                : c.default.kind === 'number'
                  ? { type: 'number', value: c.default.value }
                  : { type: c.default.kind, value: c.default.value }
          : null,
        note: c.note ?? null,
      })),
      indexes: sortIdx(idx),
      checks: [...checks.map((c) => c.expression), ...cols.flatMap((c) => c.checks)].sort(),
      note: t.note ?? t.settingNote ?? null,
    };
  }
  const enums: Record<string, string[]> = {};
  for (const e of doc.enums) enums[`${e.schema}.${e.name}`] = e.values.map((v) => v.name);
  const resolve = (schema: string, table: string) => {
    if (schema !== '') return `${schema}.${table}`;
    const t = doc.tables.find((x) => (x.schema === 'public' && x.name === table) || x.alias === table);
    return t ? `${t.schema}.${t.name}` : `public.${table}`;
  };
  const refs = expandRefs(doc).map((r) => {
    const [l, rr] = relOf(r.op);
    return `${[`${resolve(r.left.schema, r.left.table)}(${r.left.columns.join(',')})=${l}`, `${resolve(r.right.schema, r.right.table)}(${r.right.columns.join(',')})=${rr}`].sort().join(' ')} ${r.onDelete ?? '-'} ${r.onUpdate ?? '-'}`;
  });
  return { tables, enums, refs: refs.sort() };
}

const cases = corpusUnits()
  .filter((u) => u.cls === 'valid' && u.coreOk)
  .flatMap((u) => {
    const text = readFileSync(u.file, 'utf8');
    let db: Any;
    try {
      db = new (core as Any).Parser().parse(text, 'dbmlv2');
    } catch {
      return []; // multi-file units: @dbml/core's single-source parser cannot resolve `use`
    }
    return [[u.unit, text, db] as const];
  });

describe('differential against @dbml/core', () => {
  it('covers most of the corpus', () => {
    expect(cases.length).toBeGreaterThan(180);
  });
  it.each(cases)('%s', (_name, text, db) => {
    const ours = parseDocument(text);
    expect(ours.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(fromOurs(ours.document!)).toEqual(fromCore(db));
  });
});
