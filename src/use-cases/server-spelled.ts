/** Comparing a desired schema with one read from a server: the server's spelling of expressions. */
import { redactUrl } from '../db/url.js';
import { UserError } from '../errors.js';
import { hasFreeExpressions, normaliseOnServer } from '../migrations/shadow.js';
import type { Schema } from '../model/types.js';

/** `schema` with its expressions spelled by the server (built on the shadow database), so that
 * `price > 0` and `(price > (0)::numeric)` compare equal; as it is when it was read from a server
 * or holds no free expression. */
export async function serverSpelled(schema: Schema, fromServer: boolean, shadowUrl: string | undefined): Promise<Schema> {
  if (fromServer || !hasFreeExpressions(schema)) return schema;
  try {
    return await normaliseOnServer(schema, shadowUrl);
  } catch (e) {
    throw new UserError(`cannot build the DBML schema on the shadow database${shadowUrl ? ` (${redactUrl(shadowUrl)})` : ' (in-memory PGlite; pass --shadow-url for extensions it lacks)'}: ${(e as Error).message}`);
  }
}
