/** Interpreting `Ref` elements: one binary relationship with its settings. */
import type { DbmlAction, DbmlRef } from '../document.js';
import type { Reporter } from '../diagnostics.js';
import { colorOf, nameParts, readSettings, single, uniqueSettings } from './context.js';
import { ACTIONS } from './table.js';
import { type Interner, endpointOf, isRelationOp } from './values.js';
import type { Statement } from '../parse/syntax.js';

/** Parses `a.x > b.y [settings]` into a ref. */
function relationship(st: Statement, r: Reporter, name: string | undefined, span: { start: number; end: number }, intern: Interner): DbmlRef | undefined {
  const rel = st.parts[0];
  if (st.parts.length > 1) {
    for (const p of st.parts.slice(1)) r.error('validate', 'INVALID_REF_FIELD', 'A Ref field should only have a single binary relationship', p);
    return undefined;
  }
  if (rel?.kind !== 'binary' || !isRelationOp(rel.op)) {
    r.error('validate', 'INVALID_REF_FIELD', 'A Ref field must be a binary relationship', rel ?? span);
    return undefined;
  }
  const left = endpointOf(rel.left, undefined, intern);
  const right = endpointOf(rel.right, undefined, intern);
  if (left === 'invalid' || right === 'invalid') {
    r.error('validate', 'INVALID_REF_FIELD', 'Invalid column reference', left === 'invalid' ? rel.left : rel.right);
    return undefined;
  }
  const out: { onDelete?: DbmlAction; onUpdate?: DbmlAction; color?: string; inactive: boolean } = { inactive: false };
  for (const s of uniqueSettings(readSettings(st.settings, r), r, 'DUPLICATE_REF_SETTING')) {
    switch (s.key) {
      case 'delete':
      case 'update': {
        const words = (s.value ?? []).map((e) => (e.kind === 'ident' && !e.quoted ? e.name.toLowerCase() : '?')).join(' ');
        if (!ACTIONS.has(words)) r.error('validate', 'INVALID_REF_SETTING_VALUE', `'${s.key}' can only have values "cascade", "no action", "set null", "set default" or "restrict"`, s.span);
        else out[s.key === 'delete' ? 'onDelete' : 'onUpdate'] = words as DbmlAction;
        break;
      }
      case 'color': {
        const c = colorOf(single(s));
        if (!c) r.error('validate', 'INVALID_REF_SETTING_VALUE', "'color' must be a color literal", s.span);
        else out.color = c;
        break;
      }
      case 'inactive':
        if (s.value) r.error('validate', 'INVALID_REF_SETTING_VALUE', "'inactive' cannot have a value", s.span);
        else out.inactive = true;
        break;
      default:
        r.error('validate', 'UNKNOWN_REF_SETTING', `Unknown ref setting '${s.key}'`, s.span);
    }
  }
  if (left.columns.length !== right.columns.length) {
    r.error('interpret', 'UNEQUAL_FIELDS_BINARY_REF', 'Unequal fields in ref endpoints', rel);
    return undefined;
  }
  return { ...(name !== undefined ? { name } : {}), left, right, op: rel.op, ...out, inline: false, span: { start: span.start, end: span.end } };
}

/** A top-level `Ref [name]: ...` or `Ref [name] { ... }`; appends to `refs`. */
export function refElement(st: Statement, r: Reporter, refs: DbmlRef[], intern: Interner): void {
  const nameE = st.parts[1];
  let name: string | undefined;
  if (nameE) {
    const p = nameParts(nameE);
    if (p?.length !== 1 || st.parts.length > 2) r.error('validate', 'INVALID_NAME', 'A Ref name must be a single identifier or a quoted identifier', nameE);
    else name = p[0]!;
  }
  if (st.settings) r.error('validate', 'UNEXPECTED_SETTINGS', "A Ref shouldn't have a setting list", st.settings);
  if (st.simple) {
    if (st.simple.parts.length === 0) {
      r.error('validate', 'EMPTY_REF', 'A Ref must have at least one field', st);
      return;
    }
    const ref = relationship(st.simple, r, name, st, intern);
    if (ref) refs.push(ref);
    return;
  }
  const members = st.block?.members ?? [];
  if (members.length === 0) {
    r.error('validate', 'EMPTY_REF', 'A Ref must have at least one field', st);
    return;
  }
  for (const extra of members.slice(1)) r.error('validate', 'REF_REDEFINED', 'A Ref can only contain one binary relationship', extra);
  const ref = relationship(members[0]!, r, name, st, intern);
  if (ref) refs.push(ref);
}
