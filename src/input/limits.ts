/**
 * Size, time and sampling limits of the input layer, in one place so the CLI, the fetcher and the
 * dispatch agree. None of these were tuned against the benchmark; they are safety bounds chosen from
 * the sizes of real news pages (the largest page in ../shared/bench is a few MB).
 */

/** Fetcher: the cap on a downloaded page (after decompression). */
export const FETCH_MAX_BYTES = 10 * 1024 * 1024;
/** Fetcher: total time budget for one URL, redirects included (issue 2 §3 "a timeout"). */
export const FETCH_TIMEOUT_MS = 15_000;
/** Fetcher: the redirect limit. */
export const FETCH_MAX_REDIRECTS = 5;

/**
 * Files and stdin: read at most this much (after gunzip); bigger inputs are refused with a clear
 * error instead of being loaded into memory. 50 MB still accepts the "50 MB page" case, which
 * the dispatch then truncates (below).
 */
export const READ_MAX_BYTES = 50 * 1024 * 1024;

/**
 * The dispatch cuts HTML/text longer than this before extraction and records `input-truncated`.
 * Same order as the fetch cap: real article pages are well below it, and it bounds parse time and
 * memory for pathological inputs (a 50 MB page of inline data).
 */
export const EXTRACT_MAX_CHARS = 10 * 1024 * 1024;

/** Charset prescan window for `<meta charset>` (HTML spec uses 1024 bytes; pages often put it later). */
export const META_PRESCAN_BYTES = 4096;
/** Bytes examined to decide whether input is binary. */
export const BINARY_SAMPLE_BYTES = 8192;
/**
 * Share of control characters (other than tab, newlines, form feed, ESC) above which input counts
 * as binary. Random bytes have ~11 %, real text (any charset) well under 1 %.
 */
export const BINARY_CONTROL_RATIO = 0.05;
/** Max bytes handed to chardet; sampled around non-ASCII bytes, which are what it needs. */
export const DETECT_SAMPLE_BYTES = 64 * 1024;
