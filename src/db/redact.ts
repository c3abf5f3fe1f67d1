/** The one redaction function. Every password gen is given (a URL's userinfo, a `password=`
 * parameter or conninfo keyword, PGPASSWORD) is registered here when the connection string is
 * resolved, and everything the CLI prints passes through `redact`: messages, JSON, stack traces. */

// Passwords shorter than this are not searched for as bare text (they would garble ordinary
// words); they are still hidden wherever they appear in URL or keyword form.
const MIN_BARE = 4;

const secrets = new Set<string>();

/** Remembers a secret so that no output ever shows it (also URL-encoded). */
export function registerSecret(secret: string | undefined): void {
  if (!secret || secret.length < MIN_BARE) return;
  secrets.add(secret);
  const encoded = encodeURIComponent(secret);
  if (encoded !== secret) secrets.add(encoded);
}

// `scheme://` starting a URL-like token (up to whitespace).
const URL_START = /[a-z][a-z0-9+.-]*:\/\//gi;
// A `password=value` keyword: in a URL query, or a libpq conninfo (`password = 'it''s'`).
const PASSWORD_KEY = /(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'?|[^\s&'#]*)/gi;

/** The [start, end) range of the password in the userinfo of the URL-like token at `at` (just
 * after `://`), or undefined. The userinfo ends at the last `@` before the path, so a password
 * holding `@`, `:` or `/` is covered whole. */
function userinfoPassword(text: string, at: number): [number, number] | undefined {
  let end = at;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  const token = text.slice(at, end);
  const firstAt = token.indexOf('@');
  const colon = token.indexOf(':');
  if (firstAt < 0) {
    // `postgres://user:secret` cut short (no `@host`): what follows the colon is a password
    // unless it reads as a port.
    if (colon < 0) return undefined;
    const rest = token.slice(colon + 1).split(/[/?#]/)[0]!;
    return rest.length > 0 && !/^\d+$/.test(rest) ? [at + colon + 1, at + colon + 1 + rest.length] : undefined;
  }
  if (colon < 0 || colon > firstAt) return undefined;
  const pathAfter = token.slice(firstAt).search(/[/?#]/);
  const lastAt = token.lastIndexOf('@', pathAfter < 0 ? token.length : firstAt + pathAfter);
  return [at + colon + 1, at + lastAt];
}

/** Every password written in `text` (URLs, `password=` keywords), decoded where encoded. */
export function passwordsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(URL_START)) {
    const r = userinfoPassword(text, m.index + m[0].length);
    if (!r) continue;
    const raw = text.slice(r[0], r[1]);
    out.push(raw);
    try {
      out.push(decodeURIComponent(raw));
    } catch {
      // not percent-encoded: the raw form is the password
    }
  }
  for (const m of text.matchAll(PASSWORD_KEY)) {
    let v = m[2]!;
    if (v.startsWith("'")) v = v.slice(1, v.endsWith("'") && v.length > 1 ? -1 : undefined).replace(/\\(.)/g, '$1');
    out.push(v);
    try {
      out.push(decodeURIComponent(v));
    } catch {
      // as above
    }
  }
  return out.filter((p) => p.length > 0);
}

/** Registers every password written in `text` (a URL, a conninfo string, an argument). */
export function registerSecretsIn(text: string): void {
  for (const p of passwordsIn(text)) registerSecret(p);
}

/** `text` with every password hidden: URL userinfo and `password=` values become `***`, and
 * every registered secret is replaced wherever it appears. */
export function redact(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_START)) {
    const r = userinfoPassword(text, m.index + m[0].length);
    if (!r || r[0] < last) continue;
    out += `${text.slice(last, r[0])}***`;
    last = r[1];
  }
  out += text.slice(last);
  out = out.replace(PASSWORD_KEY, '$1***');
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join('***');
  return out;
}
