/** Splits an SQL script into statements with libpg_query (the PostgreSQL parser itself, so
 * dollar quotes, comments and string escapes are never mis-split) and classifies each one. */
import v8 from 'node:v8';

/** One statement of a script. */
export interface SqlStatement {
  /** The statement text, without leading comments or the trailing semicolon. */
  readonly text: string;
  /** 1-based line and column where the statement starts. */
  readonly line: number;
  readonly column: number;
  /** The parse-tree node type (`IndexStmt`, `AlterTableStmt`, `TransactionStmt`, ...). */
  readonly type: string;
  /** The parse-tree node itself (for lint rules). */
  readonly node: Readonly<Record<string, unknown>>;
  /** False when PostgreSQL refuses to run it inside a transaction block. */
  readonly transactional: boolean;
  /** The comments and blank space between the previous statement and this one (where lint
   * directives such as `-- gen:lint-ignore CODE` sit). */
  readonly leading: string;
  /** UTF-8 byte offset of the statement in the script: parse-tree `location`s count from the
   * script's start, in bytes. */
  readonly byteOffset: number;
}

/** A script that does not parse: the message and where. */
export class SqlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

let loaded: Promise<void> | undefined;
let parseSync: ((sql: string) => unknown) | undefined;
let scanSync: ((sql: string) => unknown) | undefined;

/** Loads the parser (WebAssembly) once; imported on first use, so commands that never split SQL
 * (a deploy with nothing pending, say) do not load it. */
export function loadSqlParser(): Promise<void> {
  loaded ??= withBaselineWasm(async () => {
    const m = await import('libpg-query');
    await m.loadModule();
    parseSync = m.parseSync;
    scanSync = m.scanSync;
  });
  return loaded;
}

/** Runs `load` with V8 compiling new WebAssembly modules with its baseline compiler only
 * (Liftoff, which every module starts on anyway). By default V8 also re-compiles the functions a
 * parse makes hot with its optimising compiler on background threads: for libpg_query (a large
 * WebAssembly module) a short `gen deploy` or `gen lint` process waits for those compiles, while
 * the baseline code is no slower where it counts — reading the parse result's JSON dominates
 * (`npm run bench` measures both). The flag is read when a module is
 * compiled, so it is restored as soon as libpg_query's is: PGlite, compiled later, is optimised
 * as usual. (A module compiled meanwhile would only run slower, never differently.) Left alone
 * when the user chose a Liftoff setting in the Node options. */
export async function withBaselineWasm<T>(load: () => Promise<T>, nodeOptions = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''], setFlags = (f: string) => v8.setFlagsFromString(f)): Promise<T> {
  if (nodeOptions.some((a) => a.includes('liftoff'))) return load();
  setFlags('--liftoff-only');
  try {
    return await load();
  } finally {
    setFlags('--no-liftoff-only');
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

/** Skips whitespace, line comments and nested block comments from `i`. */
function skipTrivia(text: string, i: number): number {
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('--', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith('/*', i)) {
      let depth = 0;
      do {
        if (text.startsWith('/*', i)) {
          depth++;
          i += 2;
        } else if (text.startsWith('*/', i)) {
          depth--;
          i += 2;
        } else i++;
      } while (depth > 0 && i < text.length);
    } else return i;
  }
}

/** Statements PostgreSQL will not run inside a transaction block. */
function isTransactional(type: string, node: Record<string, unknown>): boolean {
  switch (type) {
    case 'IndexStmt':
      return node['concurrent'] !== true;
    case 'DropStmt':
      return node['concurrent'] !== true;
    case 'ReindexStmt':
      return !JSON.stringify(node['params'] ?? []).includes('"concurrently"');
    case 'VacuumStmt':
    case 'CreatedbStmt':
    case 'DropdbStmt':
    case 'AlterSystemStmt':
    case 'CreateTableSpaceStmt':
    case 'DropTableSpaceStmt':
    case 'CreateSubscriptionStmt':
    case 'DropSubscriptionStmt':
      return false;
    default:
      return true;
  }
}

/** Splits `text` (call `loadSqlParser()` first). Throws `SqlSyntaxError` with a position. */
export function splitStatements(text: string): SqlStatement[] {
  let result: { stmts?: { stmt: Record<string, Record<string, unknown>>; stmt_location?: number; stmt_len?: number }[] };
  try {
    if (!parseSync) throw new Error('splitStatements called before loadSqlParser()');
    result = parseSync(text) as typeof result;
  } catch (e) {
    const err = e as { message?: string; sqlDetails?: { cursorPosition?: number } };
    const bytePos = err.sqlDetails?.cursorPosition ?? 0;
    const charPos = Buffer.from(text, 'utf8').subarray(0, bytePos).toString('utf8').length;
    const p = position(text, charPos);
    throw new SqlSyntaxError(err.message ?? String(e), p.line, p.column);
  }
  const bytes = Buffer.from(text, 'utf8');
  const out: SqlStatement[] = [];
  // Offsets come in UTF-8 bytes; characters, lines and columns are counted incrementally so a
  // script of many statements is split in linear time.
  let byteAt = 0;
  let charAt = 0;
  let line = 1;
  let lineStart = 0;
  const advance = (toByte: number, chunk?: string) => {
    const piece = chunk ?? bytes.subarray(byteAt, toByte).toString('utf8');
    for (let i = 0; i < piece.length; i++) {
      if (piece.charCodeAt(i) === 10) {
        line++;
        lineStart = charAt + i + 1;
      }
    }
    charAt += piece.length;
    byteAt = toByte;
  };
  let prevEnd = 0;
  for (const s of result.stmts ?? []) {
    const startByte = s.stmt_location ?? 0;
    const endByte = s.stmt_len ? startByte + s.stmt_len : bytes.length;
    // Comments above the statement: what lies between the previous statement's semicolon and
    // its first token (libpg_query's location may point at either).
    // A comment on the previous statement's own line belongs to that statement.
    const gap = bytes.subarray(prevEnd, startByte).toString('utf8').replace(/^\s*;/, '');
    const before = prevEnd === 0 || !gap.includes('\n') ? gap : gap.slice(gap.indexOf('\n'));
    prevEnd = endByte;
    advance(startByte);
    const raw = bytes.subarray(startByte, endByte).toString('utf8');
    const lead = skipTrivia(raw, 0);
    const leading = before + raw.slice(0, lead);
    advance(startByte + Buffer.byteLength(raw.slice(0, lead), 'utf8'), raw.slice(0, lead));
    const body = raw.slice(lead).replace(/;\s*$/, '').trimEnd();
    if (body === '') continue;
    const type = Object.keys(s.stmt)[0]!;
    const node = s.stmt[type]!;
    out.push({ text: body, line, column: charAt - lineStart + 1, type, node, transactional: isTransactional(type, node), leading, byteOffset: byteAt });
  }
  return out;
}

/** The identifiers of `text` as written (quoted ones unquoted), with their UTF-8 byte offsets:
 * PostgreSQL's own scanner, which the parse tree cannot replace — the parser has already
 * truncated names longer than 63 bytes. Call `loadSqlParser()` first. */
export function identifiersOf(text: string): { readonly name: string; readonly start: number }[] {
  if (!scanSync) throw new Error('identifiersOf called before loadSqlParser()');
  const r = scanSync(text) as { tokens?: { start: number; text: string; tokenName: string }[] };
  return (r.tokens ?? []).filter((t) => t.tokenName === 'IDENT').map((t) => ({ name: t.text.startsWith('"') ? t.text.slice(1, -1).replace(/""/g, '"') : t.text.toLowerCase(), start: t.start }));
}
