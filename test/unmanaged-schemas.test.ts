/** A schema that holds objects gen does not manage (a view, a function) is never dropped, even
 * when the desired state does not name it; an empty schema the desired state lacks is. */
import { describe, expect, it } from 'vitest';
import { introspect } from '../dist/introspect/index.js';
import { diff } from '../dist/diff/index.js';
import { parse } from '../dist/dbml/index.js';
import { tempQueryable } from './pg.js';

describe('schemas holding unmanaged objects', () => {
  it('are kept; empty schemas are dropped', async () => {
    const tmp = await tempQueryable('gen_held_schemas');
    try {
      await tmp.db.exec(`
        CREATE TABLE t (id int PRIMARY KEY);
        CREATE SCHEMA reporting; CREATE VIEW reporting.v AS SELECT 1 AS one;
        CREATE SCHEMA code; CREATE FUNCTION code.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
        CREATE SCHEMA lonely;`);
      const live = (await introspect(tmp.db)).schema;
      expect(live.schemasWithUnmanaged).toEqual(['code', 'reporting']);
      const desired = parse('Table t {\n  id integer [pk]\n}\n').schema!;
      expect(diff(live, desired)).toEqual([{ kind: 'DropSchema', name: 'lonely' }]);
      // Declaring the schema too is no change.
      expect(diff(live, { ...desired, schemas: [...desired.schemas, 'code', 'reporting'] }).map((c) => c.kind)).toEqual(['DropSchema']);
    } finally {
      await tmp.drop();
    }
  });
});
