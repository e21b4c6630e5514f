/**
 * Bylines in text dumps: "Von Anna Muster", "By David Kim • December 17, 2025 • 11 min read",
 * "Posted by BeauHD on Friday …", "Veröffentlicht am 13. März 2019 von Michael Veeser-Dombrowski",
 * "yas! | By Cara Stiles | April 13, 2020", "Von Benjamin Fischer und Marcus Theurer". A byline is a
 * byline word followed by one or more names, each name ending where the line ends or a field
 * separator, a date or a link word ("on", "am") begins — the cues a reader uses to tell the author
 * from a role ("⋅ Review Editor") or the date after it.
 */
import { literalTrie, type CompiledLexicon } from '../rules/text/index.js';

/**
 * Capitalised name parts, with the lowercase particles of European surnames between them, one or a
 * run of them ("Ursula von der Leyen", "Jean-Luc de la Tour"). The first part is capitalised: in
 * "Von der Leyen" the "Von" is the name's own, not "by".
 */
const PARTICLE = 'von|van|de|der|den|di|da|du|le|la|del|della|ter|ten|bin|al|el|y';
const NAME = new RegExp(`^[\\p{Lu}][\\p{L}'’.\\-]*(?:\\s+(?:[\\p{Lu}][\\p{L}'’.\\-]*|(?:${PARTICLE})(?:\\s+(?:${PARTICLE}))*(?=\\s+\\p{Lu})))*`, 'u');
/** A handle ("BeauHD", "uriebe"): one token, accepted only on lines that are clearly meta lines. */
const HANDLE = /^[\p{L}\p{N}_][\p{L}\p{N}_.\-]{1,29}/u;
/** More name parts than this is a title-cased heading, not a person. */
const MAX_NAME_WORDS = 5;
/** What may follow a name: end of line, a field separator, a date, or a link word. */
const AFTER_NAME = /^(?:\s*$|\s*[|•·⋅∙—–,(@/]|\s+-\s|\s{2}|\.?\s+\d|\.\s|\s+(?:on|am|at|à|le|il|in|im|um|for|für|pour|per|updated|aktualisiert)\b)/u;
/** Between two names. */
const JOIN = /^\s*(?:,|\bund\b|\band\b|&|\bet\b|\be\b|\by\b)\s*/u;
/** Field separators: a byline word right after one opens a new field of the line. */
const SEPARATOR_BEFORE = /[|•·⋅∙—–(]\s*$/u;
/** Link placeholders of text browsers between the byline word and the name ("Von [ef7] Lisa Borch"). */
const PLACEHOLDER = /^(?:\s*\[[^\]]{0,30}\])+/u;

export interface Byline { names: string[]; start: number }

const markerCache = new WeakMap<CompiledLexicon, RegExp>();
const probeCache = new WeakMap<CompiledLexicon, RegExp>();

/** A plain trie of the byline words: most lines hold none, and this test is far cheaper than the marker regex. */
function probeRegex(lex: CompiledLexicon): RegExp {
  let re = probeCache.get(lex);
  if (!re) { re = new RegExp(literalTrie(lex.bylines)); probeCache.set(lex, re); }
  return re;
}

function markerRegex(lex: CompiledLexicon): RegExp {
  let re = markerCache.get(lex);
  if (!re) {
    const alt = [...lex.bylines].sort((a, b) => b.length - a.length).map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // a byline word at the start, after a space or a separator; a word ending in ":" needs no space after it
    re = new RegExp(`(?:^|(?<=[\\s|•·⋅∙—–(]))(?:${alt})(?=[\\s:]|(?<=:))`, 'gu');
    markerCache.set(lex, re);
  }
  return re;
}

/**
 * The names of a byline in `text` (a short line), or null. `key` is the lowercased text of the same
 * length. `metaLine` says the line also carries a date or opens with a stamp word: then a byline
 * word may stand anywhere in it and a lone handle counts as a name.
 */
export function readByline(text: string, key: string, lex: CompiledLexicon, metaLine: boolean): Byline | null {
  if (key.length !== text.length || !probeRegex(lex).test(key)) return null;
  const re = markerRegex(lex);
  re.lastIndex = 0;
  for (let m = re.exec(key); m; m = re.exec(key)) {
    const at = m.index;
    if (at > 0 && !metaLine && !SEPARATOR_BEFORE.test(text.slice(0, at))) continue;
    let rest = text.slice(at + m[0].length).replace(/^[\s:]+/u, '');
    rest = rest.replace(PLACEHOLDER, '').trimStart();
    const names: string[] = [];
    for (;;) {
      const n = NAME.exec(rest) ?? (metaLine && names.length === 0 ? HANDLE.exec(rest) : null);
      if (!n) break;
      const name = n[0].replace(/[.\-]+$/u, '');
      if (name.split(/\s+/).length > MAX_NAME_WORDS || lex.months.has(name.toLowerCase())) break;
      const after = rest.slice(n[0].length);
      const j = JOIN.exec(after);
      if (j && NAME.test(after.slice(j[0].length))) { names.push(name); rest = after.slice(j[0].length); continue; }
      // a name must end where a field ends; after a comma the next "name" may be a role ("Online-Redaktion")
      if (AFTER_NAME.test(n[0].endsWith('.') ? `.${after}` : after)) names.push(name);
      break;
    }
    if (names.length) return { names, start: at };
  }
  return null;
}

/** A person's name is two to four capitalised words ("Anna Muster", "Jean-Luc de la Tour"). */
const PERSON_WORDS = [2, 4] as const;
const MAX_PERSON_CHARS = 40;

/**
 * The person's name a line opens with, when what follows is a field separator, a date or the end
 * ("Anna Muster • 3 May 2024", "Tom Example October 14, 2025"), else null. No byline word: the
 * caller only asks for lines that stand next to a date, where a reader takes a name for the author.
 */
export function leadingName(text: string, lex: CompiledLexicon): string | null {
  const n = NAME.exec(text);
  if (!n) return null;
  const name = n[0].replace(/[.\-]+$/u, '');
  const words = name.split(/\s+/);
  if (words.length < PERSON_WORDS[0] || words.length > PERSON_WORDS[1] || name.length > MAX_PERSON_CHARS) return null;
  if (words.some((w) => lex.months.has(w.toLowerCase()) || /\d/.test(w))) return null;
  const after = text.slice(n[0].length);
  return AFTER_NAME.test(n[0].endsWith('.') ? `.${after}` : after) ? name : null;
}
