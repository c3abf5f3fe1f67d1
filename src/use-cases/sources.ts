/** The two sides of `gen diff`: empty, a DBML file, a database URL, or a migrations folder. */
import { connect } from '../db/connect.js';
import type { Rename } from '../diff/changes.js';
import { introspect, type UnmanagedObject } from '../introspect/index.js';
import { readMigrations } from '../migrations/dir.js';
import { replayMigrations } from '../migrations/shadow.js';
import type { Schema } from '../model/types.js';
import { UserError } from '../errors.js';
import { serverSpelled } from './server-spelled.js';
import type { OnEvent } from './events.js';
import { EMPTY_SCHEMA } from '../plan/migration.js';

/** A side of a diff as the user named it. */
export type Source = { readonly kind: 'empty' } | { readonly kind: 'schema'; readonly file: string } | { readonly kind: 'url'; readonly url: string } | { readonly kind: 'migrations'; readonly dir: string };

/** Picks the one source given among the `--from-…` or `--to-…` options. */
export function sourceOf(side: 'from' | 'to', o: { empty?: boolean; schema?: string; url?: string; migrations?: string }): Source {
  const given: Source[] = [];
  if (o.empty) given.push({ kind: 'empty' });
  if (o.schema !== undefined) given.push({ kind: 'schema', file: o.schema });
  if (o.url !== undefined) given.push({ kind: 'url', url: o.url });
  if (o.migrations !== undefined) given.push({ kind: 'migrations', dir: o.migrations });
  if (given.length !== 1) {
    throw new UserError(`give exactly one of --${side}-empty, --${side}-schema FILE, --${side}-url URL, --${side}-migrations DIR${given.length > 1 ? ` (got ${given.length})` : ''}`);
  }
  return given[0]!;
}

/** A loaded side: its schema, its declared renames (DBML only), and whether it came from a server. */
export interface Loaded {
  readonly schema: Schema;
  /** What a database holds that gen reads but does not manage (url sources only). */
  readonly unmanaged?: readonly UnmanagedObject[];
  readonly renames: readonly Rename[];
  readonly fromServer: boolean;
}

/** Loads one side. */
export async function load(source: Source, shadowUrl: string | undefined, onEvent?: OnEvent): Promise<Loaded> {
  switch (source.kind) {
    case 'empty':
      return { schema: EMPTY_SCHEMA, renames: [], fromServer: false };
    case 'schema': {
      // The DBML front end (chevrotain) is loaded only when a side is a DBML file.
      const r = await (await import('./desired.js')).loadDesired(source.file, { shadowUrl, onEvent });
      return { schema: r.schema, renames: r.renames, fromServer: r.fromServer };
    }
    case 'url': {
      const db = await connect(source.url);
      try {
        const read = await introspect(db);
        return { schema: read.schema, unmanaged: read.unmanaged, renames: [], fromServer: true };
      } finally {
        await db.close();
      }
    }
    case 'migrations':
      return { schema: await replayMigrations(readMigrations(source.dir), shadowUrl), renames: [], fromServer: true };
  }
}

/** Loads both sides: two servers are read at once (each side waits on its own server); a side
 * that needs the shadow database is loaded alone. When both fail, the --from side's error is
 * the one reported. */
export async function loadBoth(from: Source, to: Source, shadowUrl: string | undefined, onEvent?: OnEvent): Promise<[Loaded, Loaded]> {
  if (from.kind !== 'url' || to.kind !== 'url') return [await load(from, shadowUrl, onEvent), await load(to, shadowUrl, onEvent)];
  const [a, b] = await Promise.allSettled([load(from, shadowUrl), load(to, shadowUrl)]);
  if (a.status === 'rejected') throw a.reason;
  if (b.status === 'rejected') throw b.reason;
  return [a.value, b.value];
}

/** When one side was read from a server and the other is DBML, the DBML side is spelled by the
 * server too (see `serverSpelled`). */
export async function comparable(a: Loaded, b: Loaded, shadowUrl: string | undefined): Promise<[Loaded, Loaded]> {
  const fix = async (x: Loaded, other: Loaded): Promise<Loaded> => {
    if (!other.fromServer) return x;
    const schema = await serverSpelled(x.schema, x.fromServer, shadowUrl);
    return schema === x.schema ? x : { ...x, schema, fromServer: true };
  };
  return [await fix(a, b), await fix(b, a)];
}
