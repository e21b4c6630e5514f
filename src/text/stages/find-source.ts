/**
 * Stage: the source credited by the page — the repeated outlet line ("20 Minuten"), or a wire
 * dateline ("ZÜRICH (Reuters) –", "(dpa)") at the start of the lead or first paragraph, or an agency
 * tag closing the last paragraph ("(sda/afp)").
 */
import { DATELINE_SOURCE, SOURCE_NAMES, TRAILING_SOURCE } from '../../rules/text/common.js';
import type { TextContext } from '../context.js';

function agency(raw: string): string | null {
  const first = raw.toLowerCase().split(/[\/,]/)[0]!.trim();
  return SOURCE_NAMES[first] ?? null;
}

export function findSource(ctx: TextContext): void {
  const { article } = ctx;
  if (ctx.brand) { article.source = ctx.brand; return; }
  const texts = [article.lead, ...article.blocks.slice(0, 3).map((b) => ('text' in b ? b.text : null))];
  for (const t of texts) {
    if (!t) continue;
    const m = DATELINE_SOURCE.exec(t);
    const a = m ? agency(m[1]!) : null;
    if (a) { article.source = a; return; }
  }
  for (let k = article.blocks.length - 1; k >= 0 && k >= article.blocks.length - 2; k--) {
    const b = article.blocks[k]!;
    if (b.type !== 'paragraph') continue;
    const m = TRAILING_SOURCE.exec(b.text);
    const a = m ? agency(m[1]!) : null;
    if (a) { article.source = a; return; }
  }
}
