// `npm run grammar`: regenerates the artifacts in this folder from the chevrotain parser (the
// railroad diagram and the CST typings); dbml.ebnf is written by hand. test/grammar.test.ts
// fails when the committed files differ from what this writes.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cstTypings, railroadHtml } from '../dist/dbml/parse/grammar-artifacts.js';

const here = path.dirname(fileURLToPath(import.meta.url));
for (const [file, make] of [
  ['dbml-railroad.html', railroadHtml],
  ['dbml-cst.d.ts', cstTypings],
]) {
  writeFileSync(path.join(here, file), make());
  console.log(`wrote grammar/${file}`);
}
