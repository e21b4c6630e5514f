/**
 * A bounded memo for per-word results (stems, content terms, number-word values), in two
 * generations: when the young one is full it becomes the old one and a new one starts, and a word
 * found in the old one moves back to the young one. So memory stays bounded (2 × size) while the
 * words every article uses stay remembered; clearing the whole memo on a long ingest would redo
 * the work for all of them.
 *
 * A generation is an open-addressing table keyed by an FNV-1a hash of the word's code units, not a
 * Map: the words looked up are freshly sliced strings (one per token of every sentence), and V8
 * hashes each new string for a Map look-up in a runtime call; hashing in JS and comparing with `===`
 * only on a hash match cost about 30 % less per look-up (key-point words, one core).
 */
import { fnv1a } from './hash.js';

class Generation<V> {
  /** Per slot: entry index + 1 (0 = empty) and the entry's hash side by side, so a probe reads one
   * place; linear probing, at most half full. */
  private slots = new Int32Array(2 * 1024);
  private keys: string[] = [];
  private values: V[] = [];

  get size(): number { return this.keys.length; }

  get(word: string, h: number): V | undefined {
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    for (let p = h & mask, probes = 0; probes < MAX_PROBES; p = (p + 1) & mask, probes++) {
      const k = slots[2 * p]!;
      if (k === 0) return undefined;
      if (slots[2 * p + 1] === h && this.keys[k - 1] === word) return this.values[k - 1];
    }
    return undefined;
  }

  /** Add a word that is not in the table. */
  add(word: string, h: number, value: V): void {
    this.keys.push(word);
    this.values.push(value);
    if (this.keys.length > this.slots.length >> 2) this.grow();
    place(this.slots, h, this.keys.length);
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let p = 0; p < old.length; p += 2) if (old[p] !== 0) place(this.slots, old[p + 1]!, old[p]!);
  }
}

/**
 * Probes per look-up, at most. The hash is not keyed (unlike V8's Map), so a hostile page could
 * fill the table with words that collide; a word that would sit further than this from its home
 * slot is not stored (computed again when met again: a memo miss, never a wrong value), so every
 * look-up stays O(MAX_PROBES). At most a quarter full (see add()), linear probing averages under
 * 2 probes on ordinary words, so 32 only ever cuts in on collisions (test/nlp/stem.test.ts).
 */
const MAX_PROBES = 32;

function place(slots: Int32Array, h: number, entry: number): void {
  const mask = (slots.length >> 1) - 1;
  let p = h & mask;
  for (let probes = 0; slots[2 * p] !== 0; p = (p + 1) & mask, probes++) if (probes + 1 >= MAX_PROBES) return;
  slots[2 * p] = entry;
  slots[2 * p + 1] = h;
}

/** FNV-1a cut to 30 bits (a small integer in V8, never a heap number). */
const hashOf = (word: string): number => fnv1a(word) & 0x3fffffff;

export class WordMemo<V> {
  private young = new Generation<V>();
  private old = new Generation<V>();
  constructor(private readonly size: number, private readonly compute: (word: string) => V) {}

  get(word: string): V {
    const h = hashOf(word);
    let r = this.young.get(word, h);
    if (r !== undefined) return r;
    r = this.old.get(word, h);
    if (r === undefined) r = this.compute(word);
    if (this.young.size >= this.size) { this.old = this.young; this.young = new Generation(); }
    this.young.add(word, h, r);
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
