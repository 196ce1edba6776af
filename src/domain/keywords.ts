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

/**
 * Words that say nothing about a problem: function words, numbers in words, and the verbs every
 * request uses ("asks", "wants", "shows"), so the report's top words are the things that went wrong.
 */
const ENGLISH_STOP_WORDS = new Set(
  (
    'a about above after again against all already also always am an and another any are arent as ask ' +
    'asked asking asks at back be because been before being below between both but by came can cannot ' +
    'cant come could did didnt do does doesnt doing done dont down during each eight even every few ' +
    'first five for four from further get gets got had has have having he her here hers him his how i ' +
    'if in into is isnt it its just last like lot made make many me more most much my need needed ' +
    'needs next nine no nor not now of off on once one only or other our out over own per please ' +
    'really said same say says second seven she should show showed shown shows since six so some still ' +
    'such ten than that the their them then there these they third this those three through to told ' +
    'too two under until up us very via want wanted wants was wasnt we went were what when where which ' +
    'while who whom why will with within without wont would yes yet you your'
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
