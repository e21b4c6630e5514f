/**
 * The HTML extractor: parse, then run the stages of pipeline.ts in order on one context.
 * Never throws for bad input; a stage that fails on a hostile page becomes a message.
 */
import { performance } from 'node:perf_hooks';
import { emptyArticle, finalizeText, type Article, type ExtractOptions } from '../model/article.js';
import { hasTemplate, parseHtml, statsFromParse } from '../html/dom.js';
import { Stats } from '../html/stats.js';
import { hasStreamedSegments, revealStreamedSegments } from '../html/streamed.js';
import { HTML_PIPELINE, REQUIRED_STAGES } from './pipeline.js';
import type { HtmlContext } from './context.js';

/**
 * Cleaning removes containers by vocabulary; on pages whose framework puts such words on content
 * classes, that can leave (almost) nothing. Then the page is read once more with the vocabulary
 * stages off — trafilatura's fallback cascade in spirit — and the richer result wins.
 */
export function extractHtml(html: string, options: ExtractOptions = {}): Article {
  const first = runPipeline(html, options);
  const thin = first.messages.some((m) => m.code === 'no-content' || m.code === 'short-content');
  if (!thin || options.stages?.removeBoilerplate === false) return first;
  const gentle = runPipeline(html, { ...options, stages: { ...options.stages, removeBoilerplate: false, removeTeaserSections: false } });
  if (gentle.wordCount >= Math.max(2 * first.wordCount, first.wordCount + 50)) {
    gentle.messages = gentle.messages.filter((m) => m.code !== 'short-content');
    gentle.messages.push({ code: 'fallback-gentle-cleaning', message: 'Vocabulary-based cleaning left almost no text; the page was read again without it.' });
    return gentle;
  }
  return first;
}

function runPipeline(html: string, options: ExtractOptions): Article {
  const debug = !!options.debug;
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const doc = parseHtml(html);
  // Placeholders are <template> elements: pages without one (most) skip the text scan.
  if (hasTemplate(doc) && hasStreamedSegments(html)) revealStreamedSegments(doc);
  timings.parse = performance.now() - t0;
  t0 = performance.now();
  const ctx: HtmlContext = {
    html, options, doc, stats: new Stats(doc, statsFromParse(doc)),
    meta: undefined as never,
    dates: { timezone: options.timezone ?? 'UTC', now: options.now ?? new Date() },
    language: null, body: null, bodies: [], header: null, h1: null, kicker: null, lead: null, leadEl: null,
    hero: null, heroEl: null, bylines: [], declaredAuthors: [], textBylines: [], authorLinks: [], copyrightHolders: [], nearTitleDate: null, nearTitleField: null, dateBelowTitle: null, classedDate: null, stamps: [], sourceCredits: [], consumed: new Set(), textCache: new Map(),
    article: emptyArticle(), removals: [], debug,
  };
  timings.stats = performance.now() - t0;
  for (const [name, stage] of HTML_PIPELINE) {
    if (options.stages?.[name] === false && !REQUIRED_STAGES.has(name)) continue;
    const start = performance.now();
    try {
      stage(ctx);
    } catch (err) {
      ctx.article.messages.push({ code: 'stage-failed', message: `Stage ${name} failed: ${(err as Error).message}` });
      if (name === 'readMetadata') ctx.meta = fallbackMeta();
    }
    timings[name] = performance.now() - start;
  }
  const a = ctx.article;
  if (!a.text && (a.lead || a.blocks.length)) finalizeText(a);
  if (debug) a.debug = { removals: ctx.removals, timings };
  return a;
}

function fallbackMeta(): HtmlContext['meta'] {
  return {
    title: null, titles: [], docTitle: null, description: null, siteName: null, authors: [], published: null, updated: null, section: null,
    tags: [], image: null, imageCaption: null, imageCredit: null, canonical: null, language: null, articleBody: null, type: null,
    publisher: null, paywalled: false,
  };
}
