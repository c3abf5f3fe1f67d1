/** pg_get_expr of an index's expression list prints the expressions joined by ", ". Splits that
 * text at its top-level commas: those outside parentheses, brackets and quoted literals or names
 * (a deparsed expression has no other comma at top level). Pure. */
export function splitExpressionList(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      // An E'' literal escapes with backslashes; the others double their quote.
      const escapes = c === "'" && i > 0 && /[eE]/.test(text[i - 1]!) && (i < 2 || !/[\w$]/.test(text[i - 2]!));
      for (i++; i < text.length; i++) {
        if (escapes && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (text[i + 1] === c) i++;
          else break;
        }
      }
    } else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}
