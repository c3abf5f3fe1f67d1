/** Hostile names for the injection tests: quotes, backslashes, line breaks of every kind, comment
 * and dollar-quote delimiters, `;`, multi-byte characters, up to exactly 63 UTF-8 bytes (never
 * over, never NUL). One case is a set of names for every kind of object, written two ways: as
 * DBML (for gen's parser) and as plain SQL (a database gen did not create). */
import fc from 'fast-check';
import { dbmlName, dbmlString } from '../src/dbml/print/print.js';

const MAX = 63;

/** Pieces a name is built from: each one has broken out of a quote or a comment somewhere. */
export const FRAGMENTS = [
  '"',
  "'",
  '\\',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\u0085',
  '\t',
  '\u001b[2J',
  '\u202e',
  '*/',
  '/*',
  '$$',
  '$gen$',
  '$gen1$',
  '$1',
  '--',
  '-- ',
  ';',
  '%',
  '`',
  ' ',
  '.',
  ',',
  '(',
  ')',
  '=',
  '\nDROP TABLE victim; --',
  "'; DROP TABLE victim; --",
  '"; DROP TABLE victim; --',
  '*/ DROP TABLE victim; /*',
  'é',
  '名前',
  '😀',
  'ǅ',
  'ß',
  'a',
  'Z',
  '_',
  '0',
  'select',
  'E',
  'U&',
];

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** The longest prefix of `s` of at most `max` UTF-8 bytes, never splitting a character. */
export function clip(s: string, max: number): string {
  let out = '';
  for (const ch of s) {
    if (bytes(out) + bytes(ch) > max) break;
    out += ch;
  }
  return out;
}

// Random text too: any code point but NUL and lone surrogates (neither is a valid name).
const randomText = fc.string({
  unit: fc
    .integer({ min: 1, max: 0x10ffff })
    .filter((c) => c < 0xd800 || c > 0xdfff)
    .map((c) => String.fromCodePoint(c)),
  maxLength: 4,
});

/** A name tagged with `tag` (a character no fragment holds, so names of different roles never
 * collide), at its start or end, `exact` ones padded to exactly 63 bytes. */
export function hostileName(tag: string): fc.Arbitrary<string> {
  return fc
    .record({
      parts: fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: randomText }), { minLength: 1, maxLength: 8 }),
      atEnd: fc.boolean(),
      exact: fc.boolean(),
      pad: fc.constantFrom('x', 'é', '名', '😀', '\n'),
    })
    .map(({ parts, atEnd, exact, pad }) => {
      let body = clip(parts.join(''), MAX - bytes(tag));
      if (exact) while (bytes(body) + bytes(pad) + bytes(tag) <= MAX) body += pad;
      return atEnd ? body + tag : tag + body;
    });
}

/** Every name and text of one case. */
export interface Names {
  readonly schema: string;
  readonly enumName: string;
  readonly labels: readonly [string, string, string];
  readonly renamedLabel: string;
  readonly t1: string;
  readonly t1Renamed: string;
  readonly t2: string;
  readonly c1: string;
  readonly c1Renamed: string;
  readonly c3: string;
  readonly c4: string;
  readonly r: string;
  readonly index: string;
  readonly unique: string;
  readonly check: string;
  readonly fk: string;
  readonly notes: readonly [string, string, string];
  readonly defaultText: string;
  readonly view: string;
}

const text = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: randomText }), { maxLength: 12 }).map((p) => p.join(''));
// PostgreSQL drops a comment set to '' (COMMENT IS '' removes it): notes are never empty here.
const note = text.filter((s) => s !== '');

/** One case. Tags: circled digits (no fragment holds one). */
export const namesArbitrary: fc.Arbitrary<Names> = fc.record({
  schema: hostileName('①'),
  enumName: hostileName('②'),
  labels: fc.tuple(hostileName('③'), hostileName('④'), hostileName('⑤')),
  renamedLabel: hostileName('⑥'),
  t1: hostileName('⑦'),
  t1Renamed: hostileName('⑧'),
  t2: hostileName('⑨'),
  c1: hostileName('⑩'),
  c1Renamed: hostileName('⑪'),
  c3: hostileName('⑫'),
  c4: hostileName('⑬'),
  r: hostileName('⑭'),
  index: hostileName('⑮'),
  unique: hostileName('⑯'),
  check: hostileName('⑰'),
  fk: hostileName('⑱'),
  notes: fc.tuple(note, note, note),
  defaultText: text,
  view: hostileName('⑲'),
});

/** A PostgreSQL identifier, quoted by the test's own rule (independent of gen's). */
export const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** A PostgreSQL string literal (standard_conforming_strings is on for the test sessions). */
export const lit = (value: string) => `'${value.replace(/'/g, "''")}'`;

const qn = (schema: string, name: string) => `${dbmlName(schema)}.${dbmlName(name)}`;

/** The schema before (`renamed` false) or after the renames, as DBML: an enum with a noted
 * label, a table with notes, a string default, an enum default, an index, a unique index and a
 * named check; before, also a second table with a named foreign key into the first (dropped
 * after); `victim` is never touched. */
export function dbmlOf(n: Names, renamed: boolean): string {
  const s = n.schema;
  const e = qn(s, n.enumName);
  const t1 = renamed ? n.t1Renamed : n.t1;
  const c1 = renamed ? n.c1Renamed : n.c1;
  const label0 = renamed ? `${dbmlName(n.renamedLabel)} [renamed_from: ${dbmlString(n.labels[0])}, note: ${dbmlString(n.notes[2])}]` : `${dbmlName(n.labels[0])} [note: ${dbmlString(n.notes[2])}]`;
  const labels = [label0, dbmlName(n.labels[1]), ...(renamed ? [dbmlName(n.labels[2])] : [])];
  const lines = [
    `Enum ${e} {`,
    ...labels.map((l) => `  ${l}`),
    '}',
    `Table ${qn(s, t1)} [note: ${dbmlString(n.notes[0])}${renamed ? `, renamed_from: ${dbmlString(n.t1)}` : ''}] {`,
    '  id int [pk]',
    `  ${dbmlName(c1)} text [default: ${dbmlString(n.defaultText)}, note: ${dbmlString(n.notes[1])}${renamed ? `, renamed_from: ${dbmlString(n.c1)}` : ''}]`,
    `  status ${e} [not null, default: ${dbmlString(n.labels[1])}]`,
    `  ${dbmlName(n.c3)} int`,
    ...(renamed ? [`  ${dbmlName(n.c4)} varchar(10) [note: ${dbmlString(n.notes[2])}]`] : []),
    '  indexes {',
    `    ${dbmlName(c1)} [name: ${dbmlString(n.index)}]`,
    `    (${dbmlName(c1)}, ${dbmlName(n.c3)}) [unique, name: ${dbmlString(n.unique)}]`,
    '  }',
    ...(n.c3.includes('`') ? [] : ['  checks {', `    \`${q(n.c3)} > 0\` [name: ${dbmlString(n.check)}]`, '  }']),
    '}',
    ...(renamed ? [] : [`Table ${qn(s, n.t2)} {`, '  id int [pk]', `  ${dbmlName(n.r)} int`, '}', `Ref ${dbmlName(n.fk)}: ${qn(s, n.t2)}.${dbmlName(n.r)} > ${qn(s, t1)}.id`]),
    'Table victim {',
    '  id int',
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

/** The same objects as `dbmlOf(n, false)` created with plain SQL, plus a view (which gen does
 * not manage: `gen pull` lists it in its header). */
export function sqlOf(n: Names): string {
  const s = q(n.schema);
  const t1 = `${s}.${q(n.t1)}`;
  const t2 = `${s}.${q(n.t2)}`;
  const e = `${s}.${q(n.enumName)}`;
  return [
    `CREATE SCHEMA ${s}`,
    `CREATE TYPE ${e} AS ENUM (${lit(n.labels[0])}, ${lit(n.labels[1])})`,
    `CREATE TABLE ${t1} (id integer PRIMARY KEY, ${q(n.c1)} text DEFAULT ${lit(n.defaultText)}, status ${e} NOT NULL DEFAULT ${lit(n.labels[1])}, ${q(n.c3)} integer, CONSTRAINT ${q(n.check)} CHECK (${q(n.c3)} > 0))`,
    `CREATE INDEX ${q(n.index)} ON ${t1} (${q(n.c1)})`,
    `CREATE UNIQUE INDEX ${q(n.unique)} ON ${t1} (${q(n.c1)}, ${q(n.c3)})`,
    `COMMENT ON TABLE ${t1} IS ${lit(n.notes[0])}`,
    `COMMENT ON COLUMN ${t1}.${q(n.c1)} IS ${lit(n.notes[1])}`,
    `CREATE TABLE ${t2} (id integer PRIMARY KEY, ${q(n.r)} integer, CONSTRAINT ${q(n.fk)} FOREIGN KEY (${q(n.r)}) REFERENCES ${t1} (id))`,
    `CREATE VIEW ${s}.${q(n.view)} AS SELECT 1 AS one`,
    'CREATE TABLE public.victim (id integer)',
  ].join(';\n');
}
