/**
 * Vocabularies and thresholds of the HTML pipeline, as data. Stages import from here; no stage holds
 * its own word lists. Patterns are matched against lower-cased `class` + `id` strings or against
 * collapsed text. Languages: de (incl. CH/AT), en, fr, it.
 *
 * Calibration: thresholds marked "calibrated" were set as a set against the development benchmark
 * sets (scrapinghub, trafilatura-dev, wcxb-articles-dev; `npm run bench`) and the fixtures, never for
 * a single page; don't tune one value in isolation.
 */
import { isWhiteSpace } from '../nlp/chars.js';

/** Elements dropped before anything else: never content. */
export const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'link', 'meta', 'object', 'embed', 'canvas', 'map',
  'button', 'input', 'select', 'textarea', 'option', 'label', 'form', 'dialog', 'nav', 'menu', 'svg', 'math',
]);

/** Kept for the embed stage, then dropped. */
export const EMBED_TAGS = new Set(['iframe', 'video', 'audio', 'amp-iframe', 'amp-youtube', 'amp-twitter', 'amp-instagram']);

/**
 * class/id fragments marking boilerplate containers, matched at the start of a class/id token.
 * STRONG words name things that are never the article (comments, share bars, ads, related teasers):
 * such containers go unless they hold the page's headline or a known body container.
 * WEAK words name layout that sometimes wraps the article (sidebar, widget, hidden, tags): such
 * containers go only when they carry little of the page's prose.
 */
const STRONG_BOILERPLATE_WORDS = [
  'share', 'sharing', 'social', 'sociallinks', 'socialbar', 'shariff', 'addthis', 'sharebar',
  'comment', 'kommentar', 'disqus', 'discussion', 'respond', 'reply',
  'newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'abo-', 'abonnieren', 'paywall-', 'paywall_', 'regwall', 'registration-wall', 'plus-teaser', 'premium-teaser',
  'cookie', 'consent', 'gdpr', 'privacy-banner',
  'related', 'recommend', 'empfehlung', 'mehr-zum-thema', 'more-stories', 'morestories', 'read-more', 'readmore', 'also-read', 'weiterlesen', 'outbrain', 'taboola', 'plista', 'ligatus',
  'teaser', 'promo', 'sponsored', 'native-ad', 'nativead', 'ad-label', 'ad-box', 'adbox', 'advert', 'advertisement', 'ad-slot', 'adslot', 'ad-container', 'ad-wrapper', 'adunit', 'ad-unit', 'dfp', 'gpt-ad', 'werbung', 'anzeige',
  'breadcrumb', 'pagination', 'pager', 'skip-link', 'skiplink', 'jump-link',
  'author-bio', 'authorbio', 'author-box', 'authorbox', 'about-author', 'author-info', 'autorenbox', 'bio-box',
  'saboxplugin', 'author-summary', 'about-the-author', 'author-card', 'author-profile', 'author-description', 'author-details',
  'gallery-teaser', 'bilderstrecke', 'slideshow-teaser', 'most-read', 'mostread', 'meistgelesen', 'trending', 'toplist',
  'rating', 'vote', 'poll', 'survey', 'feedback', 'login',
  // Form plugins whose <form> went in removeUnwanted but whose prompts and messages stay (Gravity
  // Forms, Webflow, WPForms, Mailchimp, HubSpot, opt-in boxes), and call-to-action boxes.
  'gform', 'w-form', 'wpforms', 'mc4wp', 'mc_embed_signup', 'mailchimp', 'hbspt-form', 'hs-form', 'optin', 'cta',
];
const WEAK_BOILERPLATE_WORDS = [
  'sidebar', 'side-bar', 'widget-area', 'banner', 'footer', 'site-footer', 'masthead', 'site-header', 'topbar', 'navbar', 'navigation', 'nav-', 'menu', 'toolbar',
  'galerie', 'popular', 'print-only', 'visually-hidden', 'sr-only', 'screen-reader', 'screen-reader-text', 'offscreen', 'modal', 'overlay', 'popup', 'lightbox',
  'tags', 'tag-list', 'taglist', 'keywords', 'topics-list', 'schlagworte', 'print', 'search',
  'messagebox', 'message-box', 'notification', 'toast', 'flash-message',
];

const wordsRe = (words: string[]): RegExp => new RegExp('(?:^|[\\s_:-])(?:' + words.map((w) => w.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&')).join('|') + ')');
export const STRONG_BOILERPLATE_RE = wordsRe(STRONG_BOILERPLATE_WORDS);
const WEAK_SET = new Set(WEAK_BOILERPLATE_WORDS.map((w) => w.replace(/-$/, '')));
/**
 * Weak words count only at the start or the end of a class token ("sidebar", "sidebar-left",
 * "left-sidebar"), not in the middle ("elementor-widget-wrap", "page-with-sidebar-layout"):
 * framework classes carry layout words in the middle of everything, content included.
 */
export function weakBoilerplate(classIdString: string): boolean {
  // Tokens are cut at whitespace runs and parts at "-"/"_" runs by index, not with split(): no
  // arrays of parts per class token (asked for every distinct class string of a page).
  const s = classIdString;
  for (let i = 0; i < s.length;) {
    if (isWhiteSpace(s.charCodeAt(i))) { i++; continue; }
    let end = i;
    while (end < s.length && !isWhiteSpace(s.charCodeAt(end))) end++;
    if (weakToken(s, i, end)) return true;
    i = end;
  }
  return false;
}

/** The token s[from, to): itself, its first or last part, or its first or last two parts joined with "-". */
function weakToken(s: string, from: number, to: number): boolean {
  const tok = s.slice(from, to);
  if (WEAK_SET.has(tok)) return true;
  // The first separator run [a1, b1) and the last one [a2, b2).
  let a1 = from;
  while (a1 < to && !isPartSeparator(s.charCodeAt(a1))) a1++;
  if (a1 === to) return false; // one part
  let b1 = a1;
  while (b1 < to && isPartSeparator(s.charCodeAt(b1))) b1++;
  let b2 = to;
  while (b2 > from && !isPartSeparator(s.charCodeAt(b2 - 1))) b2--;
  let a2 = b2;
  while (a2 > from && isPartSeparator(s.charCodeAt(a2 - 1))) a2--;
  if (WEAK_SET.has(s.slice(from, a1)) || WEAK_SET.has(s.slice(b2, to))) return true;
  if (a1 === a2) return false; // two parts
  // Three or more parts: the second part ends at the next separator run, the one but last starts after the previous.
  let e2 = b1;
  while (!isPartSeparator(s.charCodeAt(e2))) e2++;
  let s2 = a2;
  while (!isPartSeparator(s.charCodeAt(s2 - 1))) s2--;
  return WEAK_SET.has(s.slice(from, a1) + '-' + s.slice(b1, e2)) || WEAK_SET.has(s.slice(s2, a2) + '-' + s.slice(b2, to));
}

const isPartSeparator = (c: number): boolean => c === 45 || c === 95; // "-", "_"


/** Tokens that make an element *content* despite a boilerplate word ("article-share" is still boilerplate, but "article-body" is not). */
export const CONTENT_HINT_RE = /(^|[\s_-])(article|story|post|entry|content|text|body|main|artikel|beitrag|inhalt|richtext|rich-text|prose|paragraph)(-?body|-?content|-?text|-?inner|-?main)?($|[\s_-])/;


/** class/id words that never mark boilerplate even though they contain a boilerplate word. */
/** (Tokens such as "regwalled"/"paywalled" mark the article text behind a wall, not a wall prompt: the text is in the page.) */
export const BOILERPLATE_EXCEPTIONS_RE = /(^|\s)(article-?body|story-?body|post-?body|entry-?content|article-?content|articlebody|main-?content|page-?content|content-?body|has-sidebar|with-sidebar|no-sidebar|sidebar-layout|hentry|ad-?free|shadow|header-image|commentary|menu-item-object|body-text|regwalled|paywalled|metered)($|\s)/;

/** Positive content hints for candidate scoring (class/id). Weighted like Readability's. */
export const POSITIVE_RE = /article|body|content|entry|hentry|main|page|post|text|blog|story|artikel|beitrag|inhalt|richtext|prose|detail/;
export const NEGATIVE_RE = /hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|social|newsletter|navigation|breadcrumb|cookie|consent/;

/** Any class name holding "caption" or "credit" (a looser test than CAPTION_CLASS_RE/CREDIT_CLASS_RE below):
 * what marks a figure holder, or a short line or lead candidate as part of a figure. */
export const CAPTION_OR_CREDIT_RE = /caption|credit/;
/** (A constant, not a literal in the test: a literal is a new RegExp object on every call, once per element of a page.) */
const BODY_CLASS_RE = /(^|\s)(article-?body|articlebody|article__body|story-?body|story__body|post-?body|entry-content|post-content|article-content|article__content|article-text|articletext|story-content|story-text|body-text|text-body|artikel-text|artikeltext|article-main|news-text|newstext|c-article-body|rich-text|richtext|field--name-body|td-post-content|single-content|post-entry|blog-post-body|elementor-widget-theme-post-content)($|\s)/;
/** Well-known containers of the article body, tried first (in order). */
export const BODY_SELECTORS: Array<(cls: string, el: { name: string; attribs: Record<string, string> }) => boolean> = [
  (_c, el) => el.attribs.itemprop === 'articleBody',
  (c) => BODY_CLASS_RE.test(c),
];

/** Headings that introduce teasers/galleries of OTHER content (the whole section goes). Lower-case, compared on collapsed text. */
export const TEASER_HEADINGS: Record<string, string[]> = {
  de: [
    'die bilder des tages', 'bilder des tages', 'mehr zum thema', 'das könnte dich auch interessieren', 'das könnte sie auch interessieren',
    'das könnte dich interessieren', 'das könnte sie interessieren', 'auch interessant', 'weitere artikel', 'weitere themen', 'ähnliche artikel', 'verwandte artikel',
    'meistgelesen', 'meist gelesen', 'am meisten gelesen', 'top-artikel', 'neueste artikel', 'aktuelle nachrichten', 'mehr aus', 'mehr aus dem ressort', 'mehr zu',
    'lesen sie auch', 'lies auch', 'auch lesenswert', 'empfehlungen', 'unsere empfehlungen', 'videos', 'video des tages', 'kommentare', 'leserkommentare',
    'newsletter', 'jetzt abonnieren', 'top-news', 'topnews', 'news', 'schlagzeilen', 'weitere meldungen', 'andere leser interessierten sich auch für',
    'zum thema', 'dazu passend', 'passend zum thema', 'bildstrecke', 'bildergalerie', 'fotostrecke', 'galerie', 'mehr videos', 'beliebte artikel', 'empfohlene artikel',
    'über den autor', 'über die autorin', 'zur person', 'autoren', 'autorinnen', 'autor:innen', 'autor*innen', 'autor_innen', 'über die autoren', 'weiterführende informationen', 'weiterführende links', 'weitere informationen zum thema', 'meist gelesene artikel', 'meistgelesene artikel',
    'schon gelesen', 'noch mehr infos für dich', 'ähnliche beiträge', 'verwandte beiträge', 'neueste beiträge', 'letzte beiträge', 'neue beiträge', 'beliebte beiträge', 'kategorien', 'archiv', 'archive',
    'schlagwörter', 'schlagworte', 'tags', 'teilen', 'diesen artikel teilen', 'artikel teilen', 'kommentar schreiben', 'kommentar verfassen', 'hinterlasse einen kommentar', 'schreibe einen kommentar', 'antworten',
    'zum weiterlesen', 'lust auf mehr', 'das könnte ihnen auch gefallen', 'das könnte dir auch gefallen', 'auch interessant für dich', 'weitere nachrichten', 'weitere news', 'top themen', 'themen', 'aktuelle beiträge', 'pressemitteilungen',
  ],
  en: [
    'related', 'related stories', 'related articles', 'related content', 'related coverage', 'related topics', 'more stories', 'more from', 'more on this story', 'more on this topic',
    'read more', 'read next', 'recommended', 'recommended for you', 'you may also like', 'you might also like', 'most read', 'most popular', 'trending', 'top stories',
    'latest news', 'latest stories', 'editor\'s picks', 'editors\' picks', 'also read', 'see also', 'comments', 'popular', 'around the web',
    'sign up for our newsletter', 'newsletter', 'follow us', 'share this', 'share this article', 'pictures of the day', 'in pictures', 'more galleries', 'watch more',
    'about the author', 'about the authors', 'authors', 'the author', 'leave a reply', 'leave a comment', 'recent posts', 'related posts', 'popular posts', 'categories', 'archives', 'tags', 'you may also be interested in',
    'more articles', 'further reading', 'keep reading', 'read this next', 'up next', 'what to read next', 'explore further', 'more from this author', 'trending now',
    'also in the news', 'related news', 'recommended stories', 'recommended articles', 'more articles you might enjoy', 'articles you might enjoy', 'you might also enjoy', 'you may also enjoy',
  ],
  fr: [
    'à lire aussi', 'a lire aussi', 'lire aussi', 'sur le même sujet', 'sur le meme sujet', 'les plus lus', 'articles les plus lus', 'à voir aussi', 'a voir aussi',
    'nos recommandations', 'vous aimerez aussi', 'vous pourriez aussi aimer', 'dans la même rubrique', 'commentaires', 'les images du jour', 'en images', 'à découvrir',
    'l\'auteur', 'l’auteur', 'à propos de l\'auteur', 'à propos de l’auteur',
  ],
  it: [
    'leggi anche', 'potrebbe interessarti', 'ti potrebbe interessare', 'articoli correlati', 'notizie correlate', 'i più letti', 'più letti', 'più lette', 'altre notizie',
    'ultime notizie', 'commenti', 'le foto del giorno', 'foto del giorno', 'gallery', 'video correlati', 'dello stesso autore', 'potrebbe interessarti anche',
    'l\'autore', 'l’autore', 'sull\'autore', 'sull’autore',
  ],
};

/** Headings of the page's own key-point box, kept out of the body as `summaryBox`. */
export const SUMMARY_BOX_HEADINGS: Record<string, string[]> = {
  de: ['auf den punkt gebracht', 'darum gehts', 'darum geht\'s', 'darum geht es', 'das wichtigste in kürze', 'das wichtigste in kuerze', 'das wichtigste', 'auf einen blick', 'in kürze', 'kurz und knapp', 'zusammenfassung', 'die wichtigsten punkte', 'das wichtigste im überblick', 'kurz erklärt', 'in aller kürze', 'das müssen sie wissen', 'das musst du wissen', 'zusammengefasst'],
  en: ['key points', 'key takeaways', 'takeaways', 'at a glance', 'in brief', 'the big picture', 'summary', 'what you need to know', 'tl;dr', 'tldr', 'quick read', 'the essentials', 'highlights', 'story highlights'],
  fr: ['l\'essentiel', 'l’essentiel', 'en bref', 'ce qu\'il faut retenir', 'ce qu’il faut retenir', 'à retenir', 'a retenir', 'en résumé', 'les points clés', 'points clés'],
  it: ['in breve', 'in sintesi', 'i punti chiave', 'punti chiave', 'l\'essenziale', 'l’essenziale', 'da sapere', 'cosa sapere'],
};

/** class/id marks of a summary box container. */
export const SUMMARY_BOX_CLASS_RE = /(^|[\s_-])(summary|key-?points|keypoints|takeaways|highlights|darum-?gehts|auf-?den-?punkt|das-?wichtigste|in-?kuerze|tldr|essentiel|factbox|fact-box|infobox-summary|article-summary|story-highlights)($|[\s_-])/;

/** Short lines inside the content that are interface, not prose (compared lower-cased, whole text). */
export const UI_LINES: string[] = [
  'teilen', 'share', 'tweet', 'drucken', 'print', 'e-mail', 'email', 'mail', 'kommentieren', 'kommentare', 'comments', 'merken', 'speichern', 'save', 'copy link', 'link kopieren',
  'gehe zur galerie', 'zur galerie', 'zur bildergalerie', 'alle bilder', 'weiterlesen', 'mehr lesen', 'read more', 'continue reading', 'lire la suite', 'leggi tutto', 'leggi di più',
  'anzeige', 'werbung', 'advertisement', 'sponsored', 'publicité', 'pubblicità', 'ad', 'scroll to continue with content', 'artikel anhören', 'listen to this article', 'audio',
  'text size', 'textgröße', 'schriftgrösse', 'schriftgröße', 'zurück', 'back', 'nach oben', 'back to top', 'top', 'schliessen', 'schließen', 'close', 'mehr', 'more', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'telegram', 'pinterest', 'reddit', 'flipboard', 'xing',
  'folgen', 'follow', 'abonnieren', 'subscribe', 'jetzt abonnieren', 'loading', 'laden', 'wird geladen', 'video', 'foto', 'bild', 'image', 'photo', 'zoom', 'vergrößern', 'vollbild',
];

const MONTH_RE = String.raw`(?:jan(?:uar|uary|vier)?|jän(?:ner)?|feb(?:ruar|ruary)?|fév(?:rier)?|mär(?:z)?|mar(?:ch|s|zo)?|apr(?:il|ile)?|avr(?:il)?|mai|may|maggio|jun[ie]?|juin|giugno|jul[iy]?|juil(?:let)?|luglio|aug(?:ust)?|août|agosto|sep(?:t|tember|tembre)?|settembre|okt(?:ober)?|oct(?:ober|obre)?|ottobre|nov(?:ember|embre)?|dez(?:ember)?|dec(?:ember)?|déc(?:embre)?|dicembre)\.?`;

/** Line patterns that are interface even inside content: counters ("1/64"), "Bild 3 von 12", timestamps on their own. */
export const UI_LINE_RES: RegExp[] = [
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
  /^(bild|foto|image|photo|slide)\s+\d+\s+(von|of|de|di)\s+\d+$/i,
  /^(share|teilen|partager|condividi)( (on|auf|sur|su) \w+)?$/i,
  /^\(?\d+\)?\s*(kommentare?|comments?|commentaires?|commenti)$/i,
  /^(lesezeit|reading time|temps de lecture|tempo di lettura)\s*:?\s*\d+\s*(min|minuten|minutes|minuti)\.?$/i,
  /^\d+\s*(min|minuten|minutes|minuti)\.?\s*(lesezeit|read|de lecture|di lettura)?$/i,
  /^(foto|bild|photo|image|video)\s*:?$/i,
  /^dieses thema im programm\b/i,
  /^((diese )?seite|(den |diesen )?artikel|(den |diesen )?beitrag|news|post|page|story|this (article|story|page|post))?\s*(teilen|share|partager|condividi)\s*[:!]?$/i,
  /^(möchten sie|willst du|want to) .{0,40}(teilen|share)\?$/i,
  /^be sociable,? share!?$/i,
  // "Folgen Sie uns auf Twitter / Liken Sie uns auf Facebook", "Follow us on Instagram": social calls.
  /^(?:(?:folgen|liken|abonnieren|besuchen)\s+sie\s+uns|folg(?:e|t)\s+uns|follow us|like us|suivez-nous|seguici)\b.{0,25}(?:facebook|twitter|instagram|linkedin|youtube|tiktok|x|mastodon|threads)(?:\s+(?:(?:folgen|liken)\s+sie\s+uns|follow us|like us)\b.{0,20}(?:facebook|twitter|instagram|linkedin|youtube|tiktok))?\.?$/i,
  /^(print|drucken|imprimer|stampa)( this)?( article| artikel| page)?\s*[|·•]?\s*(share|teilen|partager|condividi)\b.{0,30}$/i,
  /^(print|drucken|imprimer|stampa)( (recipe|rezept|this page|page|seite|article|artikel))?$/i,
  /^(kommentare?|comments?) (sind |are )?(geschlossen|deaktiviert|closed|disabled)\.?$/i,
  /^(categories|category|kategorien|kategorie|tags|schlagwörter|schlagworte|themen|temas( relacionados)?|veja também|leia também|siehe auch|see also|mots-clés|argomenti)\s*:?$/i,
  /^(weiterführende?r? links?|weitere informationen|weiterführende informationen|more information|further information|plus d'informations|maggiori informazioni)\s*:?$/i,
  /^(beitragsbild|titelbild|headerbild|symbolbild|aufmacherbild|featured image|image d'illustration)\s*:?.{0,80}$/i,
  /^(crédits? photos?|photo credits?|bildnachweis|fotonachweis|bildquellen?|image credits?|credits?)\s*:/i,
  /^\d{1,2}[:.]\d{2}(\s*(uhr|h))?$/i,
  // A line that is only a date (and time): "26.01.2022", "31. Mai", "18th Dec 2025", "January 13, 2020 4:05 pm".
  new RegExp(String.raw`^(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\.?\s+${MONTH_RE}(\s+\d{4})?|${MONTH_RE}\s+\d{1,2}(st|nd|rd|th)?,?(\s+\d{4})?)(,?\s*(um\s+|at\s+)?\d{1,2}[:.]\d{2}(\s*(uhr|h|am|pm))?)?$`, 'iu'),
  /^(mehr|more|plus|altro) (zum thema|on this|sur ce sujet|su questo)\b.{0,40}$/i,
  // Social calls in Spanish/Portuguese too ("Síguenos en Telegram, Instagram, Facebook y Twitter").
  /^(?:s[ií]guenos|siga-nos|seguinos)\b.{0,20}(?:facebook|twitter|instagram|telegram|youtube|tiktok|whatsapp)\b.{0,60}$/i,
  // Comment interface: "Kommentare schreiben", "View Comments", "Leave a comment".
  /^(kommentare? (schreiben|verfassen|anzeigen|lesen)|kommentieren|view( all)? comments|show comments|leave a (comment|reply)|écrire un commentaire|commenta)\s*[:!]?$/i,
  // Sponsorship disclosures printed above a post ("Anzeige, enthält Affiliate Links", "*Werbung. Dieser Beitrag enthält Werbung für …").
  /^\*?\s*(anzeige|werbung|advertisement|sponsored|publicité|pubblicità)\s*[.,:–-]\s*.{0,20}(enthält|contains|beinhaltet|affiliate|werbung|sponsored|partnerlinks?)\b.{0,100}$/i,
  /^(this (post|article|page) (contains|may contain) (affiliate links|references to products))\b.{0,200}$/i,
  // Download links and embed placeholders: "Dieses Skript als PDF herunterladen", "PDF", "Externer Inhalt".
  /^(.{0,40}\s)?(als )?pdf( herunterladen| download(en)?| \(\d+[,.]?\d* ?[km]b\))?$/i,
  /^(externer inhalt|external content|contenu externe|contenuto esterno)$/i,
  // App and edition prompts: "For the latest stories … download the … apps for iOS and Android", "Subscribe now to our e-edition …".
  /\bdownload (the|our) .{0,40}\bapps?\b.{0,30}\b(ios|android)\b/i,
  /^subscribe (now|today) to (our|the)\b.{0,80}$/i,
  // Category lines and bare stamp labels: "Kategorie: News", "Release Date:", "Last Modified:".
  /^(kategorie|category|rubrik|ressort|rubrique|categoria)\s*:\s*\S.{0,40}$/i,
  /^(last modified|last updated|release date|veröffentlichung|veröffentlicht|publiziert|published|posted|datum|date)\s*:?$/i,
  // Placeholders of content loaded by script: "Loading paragraph...", "Wird geladen …", "Chargement…".
  /^(loading|laden|wird geladen|lädt|chargement|caricamento|cargando)(\s+\p{L}+){0,2}\s*(\.\.\.|…)$/iu,
  // Bare credit labels whose name sits in the next element: "Written by", "Edited by:", "Fact-checked by".
  /^((written|edited|reviewed|fact[- ]?checked|medically reviewed|illustrated|photographed|produced) by|(geschrieben|redigiert|geprüft) von|(écrit|rédigé) par|(scritto|a cura) (da|di))\s*:?$/i,
  // Credit-only lines: "iStock.com", "Photograph by".
  /^(istock(photo)?|getty images|shutterstock|adobe stock|imago( images)?|keystone|unsplash|pixabay)(\.com)?(\s*\/\s*\S+)?$/i,
  /^(photograph|photo|foto|bild|image) (by|von|de|di)$/i,
  // Newsletter prompts: "Zum Newsletter anmelden", "Jetzt für den Newsletter registrieren".
  /^((jetzt )?(zum|für den) newsletter (anmelden|registrieren)|sign up (for|to) (our|the) newsletter|abonnez-vous à (la|notre) newsletter|iscriviti alla newsletter)\b.{0,40}$/i,
];

/**
 * The label of a table of contents ("Table of Contents", "In this article", "Inhaltsverzeichnis",
 * "Sommaire", "Indice"), with its show/hide toggle: interface of the page, never part of the text
 * (the entries themselves go as a link list). Dropped as a paragraph and as a heading.
 */
export const TOC_LABEL_RE = /^(table of contents|contents|in this (article|post|guide)|on this page|jump to section|inhaltsverzeichnis|inhalt|in diesem artikel|sommaire|table des matières|dans cet article|indice|indice dei contenuti|in questo articolo)\s*(\[?(hide|show|toggle|verbergen|anzeigen|ausblenden|einblenden|masquer|afficher|nascondi|mostra)\]?\s*|[▼▲▾▴▸►+−-]\s*)*:?$/i;

/**
 * Labels of a link box ("Links:", "Weblinks", "External links", "Liens utiles"): a list of links to
 * other sites under such a label is the page's link box, not part of the article's text.
 */
export const LINK_BOX_LABEL_RE = /^(links|weblinks|externe links|nützliche links|external links|useful links|helpful links|related links|liens( utiles| externes)?|link (utili|esterni))\s*:?$/i;

/** Paragraph starts that announce links to other stories inside the body ("Lesen Sie auch: …"). Such paragraphs go when they are mostly links. */
export const INLINE_TEASER_RE = /^(lesen sie auch|lies auch|lesen sie mehr|mehr zum thema|auch interessant|zum thema|siehe auch|read more|read also|also read|see also|related|à lire aussi|lire aussi|a lire aussi|leggi anche|vedi anche)\b\s*:?/i;

/** Legal and syndication boilerplate that sits inside article bodies. */
export const LEGAL_RES: RegExp[] = [
  /^(©|\(c\)|copyright)\s.{0,120}(all rights reserved|alle rechte vorbehalten|tous droits réservés|tutti i diritti riservati)\.?$/i,
  /\b(this (document|article|material|story) (is subject to copyright|may not be (re)?published|is the copyrighted property)|all rights reserved\. this material may not be)/i,
  /^citation\s*:\s/i,
  /^(dieser (artikel|beitrag) (darf|ist urheberrechtlich))/i,
  /^(alle angaben ohne gewähr|angaben ohne gewähr|irrtümer vorbehalten|sous réserve d'erreurs|salvo errori)\.?$/i,
];

/** Paywall prompts: paragraphs that match are removed (and `paywall` is noted). */
export const PAYWALL_RE = /(jetzt (weiter|alles) lesen|weiterlesen mit|lesen sie jetzt weiter|dieser artikel ist (nur )?für abonnenten|exklusiv für abonnenten|mit (einem )?abo (weiterlesen|lesen)|jetzt abonnieren|this article is for subscribers|subscribe to (continue|read)|to continue reading|already a subscriber|bereits abonnent|cet article est réservé aux abonnés|réservé aux abonnés|articolo riservato agli abbonati|sei già abbonato|plus-artikel|z\+ \(abo\)|€ im monat|pro monat testen|im ersten monat)/i;

/** Class/id marks of a kicker (Dachzeile/Spitzmarke/overline). */
export const KICKER_CLASS_RE = /(^|[\s_-])(kicker|overline|overtitle|over-title|dachzeile|spitzmarke|topline|top-line|roofline|supertitle|super-title|eyebrow|pretitle|pre-title|surtitle|occhiello|headline-intro|headline__kicker|article-kicker|title-kicker|rubric|subtitle-top|flag)($|[\s_-])/;

/** Class/id marks of a lead/standfirst/dek. */
export const LEAD_CLASS_RE = /(^|[\s_-])(lead|lede|intro|standfirst|stand-first|dek|deck|summary|abstract|teaser-?text|article-?lead|article__lead|article-intro|article__intro|leadtext|lead-text|excerpt|chapeau|chapo|sommario|catenaccio|subheadline|sub-headline|subtitle|sub-title|description|article-description|summary-text)($|[\s_-])/;

/** Class/id marks of a byline. */
export const BYLINE_CLASS_RE = /(^|[\s_-])(byline|by-line|author|authors|autor|autoren|writer|article-author|author-name|authorname|byline-name|contributor|firma|signature)($|[\s_-])/;

/** Icons that mark the author's item in a meta line: Bootstrap "bi-person", Font Awesome "fa-user", "icon-author". */
export const PERSON_ICON_RE = /(^|[\s_-])(person|user|author)($|[\s_-])/;

/** Class/id marks of an image credit. */
export const CREDIT_CLASS_RE = /(^|[\s_-])(credit|credits|copyright|photographer|fotograf|bildquelle|quelle|source|image-source|caption-credit|media-credit|img-credit|photo-credit|imagecredit)($|[\s_-])/;

/** Class/id marks of a caption. */
export const CAPTION_CLASS_RE = /(^|[\s_-])(caption|figcaption|legende|legend|bildunterschrift|image-text|media-caption|wp-caption-text|didascalia)($|[\s_-])/;

/** Class/id marks of a partner/source credit line ("20 Minuten", "dpa"). */
export const SOURCE_CLASS_RE = /(^|[\s_-])(partner|source|quelle|agency|agentur|origin|provenance|syndication|content-source|article-source|article-origin|brand)($|[\s_-])/;

/** Known outlets and agencies that pages credit as the origin of a story. Case-sensitive display forms. */
export const AGENCIES: string[] = [
  'dpa', 'dpa-AFX', 'AFP', 'AP', 'Reuters', 'REUTERS', 'APA', 'SDA', 'Keystone-SDA', 'KNA', 'epd', 'sid', 'SID', 'ANSA', 'AGI', 'Adnkronos', 'Bloomberg', 'DJ', 'Dow Jones',
  'AWP', 'CH Media', 'Tamedia', '20 Minuten', '20 minutes', 'Blick', 'Watson', 'SRF', 'RTS', 'ORF', 'Heute', 'heute.at', 'Der Standard', 'Kurier', 'Krone', 'Spiegel', 'ntv', 'n-tv', 'RND', 'Tagesschau',
  'Associated Press', 'Agence France-Presse', 'Press Association', 'PA', 'PA Media', 'CNN', 'BBC', 'Xinhua', 'Kyodo', 'Yonhap', 'EFE', 'Belga', 'ANP', 'TT', 'NTB', 'Ritzau', 'ČTK',
];

/** Credit markers in captions/credit lines; group 1 of each pattern is the credit. */
export const CREDIT_RES: RegExp[] = [
  /(?:^|\s|\()(?:foto|fotos|bild|bilder|photo|photos|image|images|quelle|source|crédit|credit|credits|crédits|fotografia|immagine)\s*:\s*(.+?)\)?$/i,
  /(?:^|\s)©\s*(.+)$/,
  /(?:^|\s)\(c\)\s*(.+)$/i,
  /(?:^|\s)(?:via|imago\s*\/|getty images via)\s+([A-Z][\w./ -]{1,60})$/,
  /(?:^|\s)(?:copyright)\s+(.+)$/i,
  /(?:^|\s)((?:REUTERS|AFP|AP|EPA|DPA|dpa|KEYSTONE|Keystone|ANSA|APA|GETTY IMAGES|Getty Images|IMAGO|imago|AFP\/Getty Images)(?:\s*\/\s*[\p{L}][\p{L} .'-]{1,40})?)$/u,
  /\s\(((?:Foto|Photo|Bild|Image|Credit)[^()]{1,60}|(?:Ansa|ANSA|Keystone|KEYSTONE|dpa|DPA|AP|AFP|Reuters|REUTERS|APA|EPA|Getty Images|imago|LaPresse|Imagoeconomica)(?:\s*\/\s*[^()]{1,40})?)\)$/u,
];

/** Thresholds (calibrated as a set against the dev benchmarks; see module doc). */
export const THRESHOLDS = {
  /** Below this many characters a block is too short to be content on its own (unless inside a dense body). */
  minParagraphChars: 25,
  /** A container with link density above this and little text is navigation/teasers. */
  maxLinkDensity: 0.5,
  /**
   * A link list inside the body stays when at least this share of its link text goes to other sites
   * (a resource list, courses, products with shop links): navigation and teaser lists link within
   * the site. Set against the development sets; share and follow lists go as interface words.
   */
  minOutwardLinkShare: 0.8,
  /**
   * Teaser cards in the body: at least this many same-class siblings, each at most this long
   * (title, excerpt, date), whose title links within the site. Teaser streams on the development
   * pages hold 6–20 cards of 150–400 characters; three keeps a pair of "previous/next" boxes. A
   * run holding half of the body's text or more is the page's own content and stays.
   */
  minTeaserCards: 3,
  maxTeaserCardChars: 600,
  /** Short lists/blocks with more links than this are link lists. */
  maxLinkDensityShort: 0.33,
  /** Minimum text of the main-content candidate before we fall back. */
  minBodyChars: 250,
  /** Sibling of the top candidate joins when its score is at least this share of the top score. */
  siblingScoreShare: 0.2,
  /** Climb from the best node to its parent when the parent holds this many times its prose… */
  climbProseRatio: 1.4,
  /** …and the parent's link density stays below this. */
  climbMaxLinkDensity: 0.3,
  /** Near-best candidates (share of the top score) that, gathered under one ancestor, make it the body. */
  altCandidateShare: 0.75,
  /**
   * …when that ancestor's link density stays below this. Higher than `climbMaxLinkDensity`: the
   * held candidates vouch for its text. Set against the development sets: 0.4 takes technical
   * reports whose sections list reference links (~0.3); 0.5 takes link-heavy hub pages as well.
   */
  jumpMaxLinkDensity: 0.4,
  /** Maximum characters of a kicker. */
  maxKickerChars: 120,
  /** Maximum characters of a caption credit. */
  maxCreditChars: 120,
  /**
   * A comment-form label ("Kommentar schreiben", "Leave a reply") with at least this much prose
   * before it in its container sits at the foot of the article: only the labelled part is removed,
   * not the container. One short paragraph (~250 characters) is enough to tell an article from a
   * teaser box; set against the development sets.
   */
  minProseBeforeLabel: 250,
  /**
   * The search for a date printed below the headline stops at an element holding at least this much
   * text: that is the article body, and a date after it (a footer's "Rendered: …", a teaser's date)
   * is no longer beside the headline. Bodies on the development pages hold several thousand
   * characters, header blocks (byline, date, dek) a few hundred; 2000 separates them.
   */
  maxNearTitleDateWalkChars: 2000,
  /**
   * A page without any other date is dated by the first date line below its headline within this
   * much text (a dek and a byline row). 300, 600 and 1200 dated the same development pages; a date
   * further down belongs to the body or a teaser.
   */
  maxTextBeforeDateBelowTitle: 600,
};

/**
 * Headline plausibility. Calibrated on the development sets: real headlines in trafilatura-dev and
 * wcxb-articles-dev are at most ~170 characters; og:title fields holding a paragraph run past 200 and
 * contain two or more sentences.
 */
export const TITLE_LIMITS = {
  /** Longer than this is never a headline (a paragraph in a title field or an <h1> around a dek). */
  maxChars: 220,
  /** Two or more sentences and longer than this: a description, not a headline. */
  maxSentenceChars: 120,
};

/**
 * class/id of short elements that hold the article's date ("date", "post-date", "entry-date",
 * "datum", "textbox__box-date", "date-header"). Matched on whole tokens or token parts.
 */
export const DATE_CLASS_RE = /(^|[\s_-])(date|datum|pubdate|published|posted-on|post-date|entry-date|date-header|dateline|timestamp|datetime|publish-date|publication-date|article-date|news-date|meta-date|time-rubric|datestamp|(?:item|post|entry|news|article|publish|created|creation|release|teaser)(?:post)?date)($|[\s_-])/;
