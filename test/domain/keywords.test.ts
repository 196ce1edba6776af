import { describe, expect, it } from 'vitest';
import { hanPairs, splitHan } from '../../src/domain/han-words';
import { keywordsOf, topKeywords } from '../../src/domain/keywords';

describe('English keywords', () => {
  it('lower-cases, strips punctuation, drops stop words and folds plurals', () => {
    expect(keywordsOf('The logins FAILED again!! Login failures, replies & crashes.')).toEqual([
      'login',
      'failed',
      'login',
      'failure',
      'reply',
      'crash',
    ]);
  });

  it('leaves words that only look plural', () => {
    expect(keywordsOf('status of the process analysis')).toEqual(['status', 'process', 'analysis']);
  });

  it('drops the words every request uses, so what went wrong comes first', () => {
    expect(
      keywordsOf('Asks why the dashboard still shows two days old sales since Monday; wants it fixed.'),
    ).toEqual(['dashboard', 'day', 'old', 'sale', 'monday', 'fixed']);
  });

  it("drops numbers, single letters and contractions' stop words", () => {
    expect(keywordsOf("I don't know, 42 x slow")).toEqual(['know', 'slow']);
  });
});

describe('Chinese keywords', () => {
  it('finds dictionary words in this runtime (Node 20 segments Chinese)', () => {
    expect(splitHan('物流太慢了')).toEqual(['物流', '太慢']);
  });

  it('joins single characters the dictionary missed (客服, 售后) and drops stop words', () => {
    expect(splitHan('我们的客服非常专业')).toEqual(['客服', '专业']);
    expect(splitHan('售后服务也一般')).toEqual(['售后', '服务', '一般']);
  });

  it('falls back to character pairs between stop words', () => {
    expect(hanPairs('物流太慢了')).toEqual(['物流', '慢']);
    expect(hanPairs('我们的客服')).toEqual(['客服']);
  });

  it('reads Chinese and English in one comment', () => {
    expect(keywordsOf('登录失败 login fails')).toEqual(['登录', '失败', 'login', 'fail']);
  });
});

describe('topKeywords', () => {
  const comments = ['物流太慢了', '物流速度慢', '客服态度很好'];

  it('puts the shared Chinese word first, with its count', () => {
    expect(topKeywords(comments, 3)).toEqual([
      { keyword: '物流', count: 2 },
      { keyword: '太慢', count: 1 },
      { keyword: '速度', count: 1 },
    ]);
  });

  it('puts 物流 first with the pair fallback too', () => {
    expect(topKeywords(comments, 1, hanPairs)).toEqual([{ keyword: '物流', count: 2 }]);
  });

  it('counts a text once however often it repeats a word, ties in order of first appearance', () => {
    expect(topKeywords(['slow slow slow', 'login broken', 'login slow', 'price'], 10)).toEqual([
      { keyword: 'slow', count: 2 },
      { keyword: 'login', count: 2 },
      { keyword: 'broken', count: 1 },
      { keyword: 'price', count: 1 },
    ]);
  });

  it('gives nothing for no texts', () => {
    expect(topKeywords([], 5)).toEqual([]);
  });

  it('answers the same when asked again, and a splitter of its own is not served the words kept', () => {
    const first = topKeywords(comments, 3);
    expect(topKeywords(comments, 3)).toEqual(first);
    expect(topKeywords(comments, 3, (han) => [`${han.length}`])).toEqual([
      { keyword: '5', count: 2 },
      { keyword: '6', count: 1 },
    ]);
  });
});
