/**
 * The text-dump pipeline, in order. Each stage is `(ctx) => void`, can be switched off with
 * `options.stages[name] === false`, is timed, and records what it drops in `ctx.removals`.
 * Order matters: cheap, certain removals first (navigation, credits, stamps), then repetition and
 * galleries which rely on those labels, then the main-region search over what is left.
 */
import type { TextStage } from './context.js';
import { guardInput } from './stages/guard-input.js';
import { splitUnits } from './stages/split-units.js';
import { readHtmlRemnants } from './stages/read-html-remnants.js';
import { detectLanguage } from './stages/detect-language.js';
import { dropNavigation } from './stages/drop-navigation.js';
import { markCredits } from './stages/mark-credits.js';
import { readStamps } from './stages/read-stamps.js';
import { markRepeats } from './stages/mark-repeats.js';
import { dropGalleries } from './stages/drop-galleries.js';
import { extractSummaryBox } from './stages/extract-summary-box.js';
import { selectMain } from './stages/select-main.js';
import { findImage } from './stages/find-image.js';
import { findHeader } from './stages/find-header.js';
import { pickMeta } from './stages/pick-meta.js';
import { buildBody } from './stages/build-body.js';
import { findSource } from './stages/find-source.js';

export const TEXT_STAGES: Array<[name: string, stage: TextStage]> = [
  ['guardInput', guardInput], //               1. cut oversized input, refuse binary, normalise breaks
  ['splitUnits', splitUnits], //               2. lines → units, unwrapping hard-wrapped dumps
  ['readHtmlRemnants', readHtmlRemnants], //   3. stray HTML read for its text, flagged
  ['detectLanguage', detectLanguage], //       4. de/en/fr/it by stopwords, de-CH by Swiss cues
  ['dropNavigation', dropNavigation], //       5. counters, nav words, URLs, references, boilerplate
  ['markCredits', markCredits], //             6. photo credits ("via REUTERS", "Foto: APA/…")
  ['readStamps', readStamps], //               7. date stamps and bylines → candidates (ctx.meta)
  ['markRepeats', markRepeats], //             8. brand lines and repeated titles
  ['dropGalleries', dropGalleries], //         9. galleries and teasers of other content
  ['extractSummaryBox', extractSummaryBox], // 10. the page's key-point box → summaryBox
  ['selectMain', selectMain], //               11. main content region (max-sum run of unit scores)
  ['findImage', findImage], //                 12. captions + credits → image and figures
  ['findHeader', findHeader], //               13. kicker, title, lead
  ['pickMeta', pickMeta], //                   14. the article's own byline and dates (next to the title)
  ['buildBody', buildBody], //                 15. headings, paragraphs, lists, quotes, figures
  ['findSource', findSource], //               16. outlet or agency credited
];
