/** Objects gen does not manage that a migration would break: an aggregate over a function it
 * drops, an event trigger calling one, a publication of a table it drops or re-creates. gen
 * leaves them alone, so PostgreSQL refuses the step (or, for a publication, silently drops the
 * table from it): `diff` and `status` warn before that happens. Pure. */
import type { ObjectRef, UnmanagedObject } from '../model/types.js';
import type { Change } from './changes.js';
import { goneByTables, objectKey, refKey } from './objects.js';

/** One unmanaged object and the thing it depends on that `changes` drop or change. */
export interface BrokenUnmanaged {
  readonly object: UnmanagedObject;
  readonly on: ObjectRef;
}

/** The unmanaged objects whose dependencies `changes` drop, re-create or retype. */
export function brokenUnmanaged(unmanaged: readonly UnmanagedObject[], changes: readonly Change[]): BrokenUnmanaged[] {
  if (!unmanaged.some((u) => u.dependsOn !== undefined)) return [];
  const gone = goneByTables(changes);
  for (const c of changes) {
    if (c.kind === 'DropObject') gone.add(objectKey(c.object));
    else if (c.kind === 'AlterObject' && c.mode === 'recreate') gone.add(objectKey(c.from));
  }
  return unmanaged.flatMap((object) => {
    const on = (object.dependsOn ?? []).find((r) => gone.has(refKey(r)));
    return on !== undefined ? [{ object, on }] : [];
  });
}

/** The warning for one broken object, in words. */
export function brokenWords(b: BrokenUnmanaged): string {
  const o = b.object;
  const on = `${b.on.kind} ${b.on.schema}.${b.on.name}${'column' in b.on && b.on.column !== undefined ? `.${b.on.column}` : ''}`;
  const what = `${o.kind} ${o.schema !== '' ? `${o.schema}.` : ''}${o.name}`;
  const effect = o.kind === 'publication' ? 'PostgreSQL takes the table out of the publication' : `PostgreSQL refuses the step while the ${o.kind} uses it`;
  return `${what} (not managed by gen) depends on ${on}, which this migration drops or changes: ${effect}; change the ${o.kind} by hand first`;
}
