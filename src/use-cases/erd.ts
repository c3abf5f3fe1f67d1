/** Erd: a Mermaid entity-relationship diagram of the schema files (default) or of a database,
 * filtered to some tables or one PostgreSQL schema. */
import { erDiagram } from '../erd/mermaid.js';
import { selectTables, withNeighbours } from '../erd/filter.js';
import type { Relationship } from '../erd/relationships.js';
import { UserError } from '../errors.js';
import { introspect } from '../introspect/index.js';
import { printable } from '../model/identifiers.js';
import type { Schema, TableName } from '../model/types.js';
import { loadDesired, shownPath } from './desired.js';
import type { OnEvent } from './events.js';
import { type ProjectOptions, projectPaths, withDatabase } from './project.js';

/** Options of `erd`. */
export interface ErdOptions extends Pick<ProjectOptions, 'cwd' | 'schema'> {
  /** Read this database (`postgres://…`, `pglite:dir`) instead of the schema files. */
  readonly url?: string | undefined;
  /** Scratch database for building SQL beside the DBML (default: in-memory PGlite). */
  readonly shadowUrl?: string | undefined;
  /** Keep these tables: names or `schema.name`, `*` matching any run of characters. */
  readonly tables?: readonly string[] | undefined;
  /** Keep the tables of this PostgreSQL schema. */
  readonly schemaName?: string | undefined;
  /** Also keep the tables one foreign key away from the kept ones. */
  readonly neighbours?: boolean | undefined;
  readonly onEvent?: OnEvent | undefined;
}

/** The diagram and what it shows. */
export interface ErdResult {
  /** Mermaid source (`erDiagram` …), ending with a newline. */
  readonly text: string;
  readonly tables: readonly TableName[];
  readonly relationships: readonly Relationship[];
}

async function schemaOf(options: ErdOptions): Promise<Schema> {
  const { cwd, schema } = projectPaths(options);
  if (options.url !== undefined) return withDatabase(options.url, cwd, async (db) => (await introspect(db)).schema);
  const loaded = await loadDesired(shownPath(schema, cwd), { missingHint: 'run gen init to start a project (or pass --schema FILE or --url URL)', shadowUrl: options.shadowUrl, onEvent: options.onEvent });
  return loaded.schema;
}

/** Draws the diagram. A `tables` pattern that matches nothing, or a `schemaName` that does not
 * exist, is an error: a typo would otherwise print an empty diagram. */
export async function erd(options: ErdOptions = {}): Promise<ErdResult> {
  if (options.url !== undefined && options.schema !== undefined) throw new UserError('--schema and --url are alternatives: give one');
  const schema = await schemaOf(options);
  const selection = selectTables(schema, { tables: options.tables, schemaName: options.schemaName });
  if (!selection.schemaFound) throw new UserError(printable(`--schema-name ${options.schemaName}: no such schema (there are: ${schema.schemas.join(', ')})`));
  if (selection.unmatched.length > 0) {
    const where = options.schemaName !== undefined ? ` in schema ${options.schemaName}` : '';
    throw new UserError(printable(`--tables: no table matches ${selection.unmatched.join(', ')}${where}`));
  }
  const kept = options.neighbours ? withNeighbours(schema, selection.kept) : selection.kept;
  return erDiagram(schema, kept);
}
