/**
 * The words people keep using in free text: survey comments, ticket subjects for the weekly
 * problem report. Works for English (words between spaces) and Chinese (no spaces; see
 * han-words.ts), also mixed in one comment.
 */
import { type HanSplitter, splitHan } from './han-words';

export interface KeywordCount {
  readonly keyword: string;
  /** How many of the texts use it (a comment repeating a word counts once). */
  readonly count: number;
}

const ENGLISH_STOP_WORDS = new Set(
  (
    'a about after again all also always am an and any are as at be been before being but by can could did do ' +
    'does doing dont down during each for from get got had has have having he her here him his how i if ' +
    'in into is it its just me more most my no not now of off on once only or other our out over own ' +
    'please really same she should so some still such than that the their them then there these they ' +
    'this those through to too under until up us very was we were what when where which while who why ' +
    'will with would yes you your'
  ).split(' '),
);

/** Han characters in a row, or a run of other letters and digits (an English word). */
const PIECES = /(\p{Script=Han}+)|((?:[^\P{L}\p{Script=Han}]|\p{N})+)/gu;

/** "logins" → "login", "replies" → "reply", "crashes" → "crash"; "status" and "process" stay. */
function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

function englishWord(word: string): string | null {
  if (word.length < 2 || /^\p{N}+$/u.test(word) || ENGLISH_STOP_WORDS.has(word)) return null;
  return singular(word);
}

/** The keyword candidates of one text, in order, repeats kept. */
export function keywordsOf(text: string, hanWords: HanSplitter = splitHan): string[] {
  const plain = text.normalize('NFKC').toLowerCase().replace(/['’]/g, '');
  return [...plain.matchAll(PIECES)].flatMap(([, han, other]) => {
    if (han) return hanWords(han);
    const word = englishWord(other!);
    return word ? [word] : [];
  });
}

/**
 * Each text's distinct keywords, kept: the daily job counts the same comments by month and by
 * quarter. Only with the built-in splitter (a test's own splitter would give other words); emptied
 * when full, so memory stays bounded.
 */
const distinctWords = new Map<string, readonly string[]>();
const KEEP_AT_MOST = 100_000;

function distinctKeywords(text: string, hanWords: HanSplitter | undefined): readonly string[] {
  if (hanWords) return [...new Set(keywordsOf(text, hanWords))];
  let words = distinctWords.get(text);
  if (words === undefined) {
    if (distinctWords.size >= KEEP_AT_MOST) distinctWords.clear();
    words = [...new Set(keywordsOf(text))];
    distinctWords.set(text, words);
  }
  return words;
}

/** The n keywords used by most texts; ties keep the order in which they first appear. */
export function topKeywords(texts: readonly string[], n: number, hanWords?: HanSplitter): KeywordCount[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of distinctKeywords(text, hanWords)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  // Array sort is stable, so equal counts stay in first-appearance (Map insertion) order.
  return [...counts]
    .map(([keyword, count]) => ({ keyword, count }))
    .sort((a, b) => b.count - a.count)
    .slice(0, n);
}
