/**
 * Stage: read stray HTML inside the text for its text (never rendered). Lines that carried tags are
 * flagged: in a flat dump, escaped HTML almost always comes from a gallery or teaser widget.
 */
import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';
import { HTML_TAG } from '../../rules/text/common.js';
import { limitNesting } from '../../input/nesting.js';
import { drop, type TextContext } from '../context.js';
import { collapse, setText } from '../cues.js';

const BLOCK_TAGS = new Set(['p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'figcaption']);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** Text content of an HTML fragment; scripts and styles are skipped. */
export function htmlFragmentText(s: string): string {
  let out = '';
  let skip = 0;
  const p = new Parser({
    onopentagname(name) { if (SKIP_TAGS.has(name)) skip++; else if (BLOCK_TAGS.has(name)) out += ' '; },
    onclosetag(name) { if (SKIP_TAGS.has(name)) skip = Math.max(0, skip - 1); },
    ontext(t) { if (skip === 0) out += t; },
  }, { decodeEntities: true });
  p.write(s);
  p.end();
  return collapse(out);
}

export function readHtmlRemnants(ctx: TextContext): void {
  for (let i = 0; i < ctx.units.length; i++) {
    const u = ctx.units[i]!;
    const probe = u.text.length > 2000 ? u.text.slice(0, 2000) : u.text;
    if (!probe.includes('<') && !probe.includes('&')) continue;
    if (!HTML_TAG.test(probe)) continue;
    const hasTag = /<\/?[a-z][a-z0-9]*\b[^<>]*>/i.test(probe);
    // htmlparser2's open-element stack is quadratic in depth: cap it as a browser does (one cheap scan)
    const text = hasTag ? htmlFragmentText(limitNesting(u.text).html) : collapse(decodeHTML(u.text));
    if (hasTag) u.html = true;
    setText(u, text);
    if (text === '') drop(ctx, i, 'noise', 'HTML remnant without text');
  }
}
