/**
 * Words of Chinese text, which has no spaces. Where the runtime segments Chinese by dictionary
 * (Intl.Segmenter with full ICU, as in Node 20 and browsers) its words are used; elsewhere
 * (a runtime without it, or with data too small to know Chinese) overlapping character pairs stand
 * in for words, which still lets a repeated word like 物流 rise to the top.
 */

/** Particles, pronouns and degree words that say nothing about the subject of a comment. */
const STOP_WORDS = new Set(
  (
    '的 了 是 我 很 也 和 就 都 而 及 与 着 或 在 有 不 太 又 还 把 被 给 对 吗 呢 吧 啊 呀 这 那 你 他 她 它 ' +
    '一个 没有 我们 你们 他们 这个 那个 非常 但是 但 因为 所以 如果 还是 就是 比较 有点 一下 一些'
  ).split(' '),
);

/** Longest first, so 我们 is cut out whole rather than leaving 们. */
const STOP_PATTERN = new RegExp([...STOP_WORDS].sort((a, b) => b.length - a.length).join('|'), 'u');

/** Splits one run of Han characters into keyword candidates, stop words left out. */
export type HanSplitter = (run: string) => string[];

/** Overlapping pairs within the stretches between stop words; a lone character stays as it is. */
export const hanPairs: HanSplitter = (run) =>
  run.split(STOP_PATTERN).flatMap((part) => {
    const chars = [...part];
    return chars.length < 2 ? chars : chars.slice(1).map((c, i) => chars[i] + c);
  });

/**
 * Dictionary words. The dictionary misses trade words such as 客服 and 售后 and splits them into
 * single characters, so consecutive single characters are joined back into one word.
 */
function dictionaryWords(segmenter: Intl.Segmenter): HanSplitter {
  return (run) => {
    const words: string[] = [];
    let singles = '';
    const flush = () => {
      if (singles) words.push(singles);
      singles = '';
    };
    for (const { segment } of segmenter.segment(run)) {
      if (STOP_WORDS.has(segment)) flush();
      else if ([...segment].length === 1) singles += segment;
      else {
        flush();
        words.push(segment);
      }
    }
    flush();
    return words;
  };
}

/** The segmenter, if this runtime has one that knows Chinese words (物流 comes back whole). */
function chineseSegmenter(): Intl.Segmenter | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const probe = [...segmenter.segment('物流')];
  return probe.length === 1 ? segmenter : null;
}

let best: HanSplitter | undefined;

/**
 * The best splitter this runtime offers, found on first use: building a segmenter costs some
 * milliseconds, and every run of the script (the hourly job too) would pay them at load.
 */
export const splitHan: HanSplitter = (run) => {
  if (!best) {
    const segmenter = chineseSegmenter();
    best = segmenter ? dictionaryWords(segmenter) : hanPairs;
  }
  return best(run);
};
