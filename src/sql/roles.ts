/** Roles on the embedded database. Roles belong to a server, not to a schema: gen never creates
 * or drops them on PostgreSQL. PGlite is a single-user database of gen's own (the shadow, the
 * embedded dev database), where a GRANT or a policy naming an application role could otherwise
 * never run: there the roles statements name are created first (NOLOGIN, no privileges). */
import type { Queryable } from '../db/queryable.js';
import { ident } from '../render/quote.js';
import type { SqlStatement } from './split.js';

type Node = Record<string, unknown>;

/** The role names of a list of RoleSpec nodes (PUBLIC, CURRENT_USER and the like name none). */
function roleNames(specs: unknown): string[] {
  if (!Array.isArray(specs)) return [];
  return specs.flatMap((s) => {
    const r = (s as { RoleSpec?: Node }).RoleSpec;
    return r?.['roletype'] === 'ROLESPEC_CSTRING' && typeof r['rolename'] === 'string' ? [r['rolename']] : [];
  });
}

/** The roles a statement names as grantees, policy roles, new owners or the role whose default
 * privileges it sets. */
function rolesOf(s: SqlStatement): string[] {
  switch (s.type) {
    case 'GrantStmt':
      return roleNames(s.node['grantees']);
    case 'CreatePolicyStmt':
    case 'AlterPolicyStmt':
      return roleNames(s.node['roles']);
    case 'AlterOwnerStmt':
      return roleNames([s.node['newowner']]);
    case 'AlterDefaultPrivilegesStmt': {
      // FOR ROLE (an option) and the grantees of its GRANT / REVOKE.
      const options = Array.isArray(s.node['options']) ? (s.node['options'] as { DefElem?: Node }[]) : [];
      const forRoles = options.flatMap((o) => (o.DefElem?.['defname'] === 'roles' ? roleNames(((o.DefElem['arg'] as { List?: Node } | undefined)?.List ?? {})['items']) : []));
      return [...forRoles, ...roleNames((s.node['action'] as Node | undefined)?.['grantees'])];
    }
    default:
      return [];
  }
}

/** Creates, on PGlite only, the roles `statements` name that do not exist yet. */
export async function ensureRoles(db: Queryable, statements: readonly SqlStatement[]): Promise<void> {
  if (db.kind !== 'pglite') return;
  const wanted = [...new Set(statements.flatMap(rolesOf))];
  if (wanted.length === 0) return;
  const have = new Set((await db.query<{ rolname: string }>('SELECT rolname FROM pg_roles')).map((r) => r.rolname));
  for (const name of wanted) if (!have.has(name)) await db.exec(`CREATE ROLE ${ident(name)}`);
}
