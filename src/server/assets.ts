/**
 * The reader's only stylesheet, served from /assets/reader.css (CSP `style-src 'self'`: no inline
 * styles, no CDN). Kept in a module rather than a file so the built package carries it without a
 * copy step. No fonts are downloaded: system serif for reading, system sans for chrome and headlines.
 */
export const READER_CSS = `
:root {
  --bg: #fbfaf7; --fg: #1c1b19; --muted: #5f5b53; --rule: #e2ded5; --accent: #a4262c;
  --box: #f2efe7; --mark: #ffe58a; --link: #1f4f8a; --card: #ffffff;
  --serif: "Iowan Old Style", "Charter", "Source Serif Pro", Georgia, "DejaVu Serif", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #161514; --fg: #ebe8e2; --muted: #a9a397; --rule: #34312c; --accent: #f08a80;
    --box: #22201d; --mark: #6b5a12; --link: #9cc3f5; --card: #1d1c1a; }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 1.0625rem/1.6 var(--sans); }
a { color: var(--link); text-underline-offset: 0.15em; }
a:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible, summary:focus-visible {
  outline: 3px solid var(--link); outline-offset: 2px;
}
.skip { position: absolute; left: -999px; top: 0; background: var(--fg); color: var(--bg); padding: .5rem 1rem; z-index: 10; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.skip:focus { left: .5rem; top: .5rem; }
.wrap { max-width: 46rem; margin: 0 auto; padding: 0 1.25rem; }

/* Masthead */
.masthead { border-bottom: 1px solid var(--rule); background: var(--card); }
.masthead .wrap { display: flex; flex-wrap: wrap; align-items: center; gap: .75rem 1.5rem; padding-top: .75rem; padding-bottom: .75rem; }
.brand { font: 800 1.5rem/1 var(--sans); letter-spacing: -0.02em; color: var(--fg); text-decoration: none; }
.brand span { color: var(--accent); }
.masthead nav ul { display: flex; gap: 1.25rem; list-style: none; margin: 0; padding: 0; }
.masthead nav a { color: var(--fg); text-decoration: none; font-weight: 600; font-size: .95rem; }
.masthead nav a:hover, .masthead nav a[aria-current="page"] { text-decoration: underline; text-decoration-color: var(--accent); text-decoration-thickness: 2px; }
.quicksearch { margin-left: auto; display: flex; gap: .4rem; }
.quicksearch input { width: 13rem; }
main { padding: 2rem 0 3rem; }
.site-footer { border-top: 1px solid var(--rule); color: var(--muted); font-size: .85rem; padding: 1.25rem 0 2rem; }

/* Forms */
input[type="text"], input[type="url"], input[type="search"], input[type="date"], textarea, select {
  font: inherit; font-size: 1rem; color: var(--fg); background: var(--card);
  border: 1px solid #b9b3a7; border-radius: 6px; padding: .45rem .6rem; max-width: 100%;
}
textarea { width: 100%; min-height: 12rem; font-family: var(--serif); line-height: 1.5; }
button { font: 600 .95rem var(--sans); color: #fff; background: var(--fg); border: 0; border-radius: 6px; padding: .5rem 1rem; cursor: pointer; }
@media (prefers-color-scheme: dark) { button { color: var(--bg); } }
button:hover { background: var(--accent); }
label { font-weight: 600; display: block; margin-bottom: .3rem; }
.hint { color: var(--muted); font-size: .9rem; margin: .25rem 0 .6rem; }
.panel { background: var(--card); border: 1px solid var(--rule); border-radius: 10px; padding: 1.25rem 1.25rem 1.4rem; margin: 0 0 1.25rem; }
.panel h2 { font-size: 1.15rem; margin: 0 0 .75rem; }
.field { margin-bottom: .9rem; }
.field input[type="url"], .field input[type="text"] { width: 100%; }
.error-box { border-left: 4px solid var(--accent); background: var(--box); padding: .75rem 1rem; margin-bottom: 1.25rem; }
.error-box ul { margin: .4rem 0 0; padding-left: 1.2rem; }

/* Lists of articles */
.page-title { font: 800 1.6rem/1.2 var(--sans); margin: 0 0 1.25rem; letter-spacing: -0.01em; }
.teasers { list-style: none; margin: 0; padding: 0; }
.teaser { padding: 1.1rem 0; border-bottom: 1px solid var(--rule); }
.teaser:first-child { padding-top: 0; }
.teaser h2 { font: 700 1.25rem/1.3 var(--sans); margin: .15rem 0 .35rem; }
.teaser h2 a { color: var(--fg); text-decoration: none; }
.teaser h2 a:hover { text-decoration: underline; }
.teaser p { margin: .2rem 0; font-family: var(--serif); }
.teaser p.kicker { font-family: var(--sans); margin: 0; }
.teaser .snippet { color: var(--fg); }
.byline, .teaser .meta { color: var(--muted); font-size: .85rem; font-family: var(--sans); }
mark { background: var(--mark); color: inherit; padding: 0 .1em; border-radius: 2px; }
.pager { display: flex; justify-content: space-between; margin-top: 1.5rem; font-weight: 600; }
.empty, .muted { color: var(--muted); }
.search-form { display: flex; flex-wrap: wrap; gap: .6rem; align-items: end; margin-bottom: 1.5rem; }
.search-form .q { flex: 1 1 16rem; }
.search-form .q input { width: 100%; }
.search-form details { flex-basis: 100%; }
.search-form details .filters { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: .6rem; }
.search-form details label { font-weight: 500; font-size: .9rem; }

/* The article */
.kicker { font: 700 .85rem/1.3 var(--sans); text-transform: uppercase; letter-spacing: .06em; color: var(--accent); margin: 0 0 .4rem; }
.article h1 { font: 800 clamp(1.75rem, 1.2rem + 2.4vw, 2.55rem)/1.15 var(--sans); letter-spacing: -0.015em; margin: 0 0 .9rem; }
.lead { font: 600 1.2rem/1.5 var(--sans); margin: 0 0 1rem; }
.article .byline { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding: .55rem 0; margin: 0 0 1.5rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
.byline strong { color: var(--fg); font-weight: 700; }
figure { margin: 0 0 1.75rem; }
figure img { display: block; width: 100%; height: auto; border-radius: 4px; background: var(--box); }
figure.no-image { border-left: 3px solid var(--rule); padding-left: .8rem; }
figure.no-image figcaption { margin-top: 0; }
figcaption { font-size: .875rem; line-height: 1.45; color: var(--muted); margin-top: .5rem; }
.credit { display: inline-block; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; margin-left: .35rem; }
.keypoints { background: var(--box); border-left: 4px solid var(--accent); border-radius: 0 8px 8px 0; padding: 1rem 1.25rem 1.05rem; margin: 0 0 2rem; }
.keypoints h2 { font: 800 1rem/1.3 var(--sans); margin: 0 0 .55rem; }
.keypoints ul { margin: 0; padding-left: 1.1rem; }
.keypoints li { margin: .35rem 0; font: 500 1rem/1.45 var(--sans); }
.keypoints li::marker { color: var(--accent); }
.body { font: 1.125rem/1.7 var(--serif); }
.body p { margin: 0 0 1.15rem; }
.body h2 { font: 750 1.3rem/1.3 var(--sans); margin: 2rem 0 .6rem; }
.body h3 { font: 700 1.1rem/1.3 var(--sans); margin: 1.6rem 0 .5rem; }
.body blockquote { margin: 1.5rem 0; padding: .2rem 0 .2rem 1.1rem; border-left: 3px solid var(--rule); font-style: italic; }
.body blockquote footer { font: .9rem var(--sans); font-style: normal; color: var(--muted); }
.body ul, .body ol { padding-left: 1.4rem; margin: 0 0 1.15rem; }
.table-wrap { overflow-x: auto; margin: 0 0 1.25rem; }
.body table { border-collapse: collapse; font: .95rem/1.4 var(--sans); }
.body td, .body th { border: 1px solid var(--rule); padding: .35rem .6rem; text-align: left; vertical-align: top; }
.embed { font: .95rem var(--sans); background: var(--box); padding: .6rem .9rem; border-radius: 6px; }
.article-footer { border-top: 1px solid var(--rule); margin-top: 2.25rem; padding-top: 1rem; font-size: .95rem; }
.article-footer p { margin: .35rem 0; }
.article-footer ul { margin: .35rem 0; padding-left: 1.2rem; }
.notes { color: var(--muted); font-size: .85rem; margin-top: 1.25rem; }
.notes summary { cursor: pointer; }

@media (max-width: 34rem) {
  body { font-size: 1rem; }
  .masthead .wrap { gap: .5rem 1rem; }
  .masthead nav ul { gap: 1rem; }
  main { padding-top: 1.25rem; }
  .quicksearch { margin-left: 0; width: 100%; }
  .quicksearch input { flex: 1; width: auto; }
  .body { font-size: 1.0625rem; }
  .lead { font-size: 1.1rem; }
}
@media print {
  .masthead, .site-footer, .quicksearch { display: none; }
  body { background: #fff; color: #000; }
}
`;

/** A small SVG mark for the tab: a dot, "auf den Punkt". */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="9" fill="#a4262c"/></svg>`;
