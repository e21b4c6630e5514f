/**
 * React's streaming server rendering (React 18+, Next.js app router) sends a page in pieces: parts
 * that were not ready go out first as a placeholder (`<template id="B:3">` with fallback content such
 * as "Loading paragraph...", or a bare `<template id="P:7">`), and their real content follows at
 * the end of the document in `<div hidden id="S:3">`, moved into place by a small inline script
 * (`$RC` for a boundary, `$RS` for a segment). A browser shows the moved content; a static read sees
 * placeholders in the article and the text in hidden divs. This does the scripts' work on the tree:
 * the segment's children replace its placeholder (and a boundary's fallback), as in the browser.
 */
import { Comment, Element, Text, type Document, type ChildNode } from 'domhandler';
import { elements, insertBefore, removeNode } from './dom.js';

const SEGMENT_ID_RE = /^S:[0-9a-f]+$/;

/** Cheap test on the raw page: only pages with streamed segments are walked. */
export function hasStreamedSegments(html: string): boolean {
  return html.includes('id="S:') && html.includes('<template id="');
}

/** Move every hidden streamed segment into the place of its placeholder. Returns how many moved. */
export function revealStreamedSegments(doc: Document): number {
  const segments: Element[] = [];
  const templates = new Map<string, Element>();
  for (const el of elements(doc)) {
    const id = el.attribs.id;
    if (!id || id.length < 3 || id[1] !== ':') continue;
    if (el.name === 'template' && (id[0] === 'B' || id[0] === 'P')) templates.set(id, el);
    else if (el.name === 'div' && el.attribs.hidden !== undefined && SEGMENT_ID_RE.test(id)) segments.push(el);
  }
  let moved = 0;
  for (const seg of segments) {
    const key = seg.attribs.id!.slice(2);
    const slot = templates.get('P:' + key) ?? templates.get('B:' + key);
    if (!slot || !slot.parent) continue;
    let anchor: ChildNode = slot;
    if (slot.attribs.id![0] === 'B') anchor = boundaryEnd(slot) ?? slot;
    const kids = [...seg.children];
    for (const k of kids) { removeNode(k); insertBefore(k, anchor); }
    if (anchor === slot) removeNode(slot);
    removeNode(seg);
    moved++;
  }
  return moved;
}

/**
 * A boundary's fallback runs from its `<!--$?-->` comment (right before the template) to the matching
 * `<!--/$-->`; it is removed and the end comment returned, before which the content goes. Pages
 * saved without comments have no such range: then the template itself is the anchor and the fallback
 * stays (a "Loading …" line, which the body stage drops as interface).
 */
function boundaryEnd(template: Element): ChildNode | null {
  let start: ChildNode | null = template.prev;
  while (start instanceof Text && !start.data.trim()) start = start.prev;
  if (!(start instanceof Comment) || start.data !== '$?') return null;
  let depth = 0;
  let end: ChildNode | null = null;
  for (let n: ChildNode | null = start.next; n && !end; n = n.next) {
    if (!(n instanceof Comment)) continue;
    if (n.data === '/$') { if (depth === 0) end = n; else depth--; }
    else if (n.data === '$' || n.data === '$?' || n.data === '$!') depth++;
  }
  if (!end) return null;
  for (let n: ChildNode | null = start.next; n && n !== end; ) {
    const next: ChildNode | null = n.next;
    removeNode(n);
    n = next;
  }
  return end;
}
