/** The printer never changes meaning and is idempotent: for every valid corpus unit,
 * parse(format(x)) equals parse(x), and format(format(x)) equals format(x). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../dist/dbml/index.js';
import { printDocument } from '../dist/dbml/print.js';
import { canonicalJson } from '../dist/model/schema.js';
import type { DbmlDocument } from '../dist/dbml/document.js';
import { corpusUnits } from './corpus-helpers.js';

/** The document without source positions, for comparison. */
function strip(doc: DbmlDocument): string {
  return canonicalJson(JSON.parse(JSON.stringify(doc, (k, v: unknown) => (k === 'span' || k === 'nameSpan' ? undefined : v))));
}

const cases = corpusUnits()
  .filter((u) => u.cls === 'valid')
  .flatMap((u) => {
    const text = readFileSync(u.file, 'utf8');
    const first = parse(text, u.file);
    return first.document && first.document.uses.length === 0 ? [[u.unit, first] as const] : [];
  });

describe('format', () => {
  it('covers the corpus', () => expect(cases.length).toBeGreaterThan(200));
  it.each(cases)('round-trips %s', (_name, first) => {
    const once = printDocument(first.document!);
    const again = parse(once, 'formatted.dbml');
    expect(again.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.start.line}:${d.start.col} ${d.message}`)).toEqual([]);
    expect(canonicalJson(again.schema)).toEqual(canonicalJson(first.schema));
    expect(strip(again.document!)).toEqual(strip(first.document!));
    expect(printDocument(again.document!)).toEqual(once);
  });
});
