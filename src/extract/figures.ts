/**
 * Images with their caption and credit: <figure>/<figcaption>, <picture>, lazy-loading attributes,
 * AMP images, credit elements and credit phrases in captions ("Foto: APA/…", "© Keystone",
 * "via REUTERS").
 */
import { Element, elements, textOf, classId, collapse } from '../html/dom.js';
import { CREDIT_CLASS_RE, CAPTION_CLASS_RE, CREDIT_RES, THRESHOLDS } from '../rules/html.js';
import type { ImageInfo } from '../model/article.js';

const TINY_RE = /(logo|icon|avatar|sprite|pixel|spacer|blank|placeholder|badge|emoji|tracking|1x1)/i;

export function resolveUrl(src: string | undefined | null, base: string | undefined): string | null {
  if (!src) return null;
  const s = src.trim();
  if (!s || s.startsWith('data:')) return null;
  try {
    const u = base ? new URL(s, base) : new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return /^https?:\/\//i.test(s) ? s : (base ? null : s.startsWith('/') ? s : null);
  }
}

/** The best source of an <img>/<amp-img>/<source>: lazy attributes first, then srcset's largest, then src. */
export function imageSrc(img: Element, base: string | undefined): string | null {
  const a = img.attribs;
  const cand = a['data-src'] ?? a['data-lazy-src'] ?? a['data-original'] ?? a['data-lazy'] ?? a['data-srcset']?.split(',')[0]?.trim().split(/\s+/)[0]
    ?? largestFromSrcset(a.srcset) ?? a.src;
  return resolveUrl(cand, base);
}

function largestFromSrcset(srcset: string | undefined): string | undefined {
  if (!srcset) return undefined;
  let best: string | undefined; let bestW = -1;
  for (const part of srcset.split(/,\s+/)) {
    const [url, w] = part.trim().split(/\s+/);
    const n = w ? parseFloat(w) : 0;
    if (url && n >= bestW) { best = url; bestW = n; }
  }
  return best;
}

export function isTinyImage(img: Element): boolean {
  const a = img.attribs;
  const w = Number(a.width), h = Number(a.height);
  if ((w && w < 100) || (h && h < 60)) return true;
  return TINY_RE.test((a.src ?? '') + ' ' + (a.class ?? '') + ' ' + (a.alt ?? ''));
}

/** "Foto: APA/Georg Hochmuth" → "APA/Georg Hochmuth"; "via REUTERS" → "REUTERS"; "© Keystone" → "Keystone". */
export function cleanCredit(s: string): string {
  return collapse(s).replace(/^(?:(?:foto|fotos|bild|bilder|photo|photos|image|quelle|source|crédit|credit|credits|fotografia)\s*:\s*|©\s*|\(c\)\s*|copyright\s+|via\s+)+/i, '').replace(/^[(\[]|[)\]]$/g, '').trim();
}

/** Split a trailing credit off a caption. */
export function splitCredit(caption: string): { caption: string; credit: string | null } {
  const c = collapse(caption);
  for (const re of CREDIT_RES) {
    const m = re.exec(c);
    if (m && m[1] && m[1].length <= THRESHOLDS.maxCreditChars) {
      const credit = collapse(m[1].replace(/[)\].]+$/, ''));
      const rest = collapse(c.slice(0, m.index).replace(/[(\[|/–-]\s*$/, ''));
      return { caption: rest, credit };
    }
  }
  return { caption: c, credit: null };
}

/** Read a figure-like element into image info. Returns null when it holds no usable image. */
export function readFigure(el: Element, base: string | undefined): ImageInfo | null {
  let img: Element | null = null;
  for (const e of elements(el)) {
    if ((e.name === 'img' || e.name === 'amp-img') && !isTinyImage(e)) { img = e; break; }
  }
  if (!img && (el.name === 'img' || el.name === 'amp-img') && !isTinyImage(el)) img = el;
  let src = img ? imageSrc(img, base) : null;
  if (!src) {
    const source = [...elements(el)].find((e) => e.name === 'source' && (e.attribs.srcset || e.attribs['data-srcset']));
    if (source) src = resolveUrl(largestFromSrcset(source.attribs.srcset ?? source.attribs['data-srcset']), base);
  }
  if (!src) return null;
  let captionText: string | null = null;
  let credit: string | null = null;
  const capEl = [...elements(el)].find((e) => e.name === 'figcaption' || CAPTION_CLASS_RE.test(classId(e)));
  const creditEl = [...elements(el)].find((e) => CREDIT_CLASS_RE.test(classId(e)) && textOf(e).length <= THRESHOLDS.maxCreditChars);
  if (creditEl) credit = cleanCredit(textOf(creditEl));
  if (capEl) {
    let t = textOf(capEl);
    for (const a of elements(capEl)) {
      const at = a.name === 'a' ? textOf(a) : '';
      if (at && /licens|purchase|reprint|buy|kaufen|nutzungsrecht/i.test(at)) t = collapse(t.replace(at, ''));
    }
    if (creditEl) {
      const ct = textOf(creditEl);
      if (ct && t.includes(ct)) t = collapse(t.replace(ct, ''));
    }
    const split = splitCredit(t);
    captionText = split.caption || null;
    if (!credit) credit = split.credit;
  }
  const alt = img ? collapse(img.attribs.alt ?? '') || null : null;
  if (!captionText && img?.attribs.title) captionText = collapse(img.attribs.title);
  return { src, alt, caption: captionText, credit };
}
