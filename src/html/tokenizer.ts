/**
 * htmlparser2's tokenizer with native skipping. The stock tokenizer runs its state machine once per
 * character; with entity decoding on it visits every character of text and of attribute values, and
 * it looks for the end of a `<script>`/`<style>` body or a comment with a `charCodeAt` loop. Text,
 * attribute values and raw-text bodies are most of a news page, so here those scans are done with
 * `String.prototype.indexOf`, which is native and several times faster. The tokens and the tree are
 * exactly the stock ones (test/html/parse.test.ts compares trees on tricky markup and fixtures).
 *
 * The override relies on internals of htmlparser2's Tokenizer (the state methods overridden below,
 * the fields `buffer`, `index`, `offset`, `sectionStart`, `decodeEntities`, `xmlMode`, `cbs`). They are
 * checked when the module loads: should an htmlparser2 upgrade rename them, the stock tokenizer is
 * used and only speed is lost.
 */
import { QuoteType, Tokenizer } from 'htmlparser2';

const LT = 0x3c;
const AMP = 0x26;
const DQ = 0x22;
const SQ = 0x27;
/** htmlparser2's `QuoteType.Double` and `QuoteType.Single`. */
const QUOTE_DOUBLE = 3;
const QUOTE_SINGLE = 2;

interface Internals {
  buffer: string;
  index: number;
  offset: number;
  sectionStart: number;
  decodeEntities: boolean;
  xmlMode: boolean;
  cbs: {
    ontext(start: number, endIndex: number): void;
    onclosetag(start: number, endIndex: number): void;
    onattribname(start: number, endIndex: number): void;
    onattribdata(start: number, endIndex: number): void;
    onattribend(quote: number, endIndex: number): void;
  };
  stateBeforeAttributeName(c: number): void;
  fastForwardTo(c: number): boolean;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
  stateInTagName(c: number): void;
  stateInClosingTagName(c: number): void;
  stateInAttributeName(c: number): void;
}

/** A character that starts an attribute name in the stock `stateBeforeAttributeName` (also NaN: never called so). */
const startsAttribute = (c: number): boolean => !(c === 0x3e || c === 0x2f || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d || c !== c);

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
    if (c === LT && this.decodeEntities && !this.xmlMode && this.closingTag()) return;
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
   * A plain end tag, `</name>`, read in one step at its `<` (the stock tokenizer takes five trips
   * through its state machine): the text before it and the end tag go out through the stock
   * callbacks with the stock indices. False, with nothing done, for anything else.
   */
  private closingTag(): boolean {
    const buf = this.buffer;
    const lt = this.index - this.offset;
    if (buf.charCodeAt(lt + 1) !== 0x2f) return false;
    const first = buf.charCodeAt(lt + 2) | 0x20;
    if (first < 0x61 || first > 0x7a) return false; // the stock end tag starts with an ASCII letter
    let end = lt + 3;
    for (; end < buf.length; end++) if (endsTagSection(buf.charCodeAt(end))) break;
    if (buf.charCodeAt(end) !== 0x3e) return false;
    if (this.index > this.sectionStart) this.cbs.ontext(this.sectionStart, this.index);
    this.cbs.onclosetag(lt + 2 + this.offset, end + this.offset);
    this.sectionStart = end + 1 + this.offset;
    this.index = end + this.offset; // the main loop moves past the `>`, in the text state
    return true;
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

  /**
   * The usual attribute, `name="value"` (or single quotes) without an entity in the value, read in
   * one step: the stock tokenizer takes six trips through its state machine for it (name start, name
   * end, `=`, quote, value, closing quote). The callbacks are the stock ones with the same indices;
   * anything else (spaces around `=`, unquoted values, `&` in the value, the end of the buffer)
   * takes the stock path.
   */
  override stateBeforeAttributeName(c: number): void {
    if (!this.decodeEntities || !startsAttribute(c)) { super.stateBeforeAttributeName(c); return; }
    const buf = this.buffer;
    const off = this.offset;
    let start = this.index - off;
    let read = false;
    // The attributes of a tag one after the other while they have this form, one space apart.
    for (;;) {
      let eq = start + 1;
      for (; eq < buf.length; eq++) {
        const d = buf.charCodeAt(eq);
        if (d === 0x3d || endsTagSection(d)) break;
      }
      const quote = buf.charCodeAt(eq + 1); // NaN past the end
      if (buf.charCodeAt(eq) !== 0x3d || (quote !== DQ && quote !== SQ)) break;
      const close = buf.indexOf(quote === DQ ? '"' : "'", eq + 2);
      if (close === -1 || this.nextAmp(eq + 2) < close) break;
      this.cbs.onattribname(start + off, eq + off);
      this.cbs.onattribdata(eq + 2 + off, close + off);
      this.cbs.onattribend(quote === DQ ? QUOTE_DOUBLE : QUOTE_SINGLE, close + 1 + off);
      this.sectionStart = -1;
      this.index = close + off; // the main loop moves past the closing quote
      read = true;
      if (buf.charCodeAt(close + 1) !== 0x20 || !startsAttribute(buf.charCodeAt(close + 2))) return;
      start = close + 2;
      this.index = start + off;
    }
    // Not of that form: the stock state machine, from where the last attribute read here ended.
    if (read) this.index = start + off;
    super.stateBeforeAttributeName(buf.charCodeAt(start));
  }

  override stateInAttributeName(c: number): void {
    if (c === 0x3d || endsTagSection(c)) super.stateInAttributeName(c);
    else this.nameEnd(true);
  }
}

const proto = Tokenizer.prototype as unknown as Record<string, unknown>;
const compatible = ['fastForwardTo', 'stateText', 'handleInAttributeValue', 'stateInTagName', 'stateInClosingTagName', 'stateInAttributeName', 'stateBeforeAttributeName'].every((m) => typeof proto[m] === 'function')
  && QuoteType.Double === QUOTE_DOUBLE && QuoteType.Single === QUOTE_SINGLE;

/** The tokenizer class to hand to htmlparser2's `Parser` (option `Tokenizer`). */
export const FAST_TOKENIZER: TokenizerCtor = compatible ? (FastTokenizer as unknown as TokenizerCtor) : Tokenizer;
