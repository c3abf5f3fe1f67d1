/** Golden fixtures, one folder a case: fixtures/parse/<case>/input.dbml → expected.json (the
 * schema model) and fixtures/parse-errors/<case>/input.dbml → expected.txt (the rendered
 * diagnostics). UPDATE_GOLDEN=1 rewrites the expected files. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../src/dbml/diagnostics.js';
import { parse } from '../src/dbml/index.js';

const root = path.resolve(import.meta.dirname, '../fixtures');
const update = process.env['UPDATE_GOLDEN'] === '1';
const cases = (dir: string) =>
  readdirSync(path.join(root, dir))
    .sort()
    .map((c) => [c, path.join(root, dir, c)] as const);

function golden(file: string, actual: string): void {
  if (update || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toEqual(readFileSync(file, 'utf8'));
}

describe('parse fixtures', () => {
  it.each(cases('parse'))('%s', (_c, dir) => {
    const res = parse(readFileSync(path.join(dir, 'input.dbml'), 'utf8'), 'input.dbml');
    expect(res.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    golden(path.join(dir, 'expected.json'), `${JSON.stringify(res.schema, null, 2)}\n`);
  });
});

describe('parse-error fixtures', () => {
  it.each(cases('parse-errors'))('%s', (_c, dir) => {
    const text = readFileSync(path.join(dir, 'input.dbml'), 'utf8');
    const res = parse(text, 'input.dbml');
    expect(res.schema).toBeUndefined();
    golden(path.join(dir, 'expected.txt'), `${res.diagnostics.map((d) => formatDiagnostic(d, text)).join('\n')}\n`);
  });
});
