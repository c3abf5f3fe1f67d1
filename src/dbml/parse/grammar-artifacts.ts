/** The grammar as reviewed artifacts: chevrotain's railroad diagram (HTML) and CST typings,
 * generated from the parser itself. `grammar/` holds the committed copies; a test fails when
 * they are stale. */
import { createSyntaxDiagramsCode, generateCstDts } from 'chevrotain';
import { dbmlParser } from './parser.js';

/** The railroad diagram page for the DBML parser. */
export function railroadHtml(): string {
  return createSyntaxDiagramsCode(dbmlParser().getSerializedGastProductions());
}

/** TypeScript declarations of the CST node shapes. */
export function cstTypings(): string {
  return generateCstDts(dbmlParser().getGAstProductions());
}
