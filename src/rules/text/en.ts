/** English vocabulary for text dumps. */
import type { TextLexicon } from './lexicon.js';

export const en: TextLexicon = {
  galleryHeadings: [
    'pictures of the day', 'photos of the day', 'in pictures', 'photo gallery', 'gallery', 'image gallery',
    'slideshow', 'the week in pictures', 'day in photos', 'videos', 'watch',
  ],
  teaserHeadings: [
    'related', 'related articles', 'related stories', 'related content', 'related news', 'read more',
    'more on this story', 'more from', 'more stories', 'most popular', 'most read', 'most viewed',
    'top stories', 'you may also like', 'you might also like', 'recommended', 'recommended for you',
    'also read', 'read next', 'latest news', 'latest stories', 'trending', 'trending now', 'editor’s picks',
    "editor's picks", 'more news', 'popular now', 'what to read next', 'further reading', 'see also',
    'more in', 'up next', 'elsewhere on', 'around the web', 'sponsored', 'sponsored content',
    'most popular videos', 'top news', 'more like this', 'recent posts', 'recent comments', 'recent blog posts',
    'archives', 'categories', 'popular posts', 'related posts', 'you might be interested in', 'more from this author',
  ],
  navigation: [
    'share', 'share this', 'share this article', 'share on facebook', 'share on twitter', 'tweet', 'email',
    'print', 'save', 'comment', 'comments', 'show comments', 'view comments', 'skip to content',
    'skip to main content', 'skip navigation', 'menu', 'search', 'home', 'sign in', 'log in', 'login',
    'sign up', 'subscribe', 'register', 'next', 'previous', 'back to top', 'close', 'open', 'more',
    'read more', 'continue reading', 'show more', 'load more', 'see more', 'view all', 'see all',
    'advertisement', 'advertising', 'ad', 'sponsored', 'follow us', 'follow', 'newsletter',
    'privacy policy', 'terms of use', 'terms of service', 'cookie policy', 'contact us', 'about us',
    'copy link', 'link copied', 'play video', 'watch video', 'listen', 'listen to article',
    'enlarge this image', 'toggle caption', 'hide caption', 'image', 'video', 'media playback is unsupported on your device',
    'go to gallery', 'view gallery', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'reddit', 'pinterest',
    'instagram', 'youtube', 'rss', 'top',
  ],
  summaryHeadings: [
    'key points', 'key takeaways', 'at a glance', 'in brief', 'in short', 'summary', 'the big picture',
    'what you need to know', 'the essentials', 'quick read', 'highlights', 'story highlights', 'tl;dr',
  ],
  updatedStamps: ['updated', 'last updated', 'updated on', 'update', 'last modified', 'modified'],
  publishedStamps: ['published', 'published on', 'posted', 'posted on', 'first published', 'created', 'date'],
  bylinePrefixes: ['by', 'written by', 'words by', 'reporting by', 'story by', 'author:'],
  boilerplate: [
    'cookies', 'cookie policy', 'all rights reserved', 'terms of use', 'privacy policy', 'subscribe now',
    'sign up for', 'newsletter', 'enable javascript', 'javascript is disabled', 'already a subscriber',
    'already have an account', 'to read the full story', 'subscribe to continue', 'log in to continue',
    'this content is for subscribers', 'support our journalism', 'ad blocker', 'adblock',
    'we use cookies', 'accept cookies', 'your browser does not support', 'copyright ©', 'this site uses',
    'click here to', 'sign in to comment', 'follow us on', 'our standards:',
  ],
  paywall: [
    'subscribe to continue', 'to read the full story', 'this content is for subscribers', 'subscribe to read',
    'already a subscriber', 'subscribers only', 'to continue reading', 'this article is for subscribers',
  ],
  endMarkers: [
    'comments', 'leave a comment', 'leave a reply', 'join the conversation', 'discussion', 'comments are closed',
    'post a comment', 'add a comment', 'write a comment', 'show comments', 'view comments', 'reader comments',
    'about the author', 'tags', 'topics', 'filed under',
  ],
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
    july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
    november: 11, nov: 11, december: 12, dec: 12,
  },
};
