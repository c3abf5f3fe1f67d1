/** One line of plain words per change, for summaries and prompts. Names are shown through
 * `printable`: a line break or escape sequence in one cannot forge a line of gen's output. */
import { printable } from '../model/identifiers.js';
import { assertNever, type InheritedColumn, type SchemaObject, type Table } from '../model/types.js';
import type { InheritedField } from '../model/inheritance.js';
import type { Change, RenameHint, TableField, TableRef } from './changes.js';

const t = (r: TableRef) => `${r.schema}.${r.name}`;

/** `+` adds, `-` drops, `~` alters, `>` renames. */
export function describeChange(c: Change): string {
  return printable(words(c));
}

/** A rename hint, its `--rename` argument quoted for a POSIX shell so it can be pasted as is. */
export function describeHint(h: RenameHint): string {
  const arg = h.flag.replace(/^--rename /, '');
  return `${printable(`${h.table.schema}.${h.table.name}: ${h.from} dropped and ${h.to} added look like a rename; if so, pass`)} --rename ${shellWord(arg)}`;
}

/** A shell word meaning `s`: bare when safe, else single-quoted; `$'…'` (bash, zsh) when it holds
 * characters `printable` escapes, so the line stays one line. */
export function shellWord(s: string): string {
  if (/^[A-Za-z0-9_.,:/@%+=-]+$/.test(s)) return s;
  if (printable(s) === s) return `'${s.replace(/'/g, "'\\''")}'`;
  return `$'${printable(s).replace(/'/g, "\\'")}'`;
}

function tableFieldWords(to: Table, f: TableField): string {
  switch (f) {
    case 'unlogged':
      return to.unlogged ? 'unlogged' : 'logged';
    case 'storageParameters':
      return `storage parameters (${(to.storageParameters ?? []).join(', ')})`;
    case 'accessMethod':
      return `access method ${to.accessMethod ?? 'heap'}`;
    case 'replicaIdentity': {
      const r = to.replicaIdentity;
      return `replica identity ${r === undefined ? 'default' : typeof r === 'string' ? r : `using index ${r.index}`}`;
    }
    case 'inherits':
      return to.partitionBound !== undefined ? partitionWords(to) : `inherits (${(to.inherits ?? []).map((p) => `${p.schema}.${p.name}`).join(', ')})`;
    case 'partitionBound':
      return partitionWords(to);
    case 'partitionIndexes':
      return `names of its copies of ${to.inherits?.[0]?.name ?? 'its parent'}'s indexes`;
    default:
      return assertNever(f, 'diff');
  }
}

function partitionWords(to: Table): string {
  const parent = to.inherits?.[0];
  return to.partitionBound !== undefined && parent !== undefined ? `partition of ${parent.schema}.${parent.name} ${to.partitionBound}` : 'not a partition';
}

/** A change in words.
 * @long one case per change kind, in the order of `Change`: a table to read by kind. */
function words(c: Change): string {
  switch (c.kind) {
    case 'AddSchema':
      return `+ schema ${c.name}`;
    case 'DropSchema':
      return `- schema ${c.name}`;
    case 'AlterSchemaComment':
      return `~ schema ${c.name}: comment`;
    case 'AddEnum':
      return `+ enum ${c.enum.schema}.${c.enum.name} (${c.enum.values.join(', ')})`;
    case 'DropEnum':
      return `- enum ${c.enum.schema}.${c.enum.name}`;
    case 'AddEnumValue':
      return `~ enum ${c.enum.schema}.${c.enum.name}: + value ${c.value}${c.before !== undefined ? ` before ${c.before}` : c.after !== undefined ? ` after ${c.after}` : ''}`;
    case 'RenameEnumValue':
      return `> enum ${c.enum.schema}.${c.enum.name}: value ${c.from} → ${c.to}`;
    case 'RecreateEnum':
      return `~ enum ${c.to.schema}.${c.to.name}: rebuilt (${c.removed.length > 0 ? `- values ${c.removed.join(', ')}` : 'values reordered'}; ${c.users.length} column${c.users.length === 1 ? '' : 's'} converted)`;
    case 'AlterEnumComment':
      return `~ enum ${c.enum.schema}.${c.enum.name}: comment`;
    case 'AddTable': {
      const parent = c.table.partitionBound !== undefined ? c.table.inherits?.[0] : undefined;
      if (parent !== undefined) return `+ partition ${t(c.table)} of ${t(parent)} ${c.table.partitionBound}`;
      return `+ table ${t(c.table)} (${c.table.columns.length} column${c.table.columns.length === 1 ? '' : 's'})`;
    }
    case 'DropTable':
      return c.recreated !== undefined ? `- table ${t(c.table)} (created again: ${c.recreated})` : `- table ${t(c.table)}`;
    case 'RenameTable':
      return `> table ${c.schema}.${c.from} → ${c.to}`;
    case 'AlterTableComment':
      return `~ table ${t(c.table)}: comment`;
    case 'AlterTable':
      return `~ table ${t(c.table)}: ${c.changed.map((f) => tableFieldWords(c.to, f)).join(', ')}`;
    case 'AddColumn':
      return `+ column ${t(c.table)}.${c.column.name} ${c.column.type}`;
    case 'DropColumn':
      return `- column ${t(c.table)}.${c.column.name}`;
    case 'RenameColumn':
      return `> column ${t(c.table)}.${c.from} → ${c.to}`;
    case 'AlterColumn': {
      const parts = c.changed.map((f) => {
        switch (f) {
          case 'type':
            return `type ${c.from.type} → ${c.to.type}`;
          case 'identity':
            return c.to.identity === undefined ? 'drop identity' : `identity ${c.to.identity}`;
          case 'identityOptions':
            return 'identity sequence options';
          case 'generated':
            return c.to.generated === undefined ? 'not generated' : `generated as ${c.to.generated}`;
          case 'collation':
            return `collation ${c.to.collation === undefined ? 'default' : c.to.collationSchema !== undefined ? `${c.to.collationSchema}.${c.to.collation}` : c.to.collation}`;
          case 'notNullName':
            return `not null constraint name ${c.to.notNullName ?? 'default'}`;
          default:
            return attributeWords(f, c.to);
        }
      });
      return `~ column ${t(c.table)}.${c.to.name}: ${parts.join(', ')}`;
    }
    case 'AlterInheritedColumn':
      return `~ inherited column ${t(c.table)}.${c.to.name}: ${c.changed.map((f) => attributeWords(f, c.to)).join(', ')}`;
    case 'AddPrimaryKey':
      return `+ primary key ${t(c.table)} (${c.primaryKey.columns.join(', ')})`;
    case 'DropPrimaryKey':
      return `- primary key ${t(c.table)} ${c.primaryKey.name}`;
    case 'AddUnique':
      return `+ unique ${t(c.table)} ${c.unique.name} (${c.unique.columns.join(', ')})`;
    case 'DropUnique':
      return `- unique ${t(c.table)} ${c.unique.name}`;
    case 'AddIndex':
      return `+ index ${t(c.table)} ${c.index.name}`;
    case 'DropIndex':
      return `- index ${t(c.table)} ${c.index.name}`;
    case 'ReplaceIndex':
      return `~ index ${t(c.table)} ${c.to.name}: new definition`;
    case 'AlterIndexComment':
      return `~ index ${t(c.table)} ${c.index.name}: comment`;
    case 'AlterIndexStorage':
      return `~ index ${t(c.table)} ${c.name}: storage parameters`;
    case 'AddExclusion':
      return `+ exclusion ${t(c.table)} ${c.exclusion.name}`;
    case 'DropExclusion':
      return `- exclusion ${t(c.table)} ${c.exclusion.name}`;
    case 'AlterForeignKeyDeferrable':
      return `~ foreign key ${t(c.table)} ${c.foreignKey.name}: ${c.foreignKey.deferrable ? (c.foreignKey.initiallyDeferred ? 'deferrable initially deferred' : 'deferrable') : 'not deferrable'}`;
    case 'AlterConstraintComment':
      return `~ constraint ${t(c.table)} ${c.name}: comment`;
    case 'AddForeignKey':
      return `+ foreign key ${t(c.table)} ${c.foreignKey.name} → ${c.foreignKey.refSchema}.${c.foreignKey.refTable}`;
    case 'DropForeignKey':
      return `- foreign key ${t(c.table)} ${c.foreignKey.name}`;
    case 'ValidateConstraint':
      return `~ constraint ${t(c.table)} ${c.name}: validate`;
    case 'AddCheck':
      return `+ check ${t(c.table)} ${c.check.name}`;
    case 'DropCheck':
      return `- check ${t(c.table)} ${c.check.name}`;
    case 'RenameConstraint':
      return `> constraint ${t(c.table)} ${c.from} → ${c.to}`;
    case 'RenameIndex':
      return `> index ${t(c.table)} ${c.from} → ${c.to}`;
    case 'AddSequence':
      return `+ sequence ${c.sequence.schema}.${c.sequence.name}`;
    case 'DropSequence':
      return `- sequence ${c.sequence.schema}.${c.sequence.name}`;
    case 'AlterSequence':
      return `~ sequence ${c.to.schema}.${c.to.name}: ${c.changed.map((f) => (f === 'ownedBy' ? `owned by ${c.to.ownedBy ? `${c.to.ownedBy.table}.${c.to.ownedBy.column}` : 'none'}` : `${f} ${String(c.to[f])}`)).join(', ')}`;
    case 'AlterSequenceComment':
      return `~ sequence ${c.sequence.schema}.${c.sequence.name}: comment`;
    case 'RenameSequence':
      return `> sequence ${c.schema}.${c.from} → ${c.to}`;
    case 'AddObject':
      return `+ ${objectLabel(c.object)}`;
    case 'DropObject':
      return `- ${objectLabel(c.object)}`;
    case 'AlterObject':
      return `~ ${objectLabel(c.to)}: ${c.mode === 'recreate' ? `drop and create (${c.reason ?? 'its definition changes'})` : c.mode === 'replace' ? 'replace' : 'alter'}`;
    case 'AlterObjectComment':
      return `~ ${objectLabel(c.object)}: comment`;
    default:
      return assertNever(c, 'diff');
  }
}

/** `view public.v`, `trigger t_audit on public.t`, `extension citext`. */
export function objectLabel(o: SchemaObject): string {
  if (o.kind === 'extension') return `extension ${o.name}`;
  if (o.kind === 'row security') return `row security on ${o.schema}.${o.name}`;
  if (o.kind === 'default privileges') return `default privileges ${o.name}`;
  if (o.kind === 'privileges') {
    const [word, ...rest] = o.name.split(' ');
    return word === 'schema' ? `privileges on schema ${rest.join(' ')}` : `privileges on ${word} ${o.schema}.${rest.join(' ')}`;
  }
  return `${o.kind} ${o.table !== undefined && o.kind !== 'view index' ? `${o.name} on ${o.schema}.${o.table}` : `${o.schema}.${o.name}`}`;
}

/** Words for the attributes a column and an inherited column share. */
function attributeWords(f: InheritedField, to: InheritedColumn): string {
  switch (f) {
    case 'nullable':
      return to.nullable ? 'drop not null' : 'set not null';
    case 'default':
      return to.default === undefined ? 'drop default' : `default ${to.default}`;
    case 'comment':
      return 'comment';
    case 'storage':
      return `storage ${to.storage ?? 'default'}`;
    case 'compression':
      return `compression ${to.compression ?? 'default'}`;
    default:
      return assertNever(f, 'diff');
  }
}
