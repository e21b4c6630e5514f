/**
 * A tiny reader for Python literals (`'a'`, `"b"`, `['x', "y"]`, `None`) as they appear in some
 * ground-truth files that were written with `str(list)` instead of JSON. Only strings, lists of
 * strings and None are needed; anything else is left to the caller as "not a literal".
 */

export type PyValue = string | null | PyValue[];

/** Parse a whole string as a Python literal; returns undefined when it is not one. */
export function parsePyLiteral(src: string): PyValue | undefined {
  const p = { s: src, i: 0 };
  try {
    skipWs(p);
    const v = readValue(p);
    skipWs(p);
    return p.i === p.s.length ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A field that should be a list of strings but may be a real list, a Python-literal list in a
 * string, a single string, or missing. Non-literal strings count as one snippet.
 */
export function asStringList(v: unknown): string[] {
  if (v == null) return [];
  if (Array.isArray(v)) return v.flatMap((x) => asStringList(x));
  if (typeof v !== 'string') return [String(v)];
  const t = v.trim();
  if (t.startsWith('[') && t.endsWith(']')) {
    const parsed = parsePyLiteral(t);
    if (Array.isArray(parsed)) return parsed.flatMap((x) => asStringList(x));
  }
  return v === '' ? [] : [v];
}

/** A field that should be a string but may be a quoted Python literal, `None`, or a list. */
export function asStringField(v: unknown): string | null {
  if (v == null) return null;
  if (Array.isArray(v)) {
    const items = asStringList(v);
    return items.length ? items.join('; ') : null;
  }
  if (typeof v !== 'string') return String(v);
  const t = v.trim();
  if (t === '' || t === 'None') return null;
  if (/^(['"]).*\1$/s.test(t) || (t.startsWith('[') && t.endsWith(']'))) {
    const parsed = parsePyLiteral(t);
    if (typeof parsed === 'string') return parsed || null;
    if (Array.isArray(parsed)) return asStringField(parsed);
  }
  return t;
}

interface P { s: string; i: number }

function skipWs(p: P): void {
  while (p.i < p.s.length && /\s/.test(p.s[p.i]!)) p.i++;
}

function readValue(p: P): PyValue {
  const c = p.s[p.i];
  if (c === '[') return readList(p);
  if (c === "'" || c === '"') return readString(p);
  if (p.s.startsWith('None', p.i)) { p.i += 4; return null; }
  throw new Error(`unexpected ${c ?? 'end'} at ${p.i}`);
}

function readList(p: P): PyValue[] {
  p.i++; // [
  const out: PyValue[] = [];
  skipWs(p);
  if (p.s[p.i] === ']') { p.i++; return out; }
  for (;;) {
    skipWs(p);
    out.push(readValue(p));
    skipWs(p);
    const c = p.s[p.i++];
    if (c === ']') return out;
    if (c !== ',') throw new Error('expected , or ]');
    skipWs(p);
    if (p.s[p.i] === ']') { p.i++; return out; } // trailing comma
  }
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };

function readString(p: P): string {
  const q = p.s[p.i++]!;
  let out = '';
  while (p.i < p.s.length) {
    const c = p.s[p.i++]!;
    if (c === q) return out;
    if (c !== '\\') { out += c; continue; }
    const e = p.s[p.i++];
    if (e === undefined) break;
    if (e === 'x' || e === 'u' || e === 'U') {
      const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = p.s.slice(p.i, p.i + len);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) throw new Error('bad escape');
      out += String.fromCodePoint(parseInt(hex, 16));
      p.i += len;
    } else if (e === '\n') {
      // line continuation
    } else {
      out += ESCAPES[e] ?? `\\${e}`;
    }
  }
  throw new Error('unterminated string');
}
