// What every fuzz input must satisfy: the parser (validate) returns a model or diagnostics with
// a position inside the input; the printer (format) prints what parses back to the same model
// and prints itself again unchanged; the differ finds nothing between a model and itself and
// plans and renders the model from empty. Runs against dist/ (build first).
import { parse } from '../../dist/dbml/index.js';
import { printDocument, printWithComments } from '../../dist/dbml/print/print.js';
import { diff } from '../../dist/diff/index.js';
import { canonicalJson } from '../../dist/model/schema.js';
import { plan } from '../../dist/plan/index.js';
import { EMPTY_SCHEMA } from '../../dist/plan/migration.js';
import { render } from '../../dist/render/index.js';

/** The line count of `text` under any reading of line breaks: a position past it is outside. */
function maxLines(text) {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** The printed text parses back to `schema` without errors, and prints to itself. */
function roundTrip(printed, schema, print, what) {
  const again = parse(printed, 'printed.dbml');
  const errors = again.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) return [`${what}: the printed text does not parse: ${errors[0].code} ${errors[0].start.line}:${errors[0].start.col} ${errors[0].message}`];
  if (canonicalJson(again.schema) !== canonicalJson(schema)) return [`${what}: the printed text parses to another model`];
  if (print(again) !== printed) return [`${what}: printing is not idempotent`];
  return [];
}

/** The problems with `text` (empty when all is well; an exception is a problem too), and whether
 * the parser accepted it (only then do the printer and differ run). */
export function checkInput(text) {
  let accepted = false;
  const problems = checkStages(text, () => (accepted = true));
  return { problems, accepted };
}

function checkStages(text, accept) {
  let stage = 'parse';
  try {
    const res = parse(text, 'fuzz.dbml');
    const problems = [];
    const lines = maxLines(text);
    for (const d of res.diagnostics) {
      if (!/^[A-Z_]+$/.test(d.code)) problems.push(`diagnostic without a code: ${JSON.stringify(d.code)} ${d.message}`);
      const at = d.start;
      if (!at || !(at.line >= 1 && at.line <= lines && at.col >= 1 && at.col <= text.length + 1)) problems.push(`${d.code} has no position inside the input: ${JSON.stringify(at)} (${lines} lines): ${d.message}`);
      if (typeof d.message !== 'string' || d.message === '') problems.push(`${d.code} has no message`);
    }
    const errors = res.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) return problems;
    if (!res.schema || !res.document) return [...problems, 'no errors, yet no model'];
    accept();
    const schema = res.schema;
    if (res.document.uses.length === 0) {
      stage = 'format';
      problems.push(...roundTrip(printDocument(res.document), schema, (p) => printDocument(p.document), 'format'));
      const withComments = printWithComments(res.document, res.comments);
      if (res.comments?.unplaced.length === 0 && withComments.lost === 0) {
        problems.push(...roundTrip(withComments.text, schema, (p) => printWithComments(p.document, p.comments).text, 'format (comments)'));
      }
    }
    stage = 'diff';
    const self = diff(schema, schema, { renames: [] });
    if (self.length > 0) problems.push(`diff of the model with itself is not empty: ${self.length} changes`);
    const changes = diff(EMPTY_SCHEMA, schema, { renames: [] });
    render(plan(changes, { from: EMPTY_SCHEMA, to: schema }, { online: true }), { title: 'fuzz' });
    return problems;
  } catch (e) {
    return [`uncaught exception in ${stage}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`];
  }
}
