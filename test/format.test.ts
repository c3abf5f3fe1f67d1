/** The printer never changes meaning and is idempotent: for every valid corpus unit,
 * parse(format(x)) equals parse(x), and format(format(x)) equals format(x). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ParseResult, parse } from '../src/dbml/index.js';
import { lower } from '../src/dbml/lower/lower.js';
import { printDocument, printWithComments } from '../src/dbml/print/print.js';
import { lex } from '../src/dbml/lex/lex.js';
import { canonicalJson } from '../src/model/schema.js';
import type { DbmlDocument } from '../src/dbml/document.js';
import { corpusUnits } from './corpus-helpers.js';

/** The document without source positions, for comparison. */
function strip(doc: DbmlDocument): string {
  return canonicalJson(JSON.parse(JSON.stringify(doc, (k, v: unknown) => (k === 'span' || k === 'nameSpan' || k === 'nameAt' || k === 'at' || k === 'subAt' || k === 'itemSpans' || k === 'start' || k === 'end' ? undefined : v))));
}

const cases = corpusUnits()
  .filter((u) => u.cls === 'valid')
  .flatMap((u) => {
    const text = readFileSync(u.file, 'utf8');
    const first = parse(text, u.file);
    return first.document && first.document.uses.length === 0 ? [[u.unit, first] as const] : [];
  });

/** The schema, also of valid DBML that gen's PostgreSQL rules reject (stage `postgres`). */
const schemaOf = (r: ParseResult) => r.schema ?? (r.document ? lower(r.document).schema : undefined);

const commentsIn = (text: string) => lex(text, 'x').comments.map((c) => c.image.trimEnd());

describe('format keeps comments', () => {
  const kept = cases.filter(([, first]) => first.comments!.unplaced.length === 0 && printWithComments(first.document!, first.comments).lost === 0);
  it('places the comments of most corpus files', () => {
    const withComments = kept.filter(([, first]) => first.comments!.byStart.size > 0);
    expect(withComments.length).toBeGreaterThanOrEqual(15);
  });
  it.each(kept)('%s', (name, first) => {
    const source = readFileSync(corpusUnits().find((u) => u.unit === name)!.file, 'utf8');
    const once = printWithComments(first.document!, first.comments).text;
    expect(commentsIn(once).sort()).toEqual(commentsIn(source).sort());
    const again = parse(once, 'formatted.dbml');
    expect(canonicalJson(schemaOf(again))).toEqual(canonicalJson(schemaOf(first)));
    expect(printWithComments(again.document!, again.comments).text).toEqual(once);
  });
});

describe('format', () => {
  it('covers the corpus', () => expect(cases.length).toBeGreaterThan(200));
  it.each(cases)('round-trips %s', (_name, first) => {
    const once = printDocument(first.document!);
    const again = parse(once, 'formatted.dbml');
    const errors = (r: ParseResult) => r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`);
    expect(errors(again)).toEqual(errors(first));
    expect(canonicalJson(schemaOf(again))).toEqual(canonicalJson(schemaOf(first)));
    expect(strip(again.document!)).toEqual(strip(first.document!));
    expect(printDocument(again.document!)).toEqual(once);
  });
});
