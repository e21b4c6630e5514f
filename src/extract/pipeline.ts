/**
 * The HTML pipeline, in order. The orchestrator (html.ts) only runs this list; every stage has the
 * signature `(ctx: HtmlContext) => void`, can be switched off with `options.stages[name] = false`,
 * is timed, and records its removals in debug mode.
 *
 * Order matters: metadata and the article head are read before cleaning (cleaning drops <script>,
 * <meta> and page headers); the key-point box and teaser sections go before boilerplate cleaning
 * (their containers often carry "teaser"/"aside" classes the box would otherwise be lost with);
 * the body is chosen on the cleaned tree.
 */
import type { Stage } from './context.js';
import { readMetadata } from './stages/read-metadata.js';
import { removeUnwanted, removeBoilerplate } from './stages/clean.js';
import { readHeader } from './stages/read-header.js';
import { extractSummaryBox, removeTeaserSections } from './stages/sections.js';
import { findBody } from './stages/find-body.js';
import { readHero, collectBlocks } from './stages/collect-blocks.js';
import { resolveFields, applyFallbacks, finalize } from './stages/resolve-fields.js';

export const HTML_PIPELINE: Array<[name: string, stage: Stage]> = [
  ['readMetadata', readMetadata],                  // 1. JSON-LD, OpenGraph, meta, canonical, lang
  ['removeUnwanted', removeUnwanted],              // 2. scripts, styles, forms, nav, hidden elements
  ['readHeader', readHeader],                      // 3. headline, kicker, lead, bylines, stamps, credits
  ['extractSummaryBox', extractSummaryBox],        // 4. the page's own key-point box → summaryBox
  ['removeTeaserSections', removeTeaserSections],  // 5. "Die Bilder des Tages", "Mehr zum Thema", …
  ['removeBoilerplate', removeBoilerplate],        // 6. share bars, comments, newsletter, ads, bios
  ['findBody', findBody],                          // 7. the article body (known containers + scoring)
  ['readHero', readHero],                          // 8. hero image with caption and credit
  ['collectBlocks', collectBlocks],                // 9. paragraphs, subheads, quotes, lists, tables, figures, embeds
  ['resolveFields', resolveFields],                // 10. authors, source, dates, language, url
  ['applyFallbacks', applyFallbacks],              // 11. JSON-LD articleBody; messages for empty pages
  ['finalize', finalize],                          // 12. text and word count
];

/** Stages that must run for the result to be an article at all; they cannot be switched off. */
export const REQUIRED_STAGES = new Set(['readMetadata', 'findBody', 'collectBlocks', 'finalize']);
