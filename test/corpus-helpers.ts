/** The shared DBML corpus (../shared/dbml-corpus): units, their entry files and expectations. */
import { readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';

/** The shared folder: $GEN_SHARED_DIR, else `../shared` beside the checkout, else the
 * workplace's /work/shared. A missing corpus fails the tests; it never skips them. */
export function sharedDir(): string {
  const candidates = [process.env['GEN_SHARED_DIR'], path.resolve(import.meta.dirname, '../../shared'), '/work/shared'];
  const found = candidates.find((c): c is string => c !== undefined && existsSync(path.join(c, 'dbml-corpus', 'MANIFEST.tsv')));
  if (!found) throw new Error(`the DBML corpus was not found in ${candidates.filter(Boolean).join(', ')}; set GEN_SHARED_DIR`);
  return found;
}

export const corpusRoot = path.join(sharedDir(), 'dbml-corpus');

/** One corpus unit: its class, what @dbml/core 10.2 did, its entry file and expected first error. */
export interface Unit {
  readonly unit: string;
  readonly cls: 'valid' | 'invalid';
  readonly coreOk: boolean;
  readonly file: string;
  readonly expected?: { code: string; line?: number };
  /** Upstream's snapshot tests run only up to one stage (`lexer`, `parser`, ...): the stages whose
   * errors that snapshot can contain. */
  readonly stages: readonly string[];
}

const STAGES = ['lex', 'parse', 'validate', 'bind', 'interpret'];
const upTo: Record<string, number> = { lexer: 1, parser: 2, validator: 3, binder: 4 };

/** All units of the corpus (MANIFEST.tsv + dbml-core-10.2.0-results.tsv). */
export function corpusUnits(): Unit[] {
  const tsv = (f: string) =>
    readFileSync(path.join(corpusRoot, f), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'));
  const entries = new Map(tsv('MANIFEST.tsv').map((r) => [r[2]!, r[3]!]));
  return tsv('dbml-core-10.2.0-results.tsv').map(([cls, category, unit, v2]) => {
    const stages = STAGES.slice(0, upTo[category!.replace('parse-snapshot:', '')] ?? STAGES.length);
    let file = path.join(corpusRoot, unit!);
    if (statSync(file).isDirectory()) file = path.join(file, entries.get(unit!)!.split(';')[0]!);
    const errFile = file.replace(/\.in\.dbml$/, '.errors.tsv');
    let expected: Unit['expected'];
    if (errFile !== file && existsSync(errFile)) {
      const first = readFileSync(errFile, 'utf8').trim().split('\n')[1]?.split('\t');
      const m = first && /L(\d+)/.exec(first[1] ?? '');
      if (first && first[0] !== 'NONE') expected = { code: first[0]!, ...(m ? { line: Number(m[1]) + 1 } : {}) };
    }
    // CLI units print `file(line,col): message`; the first one locates the first error.
    const stdout = path.join(corpusRoot, unit!, 'stdout.txt');
    if (!expected && cls === 'invalid' && existsSync(stdout)) {
      const m = /\((\d+),(\d+)\): /.exec(readFileSync(stdout, 'utf8'));
      if (m) expected = { code: '*', line: Number(m[1]) };
    }
    return { unit: unit!, cls: cls as Unit['cls'], coreOk: v2 === 'ok', file, stages, ...(expected ? { expected } : {}) };
  });
}
