/** `gen lint` rules on fixtures/lint: each `<code>.<case>.sql` against its `.expected` findings
 * (`UPDATE_GOLDEN=1` rewrites them), at least one firing case and one near miss per rule, and
 * the planner's online output (fixtures/diff) lint-clean. */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULES, lintScript } from '../src/sql/lint/index.js';
import { loadSqlParser } from '../src/sql/split.js';

const root = path.resolve(import.meta.dirname, '../fixtures/lint');
const cases = readdirSync(root)
  .filter((f) => f.endsWith('.sql'))
  .sort();
// Rules that are off by default are switched on here, so that their fixtures mean something.
const severities = Object.fromEntries(RULES.map((r) => [r.code, r.severity === 'off' ? 'warning' : r.severity] as const));

beforeAll(async () => {
  await loadSqlParser();
});

function render(file: string): string {
  const findings = lintScript(readFileSync(path.join(root, file), 'utf8'), file, severities);
  return findings.map((f) => `${f.line}:${f.column} ${f.ignored ? 'ignored' : f.severity} ${f.code}${f.ignored ? ` (${f.ignored.reason})` : ''}`).join('\n') + (findings.length ? '\n' : '');
}

describe('lint fixtures', () => {
  it.each(cases)('%s', (file) => {
    const expectedFile = path.join(root, file.replace(/\.sql$/, '.expected'));
    const got = render(file);
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(expectedFile)) writeFileSync(expectedFile, got);
    expect(got).toBe(readFileSync(expectedFile, 'utf8'));
  });

  it.each(RULES.map((r) => r.code))('%s has a case that fires and a near miss that does not', (code) => {
    const active = (file: string) =>
      render(file)
        .split('\n')
        .filter((l) => new RegExp(` (error|warning) ${code}$`).test(l));
    const fires = cases.filter((f) => f.startsWith(`${code}.fires`));
    const misses = cases.filter((f) => f.startsWith(`${code}.near-miss`));
    expect(fires.length).toBeGreaterThan(0);
    expect(misses.length).toBeGreaterThan(0);
    for (const f of fires) expect(active(f), f).not.toEqual([]);
    for (const f of misses) expect(active(f), f).toEqual([]);
  });
});

describe('generated migrations', () => {
  const diffRoot = path.resolve(import.meta.dirname, '../fixtures/diff');
  const online = readdirSync(diffRoot)
    .filter((c) => existsSync(path.join(diffRoot, c, 'expected.sql')) && !existsSync(path.join(diffRoot, c, 'no-online')))
    .sort();

  it('are online cases in fixtures/diff', () => {
    expect(online.length).toBeGreaterThan(80);
  });

  // Clean: no finding, at any severity, that the planner did not acknowledge with the hazard it
  // declared (or a gen:lint-ignore saying why the rule's concern does not apply).
  it.each(online)('%s lints clean', (c) => {
    const file = path.join(diffRoot, c, 'expected.sql');
    const active = lintScript(readFileSync(file, 'utf8'), file).filter((f) => !f.ignored);
    expect(active.map((f) => `${f.line}:${f.column} ${f.severity} ${f.code}: ${f.message}`)).toEqual([]);
  });
});
