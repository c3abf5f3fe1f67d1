/** Test helper: every line of a diagram has a shape Mermaid's erDiagram lexer reads as gen means
 * it (the lexer's token rules, restated independently of src/erd). */
import { expect } from 'vitest';

// Mermaid's erDiagram tokens: a quoted entity name or label (ENTITY_NAME), a bare attribute word
// of every version's lexer, a key marker, a comment; and the direction statement, which the
// lexer finds anywhere on a line outside an entity block.
const NAME = String.raw`"[^"%\r\n\v\b\\]+"`;
const WORD = String.raw`[A-Za-z_][A-Za-z0-9_\-[\]()]*`;
const SHAPES = {
  header: new RegExp(`^  ${NAME}( \\{)?$`),
  attribute: new RegExp(`^    (${WORD}) (${WORD})( (PK|FK|UK)(, (PK|FK|UK))*)?( "[^"~\\n\\r]*")?$`),
  close: /^ {2}\}$/,
  relationship: new RegExp(`^  ${NAME} (\\|\\||\\|o)--(o\\{|o\\|) ${NAME} : ${NAME}$`),
};

/** Checks every line of `text` against the shapes; returns the counts of entities, attributes
 * and relationships it holds. */
export function checkShape(text: string): { entities: number; attributes: number; relationships: number } {
  const lines = text.split('\n');
  expect(lines[0]).toBe('erDiagram');
  expect(lines.at(-1)).toBe('');
  const counts = { entities: 0, attributes: 0, relationships: 0 };
  let inBlock = false;
  for (const line of lines.slice(1, -1)) {
    if (inBlock) {
      if (SHAPES.close.test(line)) inBlock = false;
      else {
        const m = SHAPES.attribute.exec(line);
        expect(m, line).not.toBeNull();
        // The key-marker rule comes first in the lexer: neither word may look like one.
        for (const w of [m![1]!, m![2]!]) expect(w, line).not.toMatch(/^(pk|fk|uk)(?![A-Za-z0-9_])/i);
        counts.attributes++;
      }
      continue;
    }
    expect(line, line).not.toMatch(/direction\s+(tb|bt|rl|lr)/i);
    if (SHAPES.relationship.test(line)) counts.relationships++;
    else {
      expect(line, line).toMatch(SHAPES.header);
      counts.entities++;
      inBlock = line.endsWith('{');
    }
  }
  expect(inBlock).toBe(false);
  return counts;
}
