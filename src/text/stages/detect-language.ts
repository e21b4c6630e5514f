/**
 * Stage: detect the language (de, en, fr, it) by counting stopwords in the prose-like lines, and
 * mark Swiss German ("de-CH") from cues a Swiss page carries. `options.language` overrides.
 * Other languages and scripts are reported as unsupported, and extraction goes on with generic rules.
 */
import { STRONG_END } from '../../rules/text/common.js';
import { compiledLexicon } from '../../rules/text/index.js';
import type { TextContext } from '../context.js';
import { LANGS, STOP_MASK, countTokens, guessScoringLanguage, wordFilter } from '../cues.js';

/** Swiss cues: francs, cantons, the 20 Minuten "Darum gehts" box. Only used when there is no ß. */
const SWISS = /\bFr\.\s?\d|\bCHF\b|\bDarum gehts\b|\bKantons?\b|\bBundesrat\b|\bNationalrat\b|\bZürich\b|\bSchweiz(?:er)?\b|\bKeystone-SDA\b/u;

/** Guess the language of `text`; null when no known language stands out. */
export function guessLanguage(text: string): string | null {
  const counts: Record<string, number> = {};
  let total = 0;
  const tally = [0, 0, 0, 0];
  total = countTokens(text.toLowerCase(), wordFilter(STOP_MASK), (lw) => {
    const mask = STOP_MASK.get(lw);
    if (mask) for (let b = 0; b < LANGS.length; b++) if (mask & (1 << b)) tally[b]!++;
  });
  LANGS.forEach((l, b) => { counts[l] = tally[b]!; });
  let best: string | null = null;
  let bestN = 0;
  let second = 0;
  for (const l of LANGS) {
    const n = counts[l] ?? 0;
    if (n > bestN) { second = bestN; bestN = n; best = l; } else if (n > second) second = n;
  }
  // stopword lists overlap ("a", "die", "son"); ask for a clear winner and a real share of prose
  if (!best || bestN < 3 || bestN < 0.12 * total || bestN < 1.25 * second) return null;
  return best;
}

/** ~400 words decide the language reliably; more only costs time. */
const SAMPLE_CHARS = 2500;

/** Below this much prose, other lines are added to the sample. */
const MIN_PROSE_SAMPLE = 300;

function collectSample(ctx: TextContext, proseOnly: boolean): string {
  let sample = '';
  for (const u of ctx.units) {
    if (u.dropped) continue;
    if (proseOnly ? !(u.words >= 8 && STRONG_END.test(u.text)) : (u.words < 6 && u.text.length < 30)) continue;
    sample += `${u.text.length > 1000 ? u.text.slice(0, 1000) : u.text}\n`;
    if (sample.length > SAMPLE_CHARS) break;
  }
  return sample;
}

export function detectLanguage(ctx: TextContext): void {
  // prose lines first: menus, widget labels and ad slots are often in another language (English)
  let sample = collectSample(ctx, true);
  if (sample.length < MIN_PROSE_SAMPLE) sample += collectSample(ctx, false);
  let lang = ctx.options.language ?? guessLanguage(sample);
  if (!ctx.options.language) {
    if (lang === 'de' && !sample.includes('ß') && SWISS.test(sample)) lang = 'de-CH';
    if (!lang) {
      const probe = sample.slice(0, 4000);
      const letters = probe.replace(/[^\p{L}]+/gu, '').length;
      const latin = probe.replace(/[^\p{Script=Latin}]+/gu, '').length;
      const script = letters > 0 && latin / letters < 0.5 ? 'a non-Latin script' : 'an unsupported language';
      if (letters > 0) {
        ctx.article.messages.push({
          code: 'unsupported-language',
          message: `The text seems to be in ${script}; language-specific rules (de, en, fr, it) were not applied.`,
        });
      }
    }
  }
  ctx.lang = lang;
  ctx.scoringLang = lang ?? guessScoringLanguage(sample);
  ctx.article.language = lang;
  ctx.lex = compiledLexicon(lang);
}
