/** The `--rename` flag: `schema.table=new_name`, `schema.table.column=new_name`, or
 * `schema.enum.value=new_value`. Parts containing `.`, `=` or `"` are written in double quotes. */
import type { Schema } from '../model/types.js';
import type { Rename } from './changes.js';

function part(name: string): string {
  return /^[^."=\s]+$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** The flag text that declares a rename of `path` (schema, table[, column]) to `to`. */
export function renameFlag(path: readonly string[], to: string): string {
  return `${path.map(part).join('.')}=${part(to)}`;
}

function splitPath(text: string): string[] | undefined {
  const parts: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let name = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) return undefined;
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            name += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        name += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== '.') name += text[i++];
    }
    if (name === '') return undefined;
    parts.push(name);
    if (i >= text.length) break;
    if (text[i] !== '.') return undefined;
    i++;
  }
  return parts;
}

/** Parses one `--rename` argument; `from` tells a column from an enum value. Returns an error
 * message for a malformed flag. */
export function parseRenameFlag(flag: string, from: Schema): Rename | string {
  const eq = flag.lastIndexOf('=');
  const bad = `--rename ${flag}: expected schema.table=new_name, schema.table.column=new_name or schema.enum.value=new_value`;
  if (eq <= 0) return bad;
  const path = splitPath(flag.slice(0, eq));
  const toParts = splitPath(flag.slice(eq + 1));
  if (!path || !toParts || toParts.length !== 1) return bad;
  const to = toParts[0]!;
  if (path.length === 2) return { kind: 'table', schema: path[0]!, from: path[1]!, to };
  if (path.length === 3) {
    const [schema, owner, name] = path as [string, string, string];
    if (from.enums.some((e) => e.schema === schema && e.name === owner)) return { kind: 'enumValue', schema, enum: owner, from: name, to };
    return { kind: 'column', schema, table: owner, from: name, to };
  }
  return bad;
}
