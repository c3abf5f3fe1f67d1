/** What rolling a migration back does to data, read from its two scripts (pure; the SQL parser
 * must be loaded): rows and values the down script deletes that the up script did not create, and
 * those the up script deleted that no down script brings back. Either needs `--accept-data-loss`. */
import { type Node, alterCommands, list, relationOf, stringOf, unwrap } from '../sql/lint/tree.js';
import { type SqlStatement, splitStatements } from '../sql/split.js';

/** Tables and columns a script creates, and the data it deletes (each as a phrase). */
interface DataEffects {
  readonly tables: Set<string>;
  readonly columns: Set<string>;
  readonly deletes: { readonly key: string; readonly what: string }[];
}

/** `schema.name` of a relation node, `public` when unqualified (gen writes every name qualified). */
function key(rv: unknown): string | undefined {
  const r = relationOf(rv);
  return r ? `${r.schema ?? 'public'}.${r.name}` : undefined;
}

/** The `schema.name` of each object of a `DROP TABLE`. */
function droppedTables(node: Node): string[] {
  return list(node, 'objects').map((o) => {
    const parts = list(o['List'] as Node | undefined, 'items').map((i) => stringOf(i) ?? '');
    return parts.length > 1 ? `${parts.at(-2)}.${parts.at(-1)}` : `public.${parts[0] ?? ''}`;
  });
}

/** Reads what `statements` create and delete, in order: a table created and then dropped by the
 * same script deleted nothing that existed before it. */
function effectsOf(statements: readonly SqlStatement[]): DataEffects {
  const out: DataEffects = { tables: new Set(), columns: new Set(), deletes: [] };
  const deletes = (k: string, what: string, created: boolean) => {
    if (!created) out.deletes.push({ key: k, what });
  };
  for (const s of statements) {
    switch (s.type) {
      case 'CreateStmt':
      case 'CreateTableAsStmt': {
        const k = key(s.node['relation'] ?? (s.node['into'] as Node | undefined)?.['rel']);
        if (k) out.tables.add(k);
        break;
      }
      case 'DropStmt':
        if (s.node['removeType'] === 'OBJECT_TABLE') for (const t of droppedTables(s.node)) deletes(t, `table ${t} and its rows`, out.tables.has(t));
        else if (s.node['removeType'] === 'OBJECT_SCHEMA' && s.node['behavior'] === 'DROP_CASCADE') out.deletes.push({ key: '', what: 'a schema and everything in it (DROP SCHEMA … CASCADE)' });
        break;
      case 'TruncateStmt':
        for (const r of list(s.node, 'relations')) {
          const t = key(r);
          if (t) deletes(t, `the rows of ${t} (TRUNCATE)`, out.tables.has(t));
        }
        break;
      case 'AlterTableStmt': {
        const t = key(s.node['relation']);
        if (!t) break;
        for (const c of alterCommands(s.node)) {
          const colName = String((c['subtype'] === 'AT_AddColumn' ? unwrap(c['def'], 'ColumnDef')?.['colname'] : c['name']) ?? '');
          if (c['subtype'] === 'AT_AddColumn') out.columns.add(`${t}.${colName}`);
          else if (c['subtype'] === 'AT_DropColumn') deletes(`${t}.${colName}`, `column ${t}.${colName} and its values`, out.tables.has(t) || out.columns.has(`${t}.${colName}`));
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/** The data a rollback of `upSql` by `downSql` loses, as sentences; empty when none. */
export function rollbackDataLoss(name: string, upSql: string, downSql: string): string[] {
  const up = effectsOf(splitStatements(upSql));
  const down = effectsOf(splitStatements(downSql));
  const out: string[] = [];
  for (const d of down.deletes) {
    const [schema, table] = d.key.split('.');
    const createdByUp = up.tables.has(d.key) || up.columns.has(d.key) || (schema !== undefined && table !== undefined && up.tables.has(`${schema}.${table}`));
    if (!createdByUp) out.push(`${name}/down.sql deletes ${d.what}, which ${name} did not create`);
  }
  for (const d of up.deletes) out.push(`${name} deleted ${d.what}: rolling it back brings the structure back, not the data`);
  return out;
}
