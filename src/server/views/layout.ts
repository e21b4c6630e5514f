/**
 * The page frame every reader page shares: skip link, masthead with navigation and a quick search,
 * one <main>, footer. No script anywhere; the only stylesheet is our own.
 */
import { html, raw } from 'hono/html';

export type Html = ReturnType<typeof html>;
export type Section = 'latest' | 'search' | 'add' | null;

export interface LayoutOptions {
  title: string;
  content: Html;
  section?: Section;
  /** Language of the main content (an article's own), for screen readers and hyphenation. */
  lang?: string | null;
  q?: string;
  description?: string | null;
}

export function layout(o: LayoutOptions): Html {
  const current = (s: Section) => raw(o.section === s ? ' aria-current="page"' : '');
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${o.title} · punkt</title>
${o.description ? html`<meta name="description" content="${o.description}">` : ''}
<link rel="stylesheet" href="/assets/reader.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="masthead">
  <div class="wrap">
    <a class="brand" href="/">punkt<span>.</span></a>
    <nav aria-label="Main">
      <ul>
        <li><a href="/" ${current('latest')}>Latest</a></li>
        <li><a href="/search" ${current('search')}>Search</a></li>
        <li><a href="/add" ${current('add')}>Add a page</a></li>
      </ul>
    </nav>
    ${o.section === 'search' ? '' : html`<form class="quicksearch" role="search" action="/search" method="get">
      <label for="quick-q" class="sr-only">Search the archive</label>
      <input id="quick-q" type="search" name="q" placeholder="Search articles" value="${o.q ?? ''}">
      <button type="submit">Search</button>
    </form>`}
  </div>
</header>
<main id="main" tabindex="-1">
  <div class="wrap"${o.lang ? html` lang="${o.lang}"` : ''}>
${o.content}
  </div>
</main>
<footer class="site-footer">
  <div class="wrap">punkt — news pages auf den Punkt. Articles are shown as extracted; the original is always linked.</div>
</footer>
</body>
</html>`;
}
