/** Identifier, literal, dollar-quote and comment quoting for generated SQL: every name or text
 * gen writes into a script goes through one of these. Objects are always schema-qualified so a
 * migration means the same thing whatever the session's search_path. */
import { printable, quoteIdent, quoteLiteral } from '../model/identifiers.js';

export { quoteIdent as ident, quoteLiteral as literal };

/** `schema.name`, each part quoted as `quote_ident` would. */
export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/** A comma-separated list of quoted identifiers. */
export function identList(names: readonly string[]): string {
  return names.map(quoteIdent).join(', ');
}

/** One `--` comment line holding `text`, inert whatever it holds: PostgreSQL ends the comment at
 * a line break only, and `printable` leaves none (nor anything an editor shows as one). */
export function sqlComment(text: string): string {
  return `-- ${printable(text)}`;
}

/** `body` dollar-quoted with a tag it does not contain (`$gen$`, else `$gen1$`, ...): a name or
 * literal inside the body holding the tag would otherwise end the body early. */
export function dollarQuote(body: string): string {
  let tag = '$gen$';
  for (let i = 1; body.includes(tag); i++) tag = `$gen${i}$`;
  return `${tag}\n${body}\n${tag}`;
}
