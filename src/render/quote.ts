/** Identifier and literal quoting for generated SQL. Objects are always schema-qualified so a
 * migration means the same thing whatever the session's search_path. */
import { quoteIdent, quoteLiteral } from '../model/identifiers.js';

export { quoteIdent as ident, quoteLiteral as literal };

/** `schema.name`, each part quoted as `quote_ident` would. */
export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** A comma-separated list of quoted identifiers. */
export function identList(names: readonly string[]): string {
  return names.map(quoteIdent).join(', ');
}
