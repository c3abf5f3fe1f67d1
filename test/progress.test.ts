/** Unit progress of deploy and rollback (src/cli/progress.ts): at a terminal one line, rewritten
 * and cleared before other output; in a log, a line only for a unit that took a while. */
import { describe, expect, it } from 'vitest';
import type { UnitProgress } from '../src/migrations/apply.js';
import { progressWriter } from '../src/cli/progress.js';

function stream() {
  const chunks: string[] = [];
  return { out: { write: (s: string) => chunks.push(s) > 0 } as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

const unit = (phase: 'start' | 'done', ms?: number): UnitProgress => ({ migration: '20260101000000_big', unit: 2, units: 3, at: 'migrations/20260101000000_big/migration.sql:7', phase, ...(ms === undefined ? {} : { ms }) });

describe('progress of units', () => {
  it('at a terminal: draws the running unit on one line, clears it for other lines and when done', () => {
    const s = stream();
    const p = progressWriter(s.out, true);
    p.onUnit(unit('start'));
    expect(s.text()).toBe('\r\x1b[Kunit 2 of 3 of 20260101000000_big (migrations/20260101000000_big/migration.sql:7): 0.0 s');
    p.line('applied 20260101000000_small in 3 ms');
    expect(s.text()).toContain('\r\x1b[Kapplied 20260101000000_small in 3 ms\n\r\x1b[Kunit 2 of 3');
    p.onUnit(unit('done', 65_000));
    expect(s.text().endsWith('\r\x1b[K')).toBe(true);
    p.close();
    expect(s.text()).not.toContain('done in');
  });

  it('in a log: no rewritten line; a finished unit that took a while gets a line, a quick one none', () => {
    const s = stream();
    const p = progressWriter(s.out, false);
    p.onUnit(unit('start'));
    p.onUnit(unit('done', 40));
    p.onUnit(unit('start'));
    p.onUnit(unit('done', 65_000));
    p.line('applied 20260101000000_big in 65040 ms');
    p.close();
    expect(s.text()).toBe('  unit 2 of 3 of 20260101000000_big done in 65 s\napplied 20260101000000_big in 65040 ms\n');
  });
});
