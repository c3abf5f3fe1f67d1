/** grammar/ holds reviewed artifacts generated from the parser; this fails when they are stale.
 * `npm run grammar` (or UPDATE_GOLDEN=1) regenerates them. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cstTypings, railroadHtml } from '../src/dbml/parse/grammar-artifacts.js';

const dir = path.resolve(import.meta.dirname, '../grammar');

describe('grammar artifacts', () => {
  it.each([
    ['dbml-railroad.html', railroadHtml],
    ['dbml-cst.d.ts', cstTypings],
  ] as const)('%s is up to date', (file, make) => {
    const target = path.join(dir, file);
    const fresh = make();
    if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(target)) writeFileSync(target, fresh);
    expect(fresh, `${file} is stale: run npm run grammar`).toEqual(readFileSync(target, 'utf8'));
  });
  it('the EBNF names every parser rule', () => {
    const ebnf = readFileSync(path.join(dir, 'dbml.ebnf'), 'utf8');
    for (const rule of ['program', 'use_decl', 'element', 'member', 'block', 'simple_body', 'parts', 'part', 'settings', 'attribute', 'attribute_value', 'expression', 'unary', 'postfix', 'suffix', 'primary', 'tuple']) {
      expect(ebnf).toMatch(new RegExp(`^${rule}\\s+=`, 'm'));
    }
  });
});
