/** CONCURRENTLY cannot run inside a transaction block: PostgreSQL rejects it. */
import type { Rule } from '../types.js';

function concurrent(type: string, node: Readonly<Record<string, unknown>>): string | undefined {
  if ((type === 'IndexStmt' || type === 'DropStmt') && node['concurrent'] === true) return type === 'IndexStmt' ? 'CREATE INDEX CONCURRENTLY' : 'DROP INDEX CONCURRENTLY';
  if (type === 'ReindexStmt' && JSON.stringify(node['params'] ?? []).includes('"concurrently"')) return 'REINDEX CONCURRENTLY';
  return undefined;
}

export const concurrentlyInTransaction: Rule = {
  code: 'concurrently-in-transaction',
  severity: 'error',
  summary: 'CONCURRENTLY inside an explicit transaction block',
  check(s) {
    const what = concurrent(s.type, s.node);
    if (!what || !s.inBlock) return [];
    return [
      {
        message: `${what} cannot run inside a transaction block; PostgreSQL rejects it`,
        lock: 'none (the statement fails)',
        instead: `move ${what} out of BEGIN … COMMIT: gen runs it on its own`,
      },
    ];
  },
};
