/**
 * Article → plain text for reading in a terminal or piping on: kicker, title, byline, lead, the
 * page's key-point box, then the body with figure captions in brackets. Blocks are separated by one
 * blank line, like `Article.text`.
 *
 * @example
 *   process.stdout.write(toText(article));
 */
import type { Article, Block, ImageInfo } from '../model/article.js';
import { bylineParts, oneLine } from './util.js';

export function toText(a: Article): string {
  const out: string[] = [];
  const head: string[] = [];
  if (a.kicker) head.push(oneLine(a.kicker));
  if (a.title) head.push(oneLine(a.title));
  if (head.length) out.push(head.join('\n'));
  const byline = bylineParts(a);
  if (byline.length) out.push(byline.join(' · '));
  if (a.lead) out.push(a.lead.trim());
  if (a.image) {
    const cap = caption(a.image);
    if (cap) out.push(cap);
  }
  if (a.summaryBox && a.summaryBox.items.length) {
    const items = a.summaryBox.items.map((i) => `• ${i.trim()}`).join('\n');
    out.push(a.summaryBox.heading ? `${oneLine(a.summaryBox.heading)}\n${items}` : items);
  }
  for (const b of a.blocks) {
    const t = block(b);
    if (t) out.push(t);
  }
  return out.length ? out.join('\n\n') + '\n' : '';
}

function block(b: Block): string {
  switch (b.type) {
    case 'paragraph': case 'heading': return b.text.trim();
    case 'quote': return `“${b.text.trim()}”${b.cite ? `\n— ${oneLine(b.cite)}` : ''}`;
    case 'list': return b.items.map((i, n) => `${b.ordered ? `${n + 1}.` : '•'} ${i.trim()}`).join('\n');
    case 'table': return b.rows.map((r) => r.map(oneLine).join('\t')).join('\n');
    case 'figure': return caption(b);
    case 'embed': return b.url ? `[${b.kind || 'embed'}: ${b.url}]` : '';
  }
}

function caption(img: ImageInfo): string {
  const parts = [img.caption ? oneLine(img.caption) : '', img.credit ? `(${oneLine(img.credit)})` : ''].filter(Boolean);
  return parts.length ? `[${parts.join(' ')}]` : '';
}
