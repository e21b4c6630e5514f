/**
 * Article → Markdown (CommonMark + GFM tables). Model text is plain text, so Markdown syntax in it is
 * escaped: a headline with `*` or a caption with `<script>` renders literally, never as emphasis or
 * raw HTML (Markdown renderers pass raw HTML through, so unescaped `<` would be an XSS hole). Only
 * http(s) URLs are emitted.
 *
 * Layout: kicker line, `# title`, byline, bold lead, hero image with caption and credit, the page's
 * key-point box as a `##` section, then the body.
 *
 * @example
 *   fs.writeFileSync('article.md', toMarkdown(article));
 */
import type { Article, Block, ImageInfo } from '../model/article.js';
import { bylineParts, oneLine, safeUrl } from './util.js';

/** Backslash-escape inline Markdown syntax (CommonMark: any ASCII punctuation may be escaped). */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    // Entity references would be decoded by the renderer: "&amp;lt;" must stay literal.
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    // Block syntax at the start of a line: headings, quotes, lists, rules, setext underlines.
    .replace(/^(\s*)([#>+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/gm, '$1\\$2');
}

export function toMarkdown(a: Article): string {
  const base = a.url;
  const out: string[] = [];
  if (a.kicker) out.push(escapeMarkdown(oneLine(a.kicker)));
  if (a.title) out.push(`# ${escapeMarkdown(oneLine(a.title))}`);
  const byline = bylineParts(a);
  if (byline.length) out.push(`*${byline.map((p) => escapeMarkdown(oneLine(p))).join(' · ')}*`);
  if (a.lead) out.push(`**${escapeMarkdown(oneLine(a.lead))}**`);
  if (a.image) {
    const fig = figure(a.image, base);
    if (fig) out.push(fig);
  }
  if (a.summaryBox && a.summaryBox.items.length) {
    const heading = a.summaryBox.heading ? `## ${escapeMarkdown(oneLine(a.summaryBox.heading))}\n\n` : '';
    out.push(heading + a.summaryBox.items.map((i) => `- ${indentCont(escapeMarkdown(i), '  ')}`).join('\n'));
  }
  for (const b of a.blocks) {
    const md = block(b, base);
    if (md) out.push(md);
  }
  const canonical = safeUrl(a.url);
  if (canonical) out.push(`[${escapeMarkdown(a.siteName ?? new URL(canonical).hostname)}](${mdUrl(canonical)})`);
  return out.join('\n\n') + '\n';
}

function block(b: Block, base: string | null): string {
  switch (b.type) {
    case 'paragraph': return paragraph(b.text);
    case 'heading': {
      // The title is the only `#`; body headings start at `##`.
      const level = Math.min(6, Math.max(2, Math.trunc(b.level) || 2));
      return `${'#'.repeat(level)} ${escapeMarkdown(oneLine(b.text))}`;
    }
    case 'quote': {
      const body = paragraph(b.text) + (b.cite ? `\n\n— ${escapeMarkdown(oneLine(b.cite))}` : '');
      return body.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n');
    }
    case 'list':
      return b.items.map((item, i) => {
        const marker = b.ordered ? `${i + 1}.` : '-';
        return `${marker} ${indentCont(escapeMarkdown(item), ' '.repeat(marker.length + 1))}`;
      }).join('\n');
    case 'table': return table(b.rows);
    case 'figure': return figure(b, base) ?? '';
    case 'embed': {
      const url = safeUrl(b.url, base);
      return url ? `[${escapeMarkdown(b.kind || 'embed')}: ${escapeMarkdown(url)}](${mdUrl(url)})` : '';
    }
  }
}

/** Paragraph text with its single newlines kept as hard breaks. */
function paragraph(text: string): string {
  return text.trim().split(/\r?\n/).map((l) => escapeMarkdown(l.trim())).filter(Boolean).join('  \n');
}

function indentCont(s: string, pad: string): string {
  return s.split(/\r?\n/).map((l, i) => (i === 0 ? l : pad + l)).join('\n');
}

function table(rows: string[][]): string {
  if (!rows.length) return '';
  const width = Math.max(...rows.map((r) => r.length));
  if (width === 0) return '';
  const cell = (c: string | undefined) => escapeMarkdown(oneLine(c ?? '')) || ' ';
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => cell(r[i])).join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head as string[]), `| ${Array(width).fill('---').join(' | ')} |`, ...body.map(line)].join('\n');
}

function figure(img: ImageInfo, base: string | null): string | null {
  const src = safeUrl(img.src, base);
  const caption = [img.caption ? escapeMarkdown(oneLine(img.caption)) : '', img.credit ? `(${escapeMarkdown(oneLine(img.credit))})` : '']
    .filter(Boolean).join(' ');
  const parts: string[] = [];
  if (src) parts.push(`![${escapeMarkdown(oneLine(img.alt ?? ''))}](${mdUrl(src)})`);
  if (caption) parts.push(`*${caption}*`);
  return parts.length ? parts.join('\n') : null;
}

/** A URL safe inside `( )`: `safeUrl` output, with the characters that end or break the destination encoded. */
function mdUrl(url: string): string {
  return url.replace(/[()<>\s\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
