/**
 * Text-dump extraction: recover one article from a flat text dump of a whole page (a browser's
 * copy-paste, `lynx -dump`/`w3m -dump`/html-to-text output, a WET record, `innerText`).
 * The stages live in ./pipeline.ts; this file only runs them in order.
 *
 * @example
 *   const article = extractText(fs.readFileSync('page.txt', 'utf8'), { debug: true });
 *   article.title; article.summaryBox; article.debug?.removals;
 */
import { performance } from 'node:perf_hooks';
import { emptyArticle, finalizeText, type Article, type ExtractOptions } from '../model/article.js';
import { compiledLexicon } from '../rules/text/index.js';
import type { TextContext } from './context.js';
import { TEXT_STAGES } from './pipeline.js';

export type { TextContext, TextStage, Unit, Role } from './context.js';
export { TEXT_STAGES } from './pipeline.js';

export function extractText(text: string, options: ExtractOptions = {}): Article {
  const article = emptyArticle();
  article.url = absoluteUrl(options.url);
  const ctx: TextContext = {
    options, input: typeof text === 'string' ? text : String(text), units: [], lang: null, scoringLang: null,
    lex: compiledLexicon(options.language ?? null), article, removals: [], main: null, halt: false,
    stage: '', brand: null, repeatedTitles: [], barriers: new Set(), softBarriers: new Set(), captionCredits: new Map(), meta: [],
  };
  const timings: Record<string, number> = {};
  for (const [name, stage] of TEXT_STAGES) {
    if (ctx.halt) break;
    if (options.stages?.[name] === false) continue;
    ctx.stage = name;
    const t0 = performance.now();
    stage(ctx);
    timings[name] = Math.round((performance.now() - t0) * 1000) / 1000;
  }
  finalizeText(article);
  if (!ctx.halt && article.blocks.length === 0 && !article.lead) {
    article.messages.push({ code: 'no-content', message: 'No article text was recognised in the dump.' });
  }
  if (options.debug) article.debug = { removals: ctx.removals, timings };
  return article;
}

/** The url option only when it is an absolute http(s) URL (as the HTML pipeline does). */
function absoluteUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
