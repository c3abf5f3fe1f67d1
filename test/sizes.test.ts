/** Size limits of the source (docs/ARCHITECTURE.md §8): no file over 450 lines, and no function
 * over 80 lines unless its doc comment says why with an `@long` tag (a dispatch over every change
 * kind, a hand-written lexer's loop). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../src', import.meta.url));
const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, f));

/** Functions longer than `max` lines without an `@long` reason, as `file:line name (n lines)`. */
function longFunctions(file: string, max: number): string[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n) && 'body' in n && n.body) {
      const start = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const lines = sf.getLineAndCharacterOfPosition(n.end).line - start + 1;
      // The tag sits on the function or, for `const f = () => …`, on its statement.
      const holder = ts.isVariableDeclaration(n.parent) ? n.parent.parent.parent : n;
      const reasoned = ts.getJSDocTags(holder).some((t) => t.tagName.text === 'long') || /@long\b/.test(text.slice(holder.getFullStart(), holder.getStart()));
      if (lines > max && !reasoned) out.push(`${path.relative(root, file)}:${start + 1} ${n.name?.getText(sf) ?? '(anonymous)'} (${lines} lines)`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('source sizes', () => {
  it('no file over 450 lines', () => {
    const over = files.map((f) => [path.relative(root, f), readFileSync(f, 'utf8').split('\n').length] as const).filter(([, n]) => n > 450);
    expect(over).toEqual([]);
  });

  it('no function over 80 lines without an @long reason', () => {
    expect(files.flatMap((f) => longFunctions(f, 80))).toEqual([]);
  });
});
