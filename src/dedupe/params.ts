/**
 * Data for de-duplication: which URL query parameters only track the visitor (and so never change
 * the article), and the MinHash/LSH parameters for near-duplicate text.
 */

/** Query parameters dropped from canonical URLs (exact names, lowercase). */
export const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'ttclid',
  'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'wt_mc', 'wt.mc_id', 'ito', 'at_medium', 'at_campaign', 'cmpid', 'ref_src', 'ref_url',
  'share', 'xtor', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'sr_share',
]);
/** Prefixes of tracking parameters (utm_source, utm_medium, pk_campaign, …). */
export const TRACKING_PARAM_PREFIXES: readonly string[] = ['utm_', 'pk_', 'mtm_', 'at_', 'hsa_'];

/** Words per shingle. 5 is the usual choice for news text: long enough that two different
 * articles on the same topic share few shingles, short enough that a light edit only breaks a few. */
export const SHINGLE_WORDS = 5;

/** Signature length; the similarity estimate's standard error is √(J(1−J)/128) ≈ 0.044 at J = 0.5. */
export const NUM_PERM = 128;
/** LSH banding: 32 bands of 4 rows. A pair becomes a candidate with probability 1−(1−J⁴)³²:
 * 0.87 at J = 0.4, 0.99 at J = 0.5, so pairs at the threshold below are almost never missed by the
 * banding; the cost is more candidates, each checked on the full signature. */
export const LSH_BANDS = 32;
export const LSH_ROWS = 4;

/** Estimated Jaccard similarity of 5-shingle sets at or above which two texts are linked as
 * near-duplicates. Calibrated with `npm run bench:dedupe -- --limit 300` (2026-11-25, 300 bench
 * pages): no negative pair — 44,850 different-page pairs, the same-site pairs, and every page with
 * its most word-bag-similar other page — reached even 0.3, while re-rendered pages score 1.0 and
 * partner copies with edits 0.87 on average (p05 0.73). Lowering to 0.3 would gain 3 points of
 * recall on text-dump re-extractions only; 0.5 keeps a margin for what the set has no examples
 * of (a follow-up that quotes a paragraph of the first story, a live ticker's versions). */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/** Texts shorter than this many words are never linked: briefs, empty extractions and teasers share
 * their few shingles with too many unrelated pages. */
export const MIN_WORDS_FOR_NEAR_DUPLICATE = 40;

/** At most this many near-duplicates are linked per article (an agency story on every site). */
export const MAX_LINKS_PER_ARTICLE = 50;
