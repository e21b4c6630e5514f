/**
 * htmlparser2's tokenizer with native skipping. The stock tokenizer runs its state machine once per
 * character; with entity decoding on it visits every character of text and of attribute values, and
 * it looks for the end of a `<script>`/`<style>` body or a comment with a `charCodeAt` loop. Text,
 * attribute values and raw-text bodies are most of a news page, so here those scans are done with
 * `String.prototype.indexOf`, which is native and several times faster. The tokens and the tree are
 * exactly the stock ones (test/html/tokenizer.test.ts compares trees on tricky markup).
 *
 * The override relies on three internals of htmlparser2's Tokenizer (`fastForwardTo`, `stateText`,
 * `handleInAttributeValue`, and the fields `buffer`, `index`, `offset`, `decodeEntities`). They are
 * checked when the module loads: should an htmlparser2 upgrade rename them, the stock tokenizer is
 * used and only speed is lost.
 */
import { Tokenizer } from 'htmlparser2';

const LT = 0x3c;
const AMP = 0x26;

interface Internals {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  fastForwardTo(c: number): boolean;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  stateInTagName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateInAttributeName(c: number): void;
}

/** The stock `isEndOfTagSection`: whitespace, `/` or `>`. */
const endsTagSection = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d || c === 0x2f || c === 0x3e;

type TokenizerCtor = typeof Tokenizer;
const Base = Tokenizer as unknown as new (...args: ConstructorParameters<TokenizerCtor>) => Internals;

class FastTokenizer extends Base {
  /** Position (in the current buffer) of the next `&` at or after `ampFrom`, or the buffer length. */
  private ampAt = -1;
  private ampFrom = -1;
  private ampOffset = -1;
  private ampLength = -1;

  private nextAmp(pos: number): number {
    const buf = this.buffer;
    if (this.ampOffset !== this.offset || this.ampLength !== buf.length || pos < this.ampFrom) {
      this.ampOffset = this.offset; this.ampLength = buf.length; this.ampAt = -1;
    }
    if (this.ampAt < pos) {
      const i = buf.indexOf('&', pos);
      this.ampAt = i === -1 ? buf.length : i;
    }
    this.ampFrom = pos;
    return this.ampAt;
  }

  /** Same contract as the stock method: index on the character if found, else on the last one. */
  override fastForwardTo(c: number): boolean {
    const i = this.buffer.indexOf(String.fromCharCode(c), this.index - this.offset + 1);
    if (i !== -1) {
      this.index = i + this.offset;
      return true;
    }
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }

  override stateText(c: number): void {
    if (c === LT || c === AMP || !this.decodeEntities) { super.stateText(c); return; }
    // Nothing happens on other characters: jump to just before the next `<` or `&`.
    const pos = this.index - this.offset;
    const lt = this.buffer.indexOf('<', pos);
    const stop = Math.min(lt === -1 ? this.buffer.length : lt, this.nextAmp(pos));
    this.index = stop + this.offset - 1;
  }

  override handleInAttributeValue(c: number, quote: number): void {
    if (c === quote || c === AMP || !this.decodeEntities) { super.handleInAttributeValue(c, quote); return; }
    const pos = this.index - this.offset;
    const q = this.buffer.indexOf(String.fromCharCode(quote), pos);
    const stop = Math.min(q === -1 ? this.buffer.length : q, this.nextAmp(pos));
    this.index = stop + this.offset - 1;
  }

  /**
   * Inside a tag or attribute name nothing happens until the character that ends it: the names are
   * read here in one loop instead of one trip through the state machine per character.
   */
  private nameEnd(attribute: boolean): void {
    const buf = this.buffer;
    let i = this.index - this.offset + 1;
    for (; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      if (endsTagSection(c) || (attribute && c === 0x3d)) break;
    }
    this.index = i + this.offset - 1;
  }

  override stateInTagName(c: number): void {
    if (endsTagSection(c)) super.stateInTagName(c);
    else this.nameEnd(false);
  }

  override stateInClosingTagName(c: number): void {
    if (endsTagSection(c)) super.stateInClosingTagName(c);
    else this.nameEnd(false);
  }

  override stateInAttributeName(c: number): void {
    if (c === 0x3d || endsTagSection(c)) super.stateInAttributeName(c);
    else this.nameEnd(true);
  }
}

const proto = Tokenizer.prototype as unknown as Record<string, unknown>;
const compatible = ['fastForwardTo', 'stateText', 'handleInAttributeValue', 'stateInTagName', 'stateInClosingTagName', 'stateInAttributeName'].every((m) => typeof proto[m] === 'function');

/** The tokenizer class to hand to htmlparser2's `Parser` (option `Tokenizer`). */
export const FAST_TOKENIZER: TokenizerCtor = compatible ? (FastTokenizer as unknown as TokenizerCtor) : Tokenizer;
