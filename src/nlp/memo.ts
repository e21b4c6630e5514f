/**
 * A bounded memo for per-word results (stems, content terms, number-word values), in two
 * generations: when the young one is full it becomes the old one and a new one starts, and a word
 * found in the old one moves back to the young one. So memory stays bounded (2 × size) while the
 * words every article uses stay remembered; clearing the whole memo on a long ingest would redo
 * the work for all of them.
 */
export class WordMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  constructor(private readonly size: number, private readonly compute: (word: string) => V) {}

  get(word: string): V {
    let r = this.young.get(word);
    if (r !== undefined) return r;
    r = this.old.get(word);
    if (r === undefined) r = this.compute(word);
    if (this.young.size >= this.size) { this.old = this.young; this.young = new Map(); }
    this.young.set(word, r);
    return r;
  }
}

/**
 * One WordMemo per language, made on first use: `computeFor(lang)` gives the per-word function
 * for that language (called once per language).
 */
export function memoPerLanguage<L, V>(size: number, computeFor: (lang: L) => (word: string) => V): (lang: L) => WordMemo<V> {
  const memos = new Map<L, WordMemo<V>>();
  return (lang) => {
    let m = memos.get(lang);
    if (!m) { m = new WordMemo(size, computeFor(lang)); memos.set(lang, m); }
    return m;
  };
}
