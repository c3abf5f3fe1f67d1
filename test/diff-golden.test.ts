/** Golden diff fixtures (no database): fixtures/diff/<case>/{from.dbml,to.dbml} → expected.sql
 * (the up script) and expected-down.sql. UPDATE_GOLDEN=1 rewrites them; a reviewer reads the diff. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diff } from '../src/diff/index.js';
import { diffCase, diffCases } from './diff-cases.js';

const cases = diffCases();

function golden(file: string, text: string): void {
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) writeFileSync(file, text);
  expect(text).toEqual(readFileSync(file, 'utf8'));
}

describe('golden diff fixtures', () => {
  it('has at least 80 cases', () => expect(cases.length).toBeGreaterThanOrEqual(80));
  it.each(cases)('%s', (name) => {
    const c = diffCase(name);
    golden(path.join(c.dir, 'expected.sql'), c.upSql);
    golden(path.join(c.dir, 'expected-down.sql'), c.downSql);
    // diff is pure: the same inputs give the same changes, and the inputs are not touched.
    const before = JSON.stringify([c.from, c.to]);
    expect(diff(c.from, c.to)).toEqual(diff(c.from, c.to));
    expect(JSON.stringify([c.from, c.to])).toEqual(before);
  });
});
